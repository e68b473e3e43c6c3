// Measurement units that make a number a `quantity` ("5 km", "300 tonnes").
// Closed class, lower-cased, as written after the number. Time units are not
// here: "four days" is a duration, the dates extractor's business.

const WORDS = [
  // length
  'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mile', 'miles', 'metre', 'metres', 'meter',
  'meters', 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters', 'mm', 'millimetre', 'millimetres',
  'millimeter', 'millimeters', 'foot', 'feet', 'ft', 'inch', 'inches', 'yard', 'yards', 'nautical miles',
  'nautical mile', 'light years', 'light-years',
  // area
  'square kilometres', 'square kilometers', 'square km', 'sq km', 'km2', 'km²', 'square miles', 'sq miles',
  'square metres', 'square meters', 'square feet', 'sq ft', 'hectare', 'hectares', 'ha', 'acre', 'acres',
  // mass
  'kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'gram', 'grams',
  'gramme', 'grammes', 'mg', 'milligrams', 'tonne', 'tonnes', 'ton', 'tons', 'metric tons', 'metric tonnes',
  'short tons', 'lb', 'lbs', 'ounce', 'ounces', 'oz', 'carat', 'carats', 'pounds',
  // volume
  'litre', 'litres', 'liter', 'liters', 'ml', 'millilitres', 'milliliters', 'gallon', 'gallons', 'barrel',
  'barrels', 'bbl', 'bpd', 'cubic metres', 'cubic meters', 'cubic feet', 'bcm', 'bushels', 'bushel', 'bales',
  // speed, energy, power
  'mph', 'km/h', 'kph', 'kmh', 'knots', 'watt', 'watts', 'kw', 'kilowatt', 'kilowatts', 'mw', 'megawatt',
  'megawatts', 'gw', 'gigawatt', 'gigawatts', 'kwh', 'mwh', 'gwh', 'twh', 'kilowatt-hours', 'kilowatt hours',
  'megawatt-hours', 'volts', 'kv', 'horsepower', 'hp', 'calories', 'kcal', 'joules', 'decibels',
  // temperature
  'degrees', 'degree', '°c', '°f', 'degrees celsius', 'degrees fahrenheit', 'celsius', 'fahrenheit',
  // data
  'bytes', 'kb', 'mb', 'gb', 'tb', 'megabytes', 'gigabytes', 'terabytes', 'mbps', 'gbps',
  // finance
  'percentage points', 'percentage point', 'basis points', 'basis point', 'bps',
];

export const UNITS: ReadonlySet<string> = new Set(WORDS);

/** Units written glued to the digits ("5km", "180ml", "10kg"): abbreviations only. */
export const GLUED_UNITS: ReadonlySet<string> = new Set([
  'km', 'kms', 'm', 'cm', 'mm', 'kg', 'kgs', 'g', 'mg', 't', 'lb', 'lbs', 'oz', 'ml', 'l', 'ha', 'ft', 'mph', 'kph',
  'kmh', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'twh', 'kv', 'hp', 'kb', 'mb', 'gb', 'tb', 'bpd', 'bcm', 'km2',
  'km²', '°c', '°f', 'bps', 'mbps', 'gbps',
]);

export const MAX_UNIT_WORDS = 2;
