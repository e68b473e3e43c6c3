// Closed-class words that open sentences and never continue a name. After an
// abbreviation that may or may not end its sentence ("in the U.S. The next day"
// vs "the U.S. Army"), a capitalised word from this list means a new sentence.
// Only function words, quantifiers and sentence adverbs: never a word that is
// also a common first name or surname ("Will", "May", "Mark", "Bill", "Grant").

const WORDS = `
a an the this that these those there here it its it's he he's his him she she's her they they're their them
we we're our us i i'm i've i'd i'll you you're your my me who whom whose what what's when where why how which
whatever whoever wherever however whenever
but and or so yet nor if although though while whilst because since as after before once until unless whether
in on at for from with without by during under over among between despite into of to upon about against
across along around behind beyond inside outside near through throughout toward towards within amid
also meanwhile moreover furthermore nevertheless nonetheless still then thus therefore hence instead indeed
now later earlier today yesterday tonight tomorrow last next first finally afterwards overall otherwise
some many most much more less few several all both each every any no none neither either such other another
only even just not never always often sometimes perhaps maybe yes
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds thousands
millions billions dozens scores
is are was were be been has have had do does did can could would should must shall might let please
being having according asked given
mr mrs ms dr
`;

export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Capitalised words that continue a clock time: "10 a.m. Monday", "9 p.m. EST", "6 p.m. local time". */
export const TIME_FOLLOWERS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
   january february march april may june july august september october november december
   jan feb mar apr jun jul aug sep sept oct nov dec
   local eastern central pacific mountain atlantic gmt utc bst cet est edt cst cdt mst mdt pst pdt et ct mt pt`
    .split(/\s+/)
    .filter(Boolean),
);

/** Role words that follow a company name inside one sentence: "Apple Inc. Chief Executive Tim Cook". */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  `chief chairman chairwoman chairperson president vice executive director managing senior general head
   founder cofounder co-founder spokesman spokeswoman spokesperson analyst economist treasurer secretary`
    .split(/\s+/)
    .filter(Boolean),
);
