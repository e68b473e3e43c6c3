// Peoples, faiths and nationality words that country lists do not carry, because
// they name no state ("Kurdish", "Chechen", "Moslem") or an old one ("Yugoslav",
// "Soviet"). Like demonyms they are never people or places (CoNLL: MISC). A closed
// class, lower-cased; plurals ("Arabs", "Serbs") are derived where used.
export const ETHNONYMS = new Set([
  'arab', 'kurd', 'kurdish', 'jew', 'jewish', 'moslem', 'muslim', 'islamic', 'islamist', 'christian',
  'catholic', 'protestant', 'orthodox', 'hindu', 'sikh', 'buddhist', 'shi\'ite', 'shiite', 'shia', 'sunni',
  'serb', 'croat', 'bosniak', 'slav', 'chechen', 'tajik', 'uzbek', 'kazakh', 'pashtun', 'tamil', 'sinhalese',
  'basque', 'catalan', 'palestinian', 'yugoslav', 'soviet', 'briton', 'scot', 'brit', 'yankee', 'latino',
  'hispanic', 'asian', 'african', 'european', 'american', 'western', 'eastern', 'arabic', 'hebrew', 'aboriginal',
  'maori', 'gypsy', 'roma', 'berber', 'tutsi', 'hutu', 'zulu', 'xhosa', 'afrikaner', 'flemish', 'walloon',
  'cossack', 'tatar', 'ossetian', 'ingush', 'abkhaz', 'kashmiri', 'punjabi', 'bengali', 'gujarati', 'druze',
  'maronite', 'copt', 'coptic', 'alawite', 'baha\'i', 'mormon', 'anglican', 'lutheran', 'methodist', 'baptist',
  'communist', 'socialist', 'marxist', 'zionist', 'nazi', 'fascist', 'gaullist', 'democrat', 'republican',
  'tory', 'labourite', 'liberal', 'conservative', 'olympic', 'english', 'british', 'irish', 'scottish', 'welsh',
  'french', 'dutch', 'spanish', 'turkish', 'polish', 'danish', 'swedish', 'finnish', 'cornish', 'manx',
]);
