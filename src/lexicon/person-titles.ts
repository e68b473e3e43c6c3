// Titles and roles that stand before a person's name ("Gen. Oleksandr Syrskyi",
// "Foreign Minister Andrii Sybiha", "ministry spokesperson Lin Jian", "coach John
// Toshack"). A closed class: lower-cased, without a final full stop.

/** Words that end a title phrase: the name follows them directly. */
export const TITLE_HEADS = new Set([
  // honorifics
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madame',
  'monsieur', 'herr', 'frau', 'senor', 'senora', 'signor',
  // military and police
  'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cpt', 'sgt',
  'sergeant', 'cpl', 'corporal', 'pvt', 'private', 'adm', 'admiral', 'cmdr', 'commander', 'brig', 'brigadier',
  'marshal', 'commodore', 'commandant', 'inspector', 'supt', 'superintendent', 'det', 'detective', 'officer',
  // politics and state
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen',
  'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'ambassador', 'envoy',
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sheikh', 'sultan', 'emir', 'crown', 'shah',
  'speaker', 'deputy', 'commissioner', 'chairman', 'chairwoman', 'chairperson', 'chair', 'leader', 'dictator',
  'prosecutor', 'attorney', 'judge', 'justice', 'magistrate', 'lawmaker', 'legislator', 'mp', 'mep', 'councillor',
  'councilman', 'councilwoman', 'alderman', 'diplomat', 'consul', 'official', 'aide', 'adviser', 'advisor',
  'negotiator', 'mediator', 'rapporteur', 'candidate', 'nominee', 'challenger', 'incumbent', 'opponent',
  // religion
  'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'reverend', 'father', 'fr', 'rabbi', 'imam', 'ayatollah',
  'mullah', 'cleric', 'pastor', 'patriarch', 'monk', 'sister', 'brother',
  // business, press, professions
  'ceo', 'executive', 'director', 'manager', 'president-elect', 'founder', 'owner', 'spokesman', 'spokeswoman',
  'spokesperson', 'analyst', 'economist', 'strategist', 'trader', 'dealer', 'broker', 'banker', 'lawyer',
  'correspondent', 'reporter', 'editor', 'columnist', 'journalist', 'photographer', 'author', 'writer', 'poet',
  'novelist', 'actor', 'actress', 'singer', 'artist', 'composer', 'director-general', 'secretary-general',
  'chief', 'head', 'boss', 'economist', 'scientist', 'researcher', 'historian', 'expert', 'activist',
  'dissident', 'rebel', 'militant', 'commander-in-chief', 'warlord', 'businessman', 'businesswoman', 'tycoon',
  'magnate', 'billionaire', 'investor', 'surgeon', 'physician', 'nurse', 'teacher', 'student', 'pilot',
  // sport
  'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'forward', 'winger', 'fullback',
  'sweeper', 'playmaker', 'batsman', 'bowler', 'spinner', 'off-spinner', 'leg-spinner', 'all-rounder', 'opener',
  'wicketkeeper', 'wicket-keeper', 'skipper', 'pitcher', 'catcher', 'outfielder', 'infielder', 'quarterback',
  'champion', 'titleholder', 'holder', 'seed', 'rider', 'driver', 'jockey', 'trainer', 'cyclist', 'sprinter',
  'runner', 'swimmer', 'golfer', 'boxer', 'player', 'international', 'veteran', 'teammate', 'team-mate',
  'compatriot', 'countryman', 'rival', 'newcomer', 'substitute', 'referee', 'umpire', 'winner', 'runner-up',
]);

/** Words that may precede a head inside one title ("Foreign Minister", "Vice President", "Chief Justice"). */
export const TITLE_MODIFIERS = new Set([
  'foreign', 'prime', 'vice', 'deputy', 'defence', 'defense', 'finance', 'interior', 'home', 'justice', 'trade',
  'economy', 'economics', 'economic', 'energy', 'health', 'education', 'labour', 'labor', 'agriculture',
  'transport', 'culture', 'information', 'environment', 'industry', 'treasury', 'state', 'chief', 'acting',
  'first', 'senior', 'junior', 'assistant', 'associate', 'executive', 'general', 'managing', 'supreme',
  'former', 'ex', 'crown', 'grand', 'lieutenant', 'attorney', 'district', 'presidential', 'army', 'navy',
  'police', 'party', 'opposition', 'government', 'national', 'team', 'club', 'head', 'assistant', 'de',
  'facto', 'caretaker', 'interim', 'union', 'security', 'military', 'federal', 'regional', 'central',
  'secretary', 'colonial', 'privatisation', 'privatization', 'tourism', 'sports', 'communications',
]);

/** Honorifics that always introduce a person, even before a single unknown word ("Mr Lebed"). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lady', 'madame', 'monsieur', 'herr', 'frau',
  'senor', 'senora', 'signor', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'brig', 'sen', 'rep',
  'gov', 'rev', 'fr', 'prof', 'president', 'minister', 'premier', 'chancellor', 'pope', 'king', 'queen',
  'prince', 'princess', 'sheikh', 'judge', 'ayatollah', 'rabbi', 'imam', 'mayor', 'ambassador', 'senator',
  'governor', 'general', 'colonel', 'captain', 'coach', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** Name suffixes that stay inside the span ("Martin Luther King Jr.", "Henry Ford III"). */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'jnr', 'snr']);
