// One cheap scan per sentence decides which parsers can match at all: most
// sentences of a news story have no month, weekday or time unit, and a parser
// whose cue is missing is not run. The groups are ordered so that a word is
// credited to the right class, and month and weekday names must be whole
// ("market" and "money" are not cues).

export const CUE = {
  DIGIT: 1,
  UNIT: 2,
  MONTH: 4,
  WEEKDAY: 8,
  DEICTIC: 16,
  SEASON: 32,
  SET: 64,
  HOLIDAY: 128,
  PART_OF_DAY: 256,
  NUMBER_WORD: 512,
  DECADE: 1024,
  QUARTER: 2048,
} as const;

const GROUP_CUES = [
  CUE.DECADE, CUE.DIGIT, CUE.QUARTER, CUE.UNIT, CUE.MONTH, CUE.WEEKDAY, CUE.DEICTIC, CUE.SEASON, CUE.SET, CUE.HOLIDAY,
  CUE.PART_OF_DAY, CUE.NUMBER_WORD,
];

const CUE_RE = new RegExp(
  "(\\d*0['’]?s\\b)|(\\d+)|\\b(?:" +
    [
      '(quarter|half)',
      '(days?|week|month|year|decade|centur|hour|minute|fortnight|period|term|seconds)',
      '(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b)',
      '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
      '(to(?:day|morrow|night)|yesterday|now|current|recent|past|future|soon|lately|nowadays|present|ago|earlier|later|latest|late|early|time|moment)',
      '(spring|summer|fall|autumn|winter)',
      '(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly|semi-?annually|every|each|per)',
      "(christmas|thanksgiving|easter|halloween|new year|independence|labor|memorial|election|valentine|boxing|veterans|good friday|martin luther|presidents|mother|father|columbus|armistice|remembrance|st\\. patrick|the fourth of july)",
      '(noon|midnight|morning|afternoon|evening|night|midday|overnight|mid-afternoon)',
      '(nineteen|eighteen|twenty|thousand|eighties|nineties|seventies|sixties|fifties|forties|thirties|twenties)',
    ].join('|') +
    ')',
  'g',
);

/**
 * Where each cue class first occurs in the last text `cuesOf` scanned: a
 * parser's match contains one of its cue words, so it cannot start much
 * before the first of them (see `DateParser.reach`). Indexed by bit number.
 */
export const firstCue = new Int32Array(GROUP_CUES.length);

/** The bitmask of cue classes present in `text`; fills `firstCue`. */
export function cuesOf(text: string, lower = text.toLowerCase()): number {
  let mask = 0;
  // A case-sensitive scan of the lower-cased text is much faster than a case-insensitive one.
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(lower); m; m = CUE_RE.exec(lower)) {
    for (let g = 0; g < GROUP_CUES.length; g++) {
      const w = m[g + 1];
      if (w !== undefined) {
        // Month and weekday names are capitalised in news; lower-case "may" and "march" are a modal and a verb.
        if ((GROUP_CUES[g] === CUE.MONTH || GROUP_CUES[g] === CUE.WEEKDAY) && text.charCodeAt(m.index) > 90) break;
        const add = GROUP_CUES[g] | (g === 0 ? CUE.DIGIT : 0);
        if ((mask & add) !== add) {
          for (let b = 0; b < GROUP_CUES.length; b++) if (add & (1 << b) && !(mask & (1 << b))) firstCue[b] = m.index;
          mask |= add;
        }
        break;
      }
    }
  }
  return mask;
}
