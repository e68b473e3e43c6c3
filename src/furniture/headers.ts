// Headings of the boxes that sit around an article and list other articles:
// "Editors' Picks", "MORE NEWS", "News Feed", "Related stories". The heading
// opens a block whose items are teasers, not article text (see blocks.ts).

function whole(body: string): RegExp {
  return new RegExp(`^(?:${body})[\\s.!:…»›>]*$`, 'iu');
}

export const BLOCK_HEADER = whole([
  'editors?(?:’|\')?s?(?:’|\')? (?:picks?|choice)|staff picks?|our picks?',
  'more (?:news|stories|articles|coverage|headlines|videos|podcasts|to read|like this|from [\\w’\'& .-]{1,40}|on [\\w’\'& .-]{1,40}|in [\\w’\'& .-]{1,40})',
  '(?:latest |breaking )?news feed|news ?wire|live updates',
  'related(?: (?:stories|articles|coverage|content|news|reading|topics|posts|links|videos|podcasts))?',
  'recommended(?: (?:for you|stories|reading|articles|videos))?|for you',
  'most (?:read|popular|viewed|shared|emailed|watched)(?: (?:stories|articles|now|today))?|popular(?: (?:now|stories|articles))?',
  'top (?:stories|news|headlines|picks)|latest(?: (?:news|stories|headlines|updates|articles|videos))?|trending(?: (?:now|stories|topics))?',
  'you (?:may|might) (?:also )?(?:like|enjoy|want to read|be interested in)|further reading|see also|what to read next|up next|read next',
  'in (?:other|related) news|don(?:’|\')?t miss|also (?:read|see|watch|on [\\w ]{1,30})|around the web|from (?:our|the) (?:partners|web)',
  '(?:sponsored|partner|promoted) (?:stories|links|content)|featured(?: (?:stories|articles|videos))?|must reads?',
  'comments?|\\d+ comments?|join the (?:conversation|discussion)|leave a (?:comment|reply)|(?:show|view|load) comments|tags?|topics?|filed under',
].join('|'));

/** A one-line link to another article: "Read more: Zelensky says ...", "RELATED: ...". */
export const TEASER_LINK = /^(?:read (?:more|next|also)|also read|see also|related|watch|listen|more|latest|recommended|explainer|opinion|analysis)\s*[:|»›>]\s*\S[^\n]{0,200}$/iu;

/** "Tags: Ukraine, China", "Topics: war" */
export const TAG_LIST = /^(?:tags?|topics?|filed under|categories|category|keywords)\s*:\s*[^\n]{1,200}$/iu;
