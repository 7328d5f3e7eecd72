/**
 * Word lists of the cue rules (src/stages/cues/): which words frame a verb
 * cue, which open a setting or an introductory phrase, which make a refusal,
 * a poll, a label. Data only; the rules read them.
 */

/**
 * Forms that are nouns as often as verbs ("states", "reports", "plans",
 * "remarks", "tweets"): cues only after a pronoun or auxiliary, or before
 * "that", a colon or an opening quote. Forms measured on the training split
 * to be verbs at least half the time ("shows", "calls", "wants") are not here.
 */
export const NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set([
  'state', 'states', 'report', 'reports', 'post', 'posts', 'plan', 'plans', 'claim', 'claims',
  'tweet', 'tweets', 'remark', 'remarks', 'comment', 'comments', 'show', 'call', 'back', 'backs',
  'support', 'supports', 'charge', 'charges', 'record', 'records', 'count', 'counts', 'list',
  'estimate', 'estimates', 'forecast', 'forecasts', 'project', 'projects', 'question', 'questions',
  'answer', 'answers', 'reply', 'replies', 'note', 'notes', 'text', 'texts', 'message', 'messages',
  'email', 'emails', 'document', 'documents', 'detail', 'details', 'measure', 'measures', 'track',
  'tracks', 'rank', 'ranks', 'view', 'views', 'advocate', 'advocates', 'champion', 'champions',
  'protest', 'protests', 'demand', 'push', 'pushes', 'press', 'appeal', 'appeals', 'promise',
  'promises', 'threat', 'threats', 'pledge', 'pledges', 'vow', 'vows', 'guess', 'bet', 'bets',
  'fears', 'hopes', 'doubt', 'doubts', 'wish', 'wishes', 'label', 'labels', 'brand', 'brands',
  'frame', 'frames', 'attack', 'attacks', 'slam', 'blast', 'tip', 'tips', 'leak', 'leaks', 'quote',
  'quotes', 'release', 'reveal', 'find', 'finds', 'put', 'puts', 'type', 'pen', 'caption', 'offer',
  'offers', 'mean', 'means', 'aim', 'aims', 'figure', 'figures', 'sense', 'worry', 'worries',
  'trust', 'credit', 'welcome', 'thanks', 'cheer', 'cheers', 'sign', 'signs', 'continue', 'saw',
  'seen', 'known', 'feel', 'felt', 'regard', 'consider', 'deem', 'learn', 'learned', 'message',
  'rail', 'rails', 'knock', 'knocks', 'rip', 'rips', 'snap', 'muse', 'joke', 'jokes', 'quip',
  'quips', 'boast', 'boasts', 'rave', 'raves', 'sigh', 'sighs'
])

/** Forms that a following "to" marks as verbs ("plans to", "vows to"). */
export const TO_FRAMES: ReadonlySet<string> = new Set(['plans', 'plan', 'wants', 'want', 'hopes', 'hope', 'promises', 'promise', 'vows', 'vow', 'pledges', 'pledge', 'aims', 'aim', 'means', 'offers', 'offer', 'continue', 'wish', 'wishes', 'fears', 'fear', 'threatens', 'claims', 'claim'])

/** Prepositions that belong to a verb's cue ("called for", "complained about"). */
export const PARTICLES: Readonly<Record<string, readonly string[]>> = Object.assign(Object.create(null) as Record<string, readonly string[]>, {
  call: ['for', 'on'],
  complain: ['about', 'of'],
  warn: ['against', 'of', 'about'],
  argue: ['for', 'against'],
  advocate: ['for'],
  push: ['for'],
  press: ['for'],
  rail: ['against'],
  refer: ['to'],
  object: ['to'],
  apologize: ['for'],
  apologise: ['for'],
  appeal: ['to', 'for'],
  plead: ['for'],
  speak: ['about', 'of', 'against'],
  talk: ['about'],
  boast: ['about', 'of'],
  brag: ['about'],
  joke: ['about'],
  worry: ['about'],
  respond: ['to'],
  reply: ['to'],
  testify: ['about', 'that'],
  protest: ['against'],
  campaign: ['for', 'against'],
  lobby: ['for', 'against'],
  side: ['with'],
  agree: ['with'],
  disagree: ['with'],
  hope: ['for'],
  pray: ['for'],
  ask: ['for', 'about'],
  inquire: ['about'],
  question: ['whether'],
  accuse: [],
  blame: []
})

