import { describe, expect, it } from 'vitest';
import { numbersIn, only, texts } from './helpers.js';

describe('money', () => {
  it.each([
    ['He paid $3,500 for it.', '$3,500', 3500, 'USD'],
    ['She paid 300,000 rubles to a middleman.', '300,000 rubles', 300000, 'RUB'],
    ['She paid 300,000 roubles.', '300,000 roubles', 300000, 'RUB'],
    ['A $2.5bn deal.', '$2.5bn', 2.5e9, 'USD'],
    ['A £600m deal.', '£600m', 6e8, 'GBP'],
    ['A €2 million fine.', '€2 million', 2e6, 'EUR'],
    ['A US$ 150 million loan.', 'US$ 150 million', 1.5e8, 'USD'],
    ['a us $ 150 million loan', 'us $ 150 million', 1.5e8, 'USD'],
    ['It costs C$5.', 'C$5', 5, 'CAD'],
    ['It costs c $ 1.34 a share.', 'c $ 1.34', 1.34, 'CAD'],
    ['It costs HK$10.', 'HK$10', 10, 'HKD'],
    ['Net income was 5.93 mln dlrs.', '5.93 mln dlrs', 5.93e6, 'USD'],
    ['It paid 50 million USD.', '50 million USD', 5e7, 'USD'],
    ['It paid 75 USD million.', '75 USD million', 7.5e7, 'USD'],
    ['It paid USD115 in fees.', 'USD115', 115, 'USD'],
    ['It paid 420 million finnish markka.', '420 million finnish markka', 4.2e8, 'FIM'],
    ['It cost 125 million australian dollars.', '125 million australian dollars', 1.25e8, 'AUD'],
    ['It cost 10,000 swiss francs.', '10,000 swiss francs', 10000, 'CHF'],
    ['It cost 450,000 yen.', '450,000 yen', 450000, 'JPY'],
    ['It cost 100 chinese yuan.', '100 chinese yuan', 100, 'CNY'],
    ['It cost 1,200 hryvnias.', '1,200 hryvnias', 1200, 'UAH'],
    ['It cost Rs 500 crore.', 'Rs 500 crore', 5e9, 'INR'],
    ['Oil rose 50 cents a barrel.', '50 cents', 0.5, 'USD'],
    ['Shares fell 210 pence.', '210 pence', 2.1, 'GBP'],
    ['a 12-cent dividend', '12-cent', 0.12, 'USD'],
    ['its one-yen bid', 'one-yen', 1, 'JPY'],
    ['It only cost 3 dollars 50 cents.', '3 dollars 50 cents', 3.5, 'USD'],
    ['thirteen dollars and forty-five cents', 'thirteen dollars and forty-five cents', 13.45, 'USD'],
    ['It is 10 € today.', '10 €', 10, 'EUR'],
    ['Supply limit: ₿21,000,000', '₿21,000,000', 21e6, 'BTC'],
    ['each block is now 6.25 BTC', '6.25 BTC', 6.25, 'BTC'],
    ['They lost 300 mln marks.', '300 mln marks', 3e8, 'DEM'],
    ['a record Australian dollar 29.4bn', 'Australian dollar 29.4bn', 2.94e10, 'AUD'],
    ['In total, twenty MUSD was granted.', 'twenty MUSD', 2e7, 'USD'],
    ['Tottenham bid &#163;8m for the pair.', '&#163;8m', 8e6, 'GBP'],
    ['It costs RMB 100.', 'RMB 100', 100, 'CNY'],
    ['Shares lost 65 Canadian cents.', '65 Canadian cents', 0.65, 'CAD'],
    ['It costs 100 quid.', '100 quid', 100, 'GBP'],
    ['a budget deficit of 2.86 billion pounds', '2.86 billion pounds', 2.86e9, 'GBP'],
    ['"I paid 40 pounds for my first ticket"', '40 pounds', 40, 'GBP'],
  ])('%s → %s', (text, span, value, unit) => {
    const f = only(text, span);
    expect(f).toMatchObject({ kind: 'money', unit, subject: null });
    expect(f.value).toBeCloseTo(value, 9);
  });

  it('reads a vague amount "of dollars" as money with a range value', () => {
    expect(only('millions of euros were lost', 'millions of euros')).toMatchObject({ kind: 'money', unit: 'EUR', value: [2e6, 9999999], approximate: 'millions' });
  });

  it('reads "pounds" as a weight unless a payment is meant', () => {
    expect(only('shipments of 52.7 mln pounds of fibre', '52.7 mln pounds')).toMatchObject({ kind: 'quantity', unit: 'pounds' });
    expect(only('He weighs 200 pounds.', '200 pounds')).toMatchObject({ kind: 'quantity', unit: 'pounds' });
  });

  it('reads "a $ 1 billion" as dollars after the article, not Australian dollars', () => {
    expect(only('has filed a $ 1 billion suit', '$ 1 billion')).toMatchObject({ unit: 'USD', value: 1e9 });
  });

  it.each([
    ['He lost 10 marks in the exam.'],
    ['She weighs 120 pounds.'],
    ['ALL 70 of us came.'],
  ])('finds no money in %s', (text) => {
    expect(numbersIn(text).filter((f) => f.kind === 'money')).toEqual([]);
  });

  it('keeps neighbouring amounts apart', () => {
    expect(texts('It raised $5 million, 20 percent more.')).toEqual(['$5 million', '20 percent']);
    expect(texts('$ 20,000.00 $ 37,305.97 february expenses')).toEqual(['$ 20,000.00', '$ 37,305.97']);
    expect(texts('10 $ 30 $')).toEqual(['10 $', '30 $']);
  });

  it.fails('joins a bare minor part after a code ("15 USD 50 more"): only done before punctuation or "and"', () => {
    expect(texts('if they had just 15 USD 50 more')).toEqual(['15 USD 50']);
  });
});
