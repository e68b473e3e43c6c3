// Words that announce a title of a work, show or event, or a coined label,
// right before a quoted phrase: 'the documentary "Weiner"', 'NBC’s "Meet the
// Press"', 'the so-called "establishment"'. A quote after them is not speech.

export const TITLE_CONTEXT: ReadonlySet<string> = new Set([
  'show', 'shows', 'program', 'programme', 'film', 'films', 'movie', 'movies', 'book', 'books', 'novel', 'memoir',
  'album', 'song', 'songs', 'single', 'series', 'documentary', 'play', 'musical', 'opera', 'titled', 'entitled',
  'nicknamed', 'hashtag', 'podcast', 'column', 'episode', 'essay', 'poem', 'magazine', 'newspaper', 'headline',
  'segment', 'banner', 'sign', 'signs', 'shirt', 't-shirt', 'shirts', 'hat', 'hats', 'sticker', 'logo', 'brand',
  'operation', 'program', 'summit', 'conference', 'festival', 'tour', 'rally', 'event', 'blog', 'site', 'website',
  'newsletter', 'app', 'game', 'sitcom', 'drama', 'comedy', 'special', 'broadcast', 'telecast', 'station',
  'channel', 'network', 'radio', 'exhibit', 'exhibition', 'painting', 'track', 'video', 'ad', 'advertisement',
  'spot', 'commercial', 'slogan', 'motto', 'tagline', 'chant', 'label', 'term', 'word', 'words', 'phrase',
  'expression', 'category', 'section', 'tab', 'button', 'list', 'award', 'prize', 'commentary', 'op-ed',
  'article', 'piece', 'editorial', 'headline', 'headlines', 'story', 'chapter', 'lecture', 'course', 'class',
  'click', 'clicking', 'tap', 'select', 'labeled', 'marked', 'stamped',
]);

/** Words right before a quote that mark it as a scare quote or a coinage, not speech. */
export const SCARE_MARKERS: ReadonlySet<string> = new Set(['so-called', 'self-described', 'self-styled', 'supposed', 'alleged', 'quote-unquote']);