/** Days that join the cue when they follow the verb at once ("said Friday"). */
export const CUE_DAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight'])

/** Words just before "called" that make it naming, not claiming ("what she called …"). */
export const NAMING_BEFORE: ReadonlySet<string> = new Set(['what', 'whom', 'which', 'is', 'was', 'be', 'been', 'being', 'are', 'were', 'so'])

/** Words that open a setting between a verb and its "that" ("said on MSNBC on Friday that …"). */
export const SETTING_STARTERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'over', 'to', 'from', 'last', 'this', 'earlier', 'late', 'early'])

/** Words before a participle that tie it to the clause before ("while saying", "by arguing"). */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(['and', 'while', 'by', 'after', 'before', 'for', 'from', 'without', 'when', 'of', 'in', 'with', 'about', 'since', 'through', 'upon', 'on'])

/** Verbs that may open a sentence before their subject ("Said the mayor, …"). */
export const INITIAL_VERBS: ReadonlySet<string> = new Set(['say', 'add', 'ask', 'write', 'tell', 'explain', 'insist', 'recall', 'note', 'argue', 'warn', 'declare', 'reply', 'respond', 'continue', 'conclude', 'observe'])

/** Participles that bring in a channel after a cue ("…, cited by Interfax"). */
export const CHAIN_WORDS: ReadonlySet<string> = new Set(['cited', 'quoted', 'carried', 'reported', 'relayed'])

/** Weak verbs for which "to" opens a complement strong enough to attribute ("agreed to …"). */
export const TO_COMPLEMENT: ReadonlySet<string> = new Set(['agree', 'offer', 'promise', 'threaten', 'vow', 'pledge', 'refuse', 'decline', 'demand', 'ask', 'urge', 'hope', 'want', 'plan', 'seek', 'aim', 'intend', 'prefer', 'decide', 'expect', 'wish', 'commit', 'vote', 'push', 'press', 'call', 'appeal', 'beg', 'plead', 'fear', 'warn', 'remind', 'tell', 'advise', 'encourage', 'swear', 'resolve'])

/** Pronoun objects and particles that are no complement of a weak verb ("it", "up"). */
export const PRONOUN_OBJECTS: ReadonlySet<string> = new Set(['it', 'them', 'this', 'that', 'up', 'out', 'off', 'down', 'back', 'in', 'on', 'at', 'for', 'to', 'from', 'by', 'with'])

/** Words that open an adverbial before the subject of a sentence ("In a statement, …"). */
export const LEADING_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'since', 'as', 'last', 'earlier', 'later', 'on', 'speaking', 'asked', 'with', 'through', 'for', 'by', 'from', 'meanwhile', 'however', 'instead', 'still', 'yet', 'but', 'and', 'separately', 'elsewhere', 'also', 'previously'])

/** Words that open an introductory phrase (not conjunctions: "But the plan is dead, she said" is a claim). */
export const INTRO_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'since', 'as', 'with', 'through', 'for', 'by', 'from', 'following', 'despite', 'amid', 'under', 'unlike', 'like', 'speaking', 'asked', 'last', 'earlier', 'later', 'within', 'without', 'upon', 'over', 'throughout', 'until'])

/** Time words, participles and conjunctions that open an introductory phrase ("Monday, …", "Speaking to reporters, …"). */
export const TIME_OPENERS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'recently', 'earlier', 'later', 'now', 'then', 'afterward', 'afterwards', 'overnight', 'separately', 'speaking', 'asked', 'writing', 'addressing', 'responding', 'echoing', 'citing', 'like', 'unlike', 'despite', 'although', 'though', 'because', 'if', 'once', 'until', 'under', 'amid', 'following', 'according'])

