// One cheap scan per sentence decides which parsers can match at all: most
// sentences of a news story have no month, weekday or time unit, and a parser
// whose cue is missing is not run. The groups are ordered so that a word is
// credited to the right class ("month" is a unit, not "mon").

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
} as const;

const GROUP_CUES = [CUE.UNIT, CUE.MONTH, CUE.WEEKDAY, CUE.DEICTIC, CUE.SEASON, CUE.SET, CUE.HOLIDAY, CUE.PART_OF_DAY, CUE.NUMBER_WORD];

const CUE_RE = new RegExp(
  '(\\d)|\\b(?:' +
    [
      '(days?|week|month|year|decade|centur|hour|minute|quarter|fortnight|half|period|term|seconds)',
      '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
      '(mon|tue|wed|thu|fri|sat|sun)',
      '(to(?:day|morrow|night)|yesterday|now|current|recent|previous|past|future|soon|already|once|then|time|moment|present|ago|earlier|later|latest|late|early|nowadays|lately|formerly|former)',
      '(spring|summer|fall|autumn|winter)',
      '(daily|weekly|monthly|annually|yearly|hourly|nightly|every|each|per)',
      '(christmas|thanksgiving|easter|halloween|new year|independence|labor|memorial|election|valentine|boxing|veterans|good friday|martin luther|presidents|mother|father|columbus|armistice|remembrance|st\\. patrick)',
      '(noon|midnight|morning|afternoon|evening|night|midday|overnight)',
      '(nineteen|twenty|thousand|eighties|nineties|seventies|sixties|fifties|forties|thirties|twenties)',
    ].join('|') +
    ')',
  'gi',
);

/** The bitmask of cue classes present in `text`. */
export function cuesOf(text: string): number {
  let mask = 0;
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m; m = CUE_RE.exec(text)) {
    if (m[1] !== undefined) {
      mask |= CUE.DIGIT;
      continue;
    }
    for (let g = 0; g < GROUP_CUES.length; g++) {
      if (m[g + 2] !== undefined) {
        mask |= GROUP_CUES[g];
        break;
      }
    }
  }
  return mask;
}
