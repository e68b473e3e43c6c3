import type { PlaceKind } from '../types.js';

// Closed classes the data packages miss: short and historical names of countries
// (ISO lists "Syrian Arab Republic", not "Syria"), and the continents, oceans and
// macro-regions that news names but no country or city list holds.

/** [alias as written, ISO alpha-2 (or null for a state that no longer exists), canonical short name]. */
export const COUNTRY_ALIASES: readonly (readonly [string, string | null, string])[] = [
  ['U.S.', 'US', 'United States'], ['U.S', 'US', 'United States'], ['US', 'US', 'United States'],
  ['USA', 'US', 'United States'], ['U.S.A.', 'US', 'United States'], ['America', 'US', 'United States'],
  ['United States', 'US', 'United States'], ['United States of America', 'US', 'United States'],
  ['U.K.', 'GB', 'United Kingdom'], ['UK', 'GB', 'United Kingdom'], ['Britain', 'GB', 'United Kingdom'],
  ['Great Britain', 'GB', 'United Kingdom'], ['United Kingdom', 'GB', 'United Kingdom'],
  ['Syria', 'SY', 'Syria'], ['Burma', 'MM', 'Myanmar'], ['Holland', 'NL', 'Netherlands'],
  ['Bosnia', 'BA', 'Bosnia and Herzegovina'], ['Bosnia-Herzegovina', 'BA', 'Bosnia and Herzegovina'],
  ['Macedonia', 'MK', 'North Macedonia'], ['Moldova', 'MD', 'Moldova'], ['Iran', 'IR', 'Iran'],
  ['Laos', 'LA', 'Laos'], ['Vatican', 'VA', 'Vatican City'], ['Vatican City', 'VA', 'Vatican City'],
  ['Ivory Coast', 'CI', 'Ivory Coast'], ['Tanzania', 'TZ', 'Tanzania'], ['Venezuela', 'VE', 'Venezuela'],
  ['Bolivia', 'BO', 'Bolivia'], ['Brunei', 'BN', 'Brunei'], ['North Korea', 'KP', 'North Korea'],
  ['South Korea', 'KR', 'South Korea'], ['Russia', 'RU', 'Russia'], ['Taiwan', 'TW', 'Taiwan'],
  ['Palestine', 'PS', 'Palestine'], ['Vietnam', 'VN', 'Vietnam'], ['Czech Republic', 'CZ', 'Czech Republic'],
  ['Slovak Republic', 'SK', 'Slovakia'], ['Kazakstan', 'KZ', 'Kazakhstan'], ['Kirghizia', 'KG', 'Kyrgyzstan'],
  ['Byelorussia', 'BY', 'Belarus'], ['Belorussia', 'BY', 'Belarus'], ['Zaire', 'CD', 'Democratic Republic of the Congo'],
  ['Swaziland', 'SZ', 'Eswatini'], ['East Timor', 'TL', 'Timor-Leste'], ['Cape Verde', 'CV', 'Cape Verde'],
  ['Faroes', 'FO', 'Faroe Islands'], ['Republic of Ireland', 'IE', 'Ireland'], ['Irish Republic', 'IE', 'Ireland'],
  ['Yugoslavia', null, 'Yugoslavia'], ['Soviet Union', null, 'Soviet Union'], ['USSR', null, 'Soviet Union'],
  ['Czechoslovakia', null, 'Czechoslovakia'], ['East Germany', null, 'East Germany'], ['West Germany', null, 'West Germany'],
];

/** [name, kind, ISO alpha-2 of the country it lies in (null when it spans several)]. */
export const WORLD_REGIONS: readonly (readonly [string, PlaceKind, string | null])[] = [
  ['Europe', 'other', null], ['Asia', 'other', null], ['Africa', 'other', null], ['Antarctica', 'other', null],
  ['North America', 'other', null], ['South America', 'other', null], ['Latin America', 'other', null],
  ['Central America', 'other', null], ['Oceania', 'other', null], ['Australasia', 'other', null],
  ['Middle East', 'other', null], ['Near East', 'other', null], ['Far East', 'other', null],
  ['Balkans', 'other', null], ['Caucasus', 'other', null], ['North Caucasus', 'other', null],
  ['Scandinavia', 'other', null], ['Baltics', 'other', null], ['Central Asia', 'other', null],
  ['Southeast Asia', 'other', null], ['South Asia', 'other', null], ['East Asia', 'other', null],
  ['Western Europe', 'other', null], ['Eastern Europe', 'other', null], ['Central Europe', 'other', null],
  ['Mediterranean', 'other', null], ['Caribbean', 'other', null], ['Sahara', 'other', null], ['Sahel', 'other', null],
  ['Atlantic', 'other', null], ['Pacific', 'other', null], ['Arctic', 'other', null], ['Indian Ocean', 'other', null],
  ['Black Sea', 'other', null], ['Baltic Sea', 'other', null], ['North Sea', 'other', null], ['Red Sea', 'other', null],
  ['Caspian Sea', 'other', null], ['Persian Gulf', 'other', null], ['Gulf', 'other', null],
  ['Horn of Africa', 'other', null], ['Siberia', 'region', 'RU'], ['Midwest', 'region', 'US'],
  ['West Bank', 'region', 'PS'], ['Gaza Strip', 'region', 'PS'], ['Gaza', 'region', 'PS'],
  ['Kashmir', 'other', null], ['Kurdistan', 'other', null], ['Crimea', 'region', 'UA'], ['Donbas', 'region', 'UA'],
  ['Chechnya', 'region', 'RU'], ['Tibet', 'region', 'CN'],
  // The home nations of the United Kingdom: ISO lists them as subdivisions, but news (and sport,
  // where each fields its own national team) treats them as countries.
  ['England', 'country', 'GB'], ['Scotland', 'country', 'GB'], ['Wales', 'country', 'GB'],
  ['Northern Ireland', 'country', 'GB'],
];
