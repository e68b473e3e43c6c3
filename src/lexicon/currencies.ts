// Currencies: symbols, ISO 4217 codes and names, each mapped to an ISO 4217
// code. The code list and the official English names come from the
// `currency-codes` package (the ISO 4217 list); the symbols, plurals and
// newsroom spellings ("dlrs", "roubles", "stg") are a closed class kept here.
import { createRequire } from 'node:module';

interface IsoRecord {
  code: string;
  currency: string;
}
const require = createRequire(import.meta.url);
const ISO: IsoRecord[] = (require('currency-codes/data') as IsoRecord[]).filter((r) => !r.code.startsWith('X'));

/**
 * Every current ISO 4217 code (precious metals and bond units left out), plus
 * BTC, bitcoin's de-facto code (ISO has none).
 */
export const ISO_CODES: ReadonlySet<string> = new Set([...ISO.map((r) => r.code), 'BTC']);

/**
 * Codes that are also common capitalised English words or abbreviations
 * ("ALL", "TOP", "CUP", "PEN"): never read as a currency on their own.
 */
export const AMBIGUOUS_CODES: ReadonlySet<string> = new Set(['ALL', 'TOP', 'CUP', 'PEN', 'MOP', 'SOS', 'GEL', 'BOB', 'MAD', 'LAK', 'AMD', 'BAM', 'KES', 'SAR', 'ANG', 'BND', 'CUC']);

