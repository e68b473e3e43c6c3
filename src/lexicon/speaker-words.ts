// Closed classes used to find and trim speaker mentions next to a quote.

/** Personal pronouns that can be the subject of a reporting verb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);

/**
 * Titles and role words that stand before a name and are not part of it
 * ("former Wisconsin Gov. Jim Doyle" → "Jim Doyle"). Lower-cased, without a
 * final period. Words here are stripped from the left of a name run.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'sec', 'deputy', 'assistant',
  'gov', 'governor', 'lt', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman',
  'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'councillor', 'alderman', 'mayor', 'speaker',
  'leader', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'founder', 'director', 'chief', 'head',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'amb', 'envoy', 'commissioner', 'judge', 'justice',
  'attorney', 'general', 'gen', 'adm', 'admiral', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt',
  'sergeant', 'cpl', 'pvt', 'cmdr', 'commander', 'brig', 'lieutenant', 'officer', 'sheriff', 'detective', 'det',
  'inspector', 'superintendent', 'supt', 'rev', 'reverend', 'pastor', 'father', 'fr', 'rabbi', 'imam', 'bishop',
  'cardinal', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'candidate', 'nominee', 'hon',
  'atty', 'former', 'late', 'acting', 'interim', 'then', 'incumbent', 'presumptive', 'house', 'senate', 'state',
  'foreign', 'defense', 'defence', 'interior', 'finance', 'treasury', 'health', 'education', 'homeland', 'security',
  'national', 'federal', 'executive', 'senior', 'junior', 'press', 'campaign', 'communications', 'policy', 'legal',
  'manager', 'adviser', 'advisor', 'aide', 'strategist', 'pollster', 'analyst', 'economist', 'professor',
  'host', 'anchor', 'correspondent', 'reporter', 'editor', 'columnist', 'author', 'activist', 'lawyer',
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'star', 'actor', 'actress', 'singer', 'rapper',
  'coach', 'player', 'delegate', 'chairperson', 'mp', 'mep', 'gop', 'democrat', 'democratic', 'republican',
  'independent', 'libertarian', 'conservative', 'liberal', 'progressive', 'frontrunner', 'front-runner', 'hopeful',
]);

/**
 * Head nouns of organisations and groups that speak ("the Foreign Ministry
 * said", "officials said", "the campaign said in a statement").
 */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'ministries', 'department', 'government', 'administration', 'office', 'agency', 'agencies', 'service',
  'committee', 'council', 'commission', 'campaign', 'party', 'parties', 'group', 'groups', 'organization',
  'organisation', 'association', 'union', 'coalition', 'alliance', 'company', 'firm', 'bank', 'court', 'army',
  'military', 'police', 'authorities', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople',
  'statement', 'report', 'network', 'newspaper', 'paper', 'outlet', 'magazine', 'website', 'site', 'channel',
  'station', 'poll', 'survey', 'study', 'memo', 'letter', 'lawsuit', 'complaint', 'filing', 'document', 'documents',
  'release', 'ad', 'advertisement', 'platform', 'bill', 'law', 'rule', 'order', 'indictment', 'ruling', 'decision',
  'source', 'sources', 'official', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'staffer', 'staffers',
  'executive', 'executives', 'analyst', 'analysts', 'expert', 'experts', 'critic', 'critics', 'supporter',
  'supporters', 'protesters', 'protestors', 'voters', 'people', 'residents', 'lawmakers', 'legislators', 'members',
  'leaders', 'leader', 'democrats', 'republicans', 'conservatives', 'liberals', 'activists', 'observers',
  'investigators', 'prosecutors', 'lawyers', 'attorneys', 'witnesses', 'diplomats', 'ambassador', 'envoy',
  'confidant', 'friend', 'friends', 'associate', 'associates', 'insider', 'insiders', 'veteran', 'veterans',
  'representative', 'representatives', 'spokesmen', 'spokeswomen', 'senator', 'senators', 'congressman',
  'president', 'governor', 'mayor', 'minister', 'secretary', 'candidate', 'nominee', 'chairman', 'director',
  'chief', 'manager', 'strategist', 'pollster', 'economist', 'professor', 'researcher', 'researchers', 'scientist',
  'scientists', 'doctor', 'doctors', 'man', 'woman', 'men', 'women', 'person', 'voter', 'resident', 'member',
  'kremlin', 'pentagon', 'white', 'house', 'agency', 'bureau', 'institute', 'foundation', 'center', 'centre',
  'council', 'board', 'panel', 'team', 'staff', 'editorial', 'post', 'tweet', 'transcript', 'caption',
  'petition', 'email', 'resolution', 'motion', 'suit', 'brief', 'message', 'video', 'narrator', 'description',
  'attendee', 'participant', 'spokeswoman', 'chairwoman', 'host', 'anchor', 'moderator', 'reporter',
  'columnist', 'writer', 'author', 'editor', 'lawyer', 'attorney', 'judge', 'senate', 'congress',
]);

/** Words that begin a noun phrase but are not part of a speaker's name. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'one', 'two', 'three', 'some', 'many', 'several', 'most', 'other', 'another', 'his', 'her',
  'its', 'their', 'our', 'this', 'that', 'these', 'those', 'both', 'all', 'few', 'a few',
]);

/** Adverbs and auxiliaries that may sit between a subject and its reporting verb ("he also said"). */
export const VERB_FILLERS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'would', 'will', 'was', 'were', 'is', 'are', 'once', 'again',
  'previously', 'recently', 'further', 'simply', 'just', 'only', 'even', 'never', 'often', 'later', 'earlier',
  'separately', 'similarly', 'reportedly', 'publicly', 'privately', 'repeatedly', 'quickly', 'immediately',
  'finally', 'first', 'still', 'already', 'always', 'frequently', 'famously', 'flatly', 'bluntly',
  'could', 'might', 'may', 'did', 'does', 'do', 'not', 'went', 'on', 'had', 'be', 'been', 'being',
]);

/**
 * Last words that make a capitalised name an organisation's ("The New York
 * Times", "Fox News", "Judicial Watch", "Heritage Foundation"), on top of the
 * group heads above ("Foreign Ministry", "White House").
 */
export const ORG_DESIGNATORS: ReadonlySet<string> = new Set([
  'times', 'news', 'journal', 'tribune', 'herald', 'gazette', 'daily', 'press', 'reuters', 'politico', 'axios',
  'university', 'college', 'school', 'hospital', 'church', 'inc', 'inc.', 'corp', 'corp.', 'llc', 'ltd', 'media',
  'fund', 'pac', 'watch', 'congress', 'parliament', 'cabinet', 'senate', 'assembly', 'legislature', 'guard',
  'force', 'forces', 'navy', 'corps', 'review', 'monitor', 'examiner', 'observer', 'telegraph', 'guardian',
  'economist', 'week', 'weekly', 'radio', 'tv', 'television', 'broadcasting', 'network', 'networks', 'project',
  'initiative', 'society', 'federation', 'league', 'conference', 'caucus', 'club', 'trust', 'partners', 'capital',
  'bureau', 'command', 'mission', 'embassy', 'consulate', 'secretariat', 'kremlin', 'pentagon', 'vatican',
  'beast', 'post', 'hill', 'blaze', 'intercept', 'breitbart', 'wire', 'insider', 'street',
]);