/** Verbs after "declined to" or "refused to" that make a refusal ("declined to elaborate"). */
export const COMMENT_WORDS: ReadonlySet<string> = new Set([
  'comment', 'say', 'elaborate', 'discuss', 'confirm', 'specify', 'answer', 'respond', 'speculate',
  'disclose', 'detail', 'reveal', 'address', 'explain', 'provide', 'give', 'offer', 'release',
  'name', 'identify', 'return', 'reply', 'talk', 'be', 'share', 'go', 'weigh', 'expand',
  'characterize', 'describe', 'specify', 'divulge'
])

/** Words after a negation that open a failure to reply ("did not respond to …", "has not yet …"). */
export const RESPOND_WORDS: ReadonlySet<string> = new Set([
  'respond', 'return', 'reply', 'answer', 'comment', 'immediately', 'yet'
])

/** Words after "seem" or "appear" that make it a plain verb of appearing ("appeared on stage"). */
export const RAISING_BLOCK: ReadonlySet<string> = new Set(['in', 'on', 'at', 'before', 'with', 'for', 'from', 'by', 'as', 'alongside', 'together', 'onstage', 'live', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'and', 'or', 'but', 'briefly', 'online'])

/** Linking verbs before an adjective of stance ("is confident", "seemed wary"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appeared', 'appears', 'feel', 'feels', 'felt', 'grew', 'became', 'become', 'becomes', 'sounded'])

/** Words after an adjective of stance that open its complement ("confident that", "critical of"). */
export const ADJECTIVE_COMPLEMENTS: ReadonlySet<string> = new Set(['that', 'to', 'about', 'of', 'over', 'with', 'whether', 'in', 'on', 'toward', 'towards', 'if'])

/** Heads of a poll phrase that can be a source ("in a CNN poll", "in the latest survey"). */
export const POLL_HEADS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'analysis', 'report', 'tally', 'count', 'census', 'audit', 'review'])

/** Words that end the source of "according to" inside a sentence ("according to X, who …"). */
export const ACCORDING_STOPS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'when', 'while', 'because', 'but', 'although', 'though', 'as', 'if', 'since', 'so', 'whose', 'where', 'and'])

/** Words after "according to X," that open a new clause rather than more content. */
export const CLAUSE_BREAK_AFTER_ACCORDING: ReadonlySet<string> = new Set(['who', 'which', 'and', 'but', 'adding', 'saying'])

/** First or last words of a label before a colon that names no speaker ("Update:", "Photo:"). */
export const LABELS: ReadonlySet<string> = new Set(['update', 'updated', 'photo', 'photos', 'video', 'watch', 'read', 'related', 'note', 'editor', "editor's", 'source', 'breaking', 'exclusive', 'opinion', 'analysis', 'live', 'more', 'see', 'also', 'correction', 'disclosure', 'warning', 'image', 'credit', 'caption', 'tags', 'filed', 'posted', 'published', 'by', 'share', 'listen', 'subscribe', 'advertisement', 'sponsored', 'q', 'a', 'question', 'answer', 'example', 'here', 'why', 'how', 'what', 'who', 'when', 'where', 'step', 'part', 'chapter', 'day', 'week', 'rule', 'lesson', 'tip', 'bottom', 'line', 'fact', 'facts', 'timeline', 'background', 'context', 'key', 'takeaway', 'takeaways', 'verdict', 'result', 'results', 'score', 'location', 'date', 'time', 'price', 'cost', 'total', 'status', 'title', 'subject', 'topic', 'from', 'to', 'cc', 'sent', 're', 'fw', 'fwd', 'ps', 'p.s', 'wallace', 'host', 'moderator'])

/** Words after a postposed source that continue it ("said one source who spoke …", "the chief known as Bob"). */
export const RUN_ON: ReadonlySet<string> = new Set(['who', 'whose', 'that', 'known', 'identified', 'speaking', 'based', 'familiar', 'close', 'with', 'of', 'at', 'for', 'from'])