/** Lower-case codes that news and specs write in lower case ("half million usd"). */
const LOWER_CASE_CODES = ['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'chf', 'cad', 'aud', 'nzd', 'hkd', 'inr', 'rub', 'uah', 'btc'];

/** A symbol written before (or after) the amount. Letter-prefixed dollars name their country. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['u.s.$', 'USD'], ['usd$', 'USD'], ['c$', 'CAD'], ['ca$', 'CAD'], ['can$', 'CAD'],
  ['cad$', 'CAD'], ['a$', 'AUD'], ['au$', 'AUD'], ['aud$', 'AUD'], ['hk$', 'HKD'], ['nz$', 'NZD'], ['nzd$', 'NZD'],
  ['s$', 'SGD'], ['r$', 'BRL'], ['mex$', 'MXN'], ['nt$', 'TWD'],
  ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₴', 'UAH'], ['₩', 'KRW'], ['₺', 'TRY'],
  ['₪', 'ILS'], ['₦', 'NGN'], ['₱', 'PHP'], ['₭', 'LAK'], ['₫', 'VND'], ['₸', 'KZT'], ['₿', 'BTC'], ['ரூ', 'LKR'],
  ['rs', 'INR'], ['rs.', 'INR'],
]);

/**
 * Minor units: the amount is divided by 100 and takes the major unit's code.
 * "cents" is read as US cents unless a currency is named ("euro cents").
 */
export const MINOR_UNITS: ReadonlyMap<string, string> = new Map([
  ['cent', 'USD'], ['cents', 'USD'], ['cts', 'USD'], ['ct', 'USD'], ['us cents', 'USD'], ['euro cents', 'EUR'],
  ['euro cent', 'EUR'], ['canadian cents', 'CAD'], ['australian cents', 'AUD'], ['new zealand cents', 'NZD'],
  ['hong kong cents', 'HKD'], ['singapore cents', 'SGD'], ['pence', 'GBP'], ['penny', 'GBP'], ['kopecks', 'RUB'], ['kopeks', 'RUB'], ['kopiykas', 'UAH'],
]);

/**
 * Currency names written after the amount, lower-cased. Plurals and wire
 * spellings are listed; "<Name>s" of every multi-word ISO name is added below.
 */
const NAMES: [string, string][] = [
  ['dollar', 'USD'], ['dollars', 'USD'], ['dlr', 'USD'], ['dlrs', 'USD'], ['bucks', 'USD'], ['greenbacks', 'USD'], ['quid', 'GBP'],
  ['korean won', 'KRW'], ['nis', 'ILS'], ['new shekels', 'ILS'],
  ['u.s. dollar', 'USD'], ['u.s. dollars', 'USD'], ['us dollar', 'USD'], ['us dollars', 'USD'], ['american dollars', 'USD'],
  ['u.s. dlrs', 'USD'], ['us dlrs', 'USD'], ['canadian dlrs', 'CAD'], ['australian dlrs', 'AUD'],
  ['euro', 'EUR'], ['euros', 'EUR'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'], ['stg', 'GBP'],
  ['british pounds', 'GBP'], ['yen', 'JPY'], ['japanese yen', 'JPY'], ['yuan', 'CNY'], ['chinese yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rmb', 'CNY'], ['rubles', 'RUB'], ['ruble', 'RUB'], ['roubles', 'RUB'], ['rouble', 'RUB'],
  ['russian roubles', 'RUB'], ['hryvnias', 'UAH'], ['hryvnia', 'UAH'], ['hryvnas', 'UAH'], ['hryvnya', 'UAH'],
  ['hryvnyas', 'UAH'], ['ukrainian hryvnias', 'UAH'], ['rupees', 'INR'], ['rupee', 'INR'], ['indian rupees', 'INR'],
  ['pakistani rupees', 'PKR'], ['pesos', 'MXN'], ['peso', 'MXN'], ['philippine pesos', 'PHP'], ['argentine pesos', 'ARS'],
  ['francs', 'CHF'], ['franc', 'CHF'], ['swiss francs', 'CHF'], ['french francs', 'FRF'], ['belgian francs', 'BEF'],
  ['lira', 'TRY'], ['liras', 'TRY'], ['lire', 'ITL'], ['italian lire', 'ITL'], ['turkish liras', 'TRY'],
  ['german marks', 'DEM'], ['deutsche marks', 'DEM'], ['deutschmarks', 'DEM'], ['d-marks', 'DEM'], ['dmarks', 'DEM'],
  ['finnish markka', 'FIM'], ['finnish markkaa', 'FIM'], ['markka', 'FIM'], ['markkaa', 'FIM'], ['guilders', 'NLG'], ['guilder', 'NLG'],
  ['dutch guilders', 'NLG'], ['pesetas', 'ESP'], ['escudos', 'PTE'], ['drachmas', 'GRD'], ['schillings', 'ATS'],
  ['shekels', 'ILS'], ['shekel', 'ILS'], ['zlotys', 'PLN'], ['zloty', 'PLN'], ['forints', 'HUF'], ['forint', 'HUF'],
  ['naira', 'NGN'], ['baht', 'THB'], ['ringgit', 'MYR'], ['rupiah', 'IDR'], ['riyals', 'SAR'], ['riyal', 'SAR'],
  ['rials', 'IRR'], ['iranian rials', 'IRR'], ['dirhams', 'AED'], ['dirham', 'AED'], ['reais', 'BRL'],
  ['brazilian reais', 'BRL'], ['south african rand', 'ZAR'], ['south korean won', 'KRW'], ['kronor', 'SEK'],
  ['swedish kronor', 'SEK'], ['norwegian kroner', 'NOK'], ['danish kroner', 'DKK'], ['tenge', 'KZT'],
  ['bitcoin', 'BTC'], ['bitcoins', 'BTC'], ['btc', 'BTC'], ['hong kong dlrs', 'HKD'],
];

/**
 * Names that are also ordinary English words: read as money only where the
 * context says so. "pounds" is as often a weight ("52.7 mln pounds of
 * fibre", "weighs 200 pounds"): money only after a verb or noun of paying.
 * "marks", "won", "rand" may also follow a scale word ("300 mln marks").
 */
export const AMBIGUOUS_NAMES: ReadonlyMap<string, { code: string; afterScale: boolean }> = new Map([
  ['pounds', { code: 'GBP', afterScale: false }], ['pound', { code: 'GBP', afterScale: false }],
  ['marks', { code: 'DEM', afterScale: true }], ['mark', { code: 'DEM', afterScale: true }],
  ['won', { code: 'KRW', afterScale: true }], ['rand', { code: 'ZAR', afterScale: true }],
  ['dinars', { code: 'IQD', afterScale: true }], ['crowns', { code: 'CZK', afterScale: true }],
]);

/** Codes written in news that are not ISO 4217 codes themselves: "RMB 100", "NIS 50". */
export const CODE_ALIASES: ReadonlyMap<string, string> = new Map([['RMB', 'CNY'], ['NIS', 'ILS'], ['YTL', 'TRY'], ['RM', 'MYR'], ['Rp', 'IDR']]);

export const CURRENCY_NAMES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const r of ISO) {
    const name = r.currency.trim().toLowerCase();
    // Multi-word official names only ("swiss franc", "hong kong dollar"): the
    // one-word ones ("won", "rand", "sol") are too often plain English words.
    if (!/^[a-z]+(?: [a-z]+)+$/.test(name)) continue;
    m.set(name, r.code);
    m.set(name + 's', r.code);
  }
  for (const [name, code] of NAMES) m.set(name, code);
  for (const code of LOWER_CASE_CODES) m.set(code, code === 'rmb' ? 'CNY' : code.toUpperCase());
  return m;
})();

/** The longest key of CURRENCY_NAMES, in words: how far a lookup needs to read. */
export const MAX_CURRENCY_NAME_WORDS = 4;
