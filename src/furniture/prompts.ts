// Whole-line furniture: the labels and prompts a page wraps around an article
// (subscription boxes, share bars, ad slots, navigation, audio players). Every
// pattern is anchored at both ends of the line, so a sentence that merely starts
// with the same word ("Subscribers said the plan ...") is never furniture.

function whole(body: string): RegExp {
  return new RegExp(`^(?:${body})[\\s.!:…]*$`, 'iu');
}

const EMAIL = 'e-?mail';

/** Newsletter and paywall boxes: "Subscribe", "* indicates required", "Enter your email to subscribe". */
export const SUBSCRIBE = whole([
  'subscribe(?: (?:now|today|here|for free|for \\S+|to (?:our|the) [\\w’\'& -]{1,40}))?',
  'sign(?:ing)? up(?: (?:now|today|here|for (?:free|(?:our|the|a|my) [\\w’\'& -]{0,40}))?)?',
  '(?:get|receive) (?:our|the) [\\w’\'& -]{0,40}newsletters?(?: [\\w’\'& -]{0,40})?',
  `enter your ${EMAIL}(?: address)?(?: (?:to|and|for) [\\w ]{1,30})?`,
  `please,? enter (?:a |your )?(?:correct|valid) ${EMAIL}(?: address)?`,
  `(?:your )?${EMAIL}(?: address)?`,
  '\\*\\s*(?:indicates|denotes) (?:a )?required(?: fields?)?',
  'success\\w* subscribed',
  '(?:thank you|thanks) for (?:signing up|subscribing|registering)[^\\n]{0,160}',
  'you(?:’|\')re (?:all set|subscribed|signed up|in)[^\\n]{0,120}',
  'already (?:a subscriber|have an account|registered)\\??(?: (?:log|sign) in)?',
  '(?:log|sign) (?:in|out)(?: (?:to|with) [\\w ]{1,30})?',
  'create (?:a )?(?:free )?account',
  `(?:newsletter|${EMAIL}) sign-?up`,
  '(?:newsletters?|subscriptions?|subscriber login|become a (?:member|subscriber|supporter))',
  'by (?:signing up|subscribing|clicking|registering)[^\\n]{0,200}(?:terms|privacy)[^\\n]{0,100}',
  'support (?:our|independent) journalism[^\\n]{0,100}',
].join('|'));

const SHARE_WORD =
  '(?:share(?: this(?: (?:story|article|post|page|video))?| on \\w+| via \\w+)?|tweet|e-?mail|print|copy (?:link|url)|link copied|' +
  'facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|flipboard|messenger|threads|bluesky|mastodon|' +
  'save(?: (?:article|story|for later))?|bookmark|gift(?: this)? article|comments?|\\d+ comments?)';

/** A share bar: only share words, however many, separated by spaces or bars. */
export const SHARE = whole(`${SHARE_WORD}(?:[\\s|·•,/]+${SHARE_WORD}){0,10}`);

/** Ad slots and their notices. */
export const ADVERT = whole([
  'advertisement|advertising|adverti[sz]ement - scroll to continue|ad|ads',
  'sponsored(?: content| post| by [\\w &]{1,40})?|paid (?:content|post|partner content)|promoted(?: content)?|partner content',
  '(?:story|article|content) continues below(?: (?:this )?(?:ad|advertisement))?',
  'continue reading(?: (?:below|the main story|the story|the article))?',
  'scroll (?:down )?to continue(?: (?:with|reading) (?:content|the article))?',
  'ad feedback|report (?:this )?ad|skip (?:this )?ad|close ad',
].join('|'));

/** Site navigation and CMS controls that leak into copied text. */
export const NAVIGATION = whole([
  'skip to (?:the )?(?:main )?(?:content|navigation|main|search|footer|article)',
  'jump to (?:navigation|search|content|comments)',
  'edit (?:post|this(?: page| post)?|page)|back to top|(?:open|close|toggle) (?:the )?(?:menu|navigation|search)|main menu|menu|search',
  'cookie (?:settings|policy|preferences)|accept(?: all)?(?: cookies)?|privacy policy|terms (?:of (?:use|service)|and conditions)',
].join('|'));

/** Calls to buy or join: they also pull in the promo line just above them (see blocks.ts). */
export const SALES_CALL = whole(
  '(?:pre-?order|order|buy|shop|donate|register|join|subscribe|get (?:it|yours|your copy)|start (?:your )?(?:free )?trial|try (?:it )?(?:free|now))(?: (?:it|now|today|here|for free|us|the magazine))*',
);

/** Links that lead elsewhere: "Read more", "See all", "Load more". */
export const MORE_LINK = whole(
  '(?:read|see|show|load|view|watch|listen|learn|find out|discover|explore|click here)(?: (?:more|all|now|here|full (?:story|article|coverage)|the full story|comments|next|on|to read))+|click here[^\\n]{0,60}',
);

/** Audio players and machine-narration notices. */
export const AUDIO = whole([
  'this (?:audio|article|story|narration|voice-?over|recording)(?: (?:is|was|has been))? (?:created|generated|produced|read|narrated|voiced|automatically generated)[^\\n]{0,80}',
  '(?:listen to|play|hear) (?:this )?(?:article|story|audio)(?: [^\\n]{0,30})?',
  'audio (?:is )?(?:generated|created|produced) (?:by|with|using)[^\\n]{0,60}',
  '\\d+:\\d{2} (?:listen|audio|min)',
].join('|'));

/** "2 min read", "Reading time: 5 minutes". */
export const READING_TIME = whole(
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ -]min(?:ute)?s?\\.?(?: read| listen)|(?:estimated )?reading time:? \\d+ min(?:ute)?s?',
);

/** A line that is only a clock time, a date or a relative time: a timestamp, not a sentence. */
export const TIMESTAMP = whole(
  '(?:(?:updated|published|posted|last updated|first published)(?: on| at)?:? )?(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?|\\d+ (?:minutes?|mins?|hours?|hrs?|days?) ago|just now)',
);

/** Labels of media players and galleries: "Photo", "Image caption", "Play video", "Enlarge this image". */
export const MEDIA_LABEL = whole(
  '(?:photo|photos|video|videos|image|images|gallery|slideshow|graphic|audio|podcast|interactive)' +
    '|(?:image|media|video|photo) caption|(?:hide|show|toggle) caption|enlarge (?:this )?image|play (?:video|audio)|watch(?: the)? video|view (?:gallery|slideshow|\\d+ (?:photos|images))|\\d+ (?:photos|images)',
);
