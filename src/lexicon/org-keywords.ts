// Words that make a capitalised sequence an organisation or an event rather than a
// person or a place ("Bank of England", "Norwich City", "Kyiv Independent"). Closed
// classes, lower-cased. An organisation name is never reported as a person or place,
// and its inner place names are not places (fixtures/README.md: "places inside
// organisation names").

/** A sequence ending in one of these is an organisation. */
export const ORG_HEADS = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa',
  'group', 'holdings', 'holding', 'partners', 'bank', 'bancorp', 'fund', 'trust', 'securities', 'capital',
  'insurance', 'airlines', 'airline', 'airways', 'motors', 'industries', 'industry', 'systems', 'technologies',
  'communications', 'telecom', 'energy', 'oil', 'petroleum', 'mining', 'steel', 'foods', 'pharmaceuticals',
  'party', 'front', 'movement', 'alliance', 'coalition', 'union', 'league', 'federation', 'association',
  'council', 'committee', 'commission', 'assembly', 'parliament', 'congress', 'senate', 'court', 'tribunal',
  'ministry', 'department', 'agency', 'office', 'bureau', 'service', 'services', 'authority', 'board',
  'institute', 'university', 'college', 'school', 'academy', 'foundation', 'society', 'organisation',
  'organization', 'network', 'news', 'times', 'post', 'journal', 'herald', 'telegraph', 'tribune', 'gazette',
  'press', 'radio', 'television', 'tv', 'exchange', 'army', 'navy', 'police', 'guard', 'forces', 'brigade',
  'club', 'fc', 'united', 'city', 'rovers', 'wanderers', 'athletic', 'athletico', 'albion', 'hotspur',
  'county', 'town', 'rangers', 'celtic', 'sporting', 'dynamo', 'dinamo', 'spartak', 'olympique', 'racing',
  'team', 'church', 'hospital', 'museum', 'centre', 'center', 'stadium', 'airport', 'cup', 'championship',
  'championships', 'open', 'games', 'olympics', 'prix', 'award', 'awards', 'prize', 'index', 'treaty',
  'accord', 'agreement', 'act', 'war', 'summit', 'conference', 'festival', 'reuters', 'group', 'newsroom', 'desk',
]);

/** Legal suffixes close a company name: "Kia Motor Corp of South Korea" is the firm, then its country. */
export const LEGAL_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'ab', 'as', 'oy', 'bros']);

/** Leading words of organisation names ("Bank of Japan", "Ministry of Defence", "University of Kent"). */
export const ORG_LEADS = new Set([
  'bank', 'ministry', 'department', 'university', 'council', 'federation', 'association', 'institute',
  'office', 'board', 'house', 'order', 'church', 'museum', 'national', 'federal', 'central', 'royal',
  'state', 'democratic', 'republican', 'united', 'international', 'european', 'world', 'general', 'first',
]);

/** Places used as a metonym for an institution, not the place: "the Kremlin", "the White House". */
export const INSTITUTION_METONYMS = new Set([
  'kremlin', 'white house', 'pentagon', 'elysee', 'downing street', 'quai d\'orsay', 'whitehall', 'capitol hill',
]);

/**
 * News agencies: a closed class of organisations that "say" things in every
 * wire story, and some of whose names are also words or surnames.
 */
export const NEWS_AGENCIES = new Set([
  'reuters', 'afp', 'upi', 'xinhua', 'interfax', 'tass', 'itar-tass', 'ria', 'bloomberg', 'dpa', 'ansa', 'efe',
  'kyodo', 'yonhap', 'anadolu', 'bernama', 'antara', 'tanjug', 'mena', 'irna', 'kcna', 'ukrinform', 'unian',
]);

/** Heads of geographic names, inside the span when capitalised ("Tiananmen Square", "Golan Heights"). */
export const GEO_HEADS = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'square', 'park', 'river', 'lake', 'mountain', 'mountains', 'mount',
  'hills', 'hill', 'heights', 'island', 'islands', 'isles', 'valley', 'bridge', 'bay', 'sea', 'ocean', 'gulf',
  'strait', 'straits', 'peninsula', 'desert', 'coast', 'canal', 'plain', 'plains', 'forest', 'delta', 'basin',
  'channel', 'falls', 'glacier', 'reef', 'highlands', 'range', 'pass', 'cape', 'quarter', 'district',
]);

/** Capitalised designators of first-level divisions ("Sumy Oblast", "Kursk Region"). */
export const REGION_DESIGNATORS = new Set([
  'oblast', 'region', 'province', 'krai', 'kray', 'governorate', 'prefecture', 'state', 'republic', 'territory',
  'county', 'canton', 'voivodeship', 'raion', 'district',
]);
