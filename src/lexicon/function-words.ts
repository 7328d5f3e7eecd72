/**
 * Closed-class words the rules navigate by: auxiliaries, negation, adverbs of
 * the verb group, catenatives, prepositions, clause openers, time words.
 */

export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', "'s", "'ve",
  "'d", "'ll", 'having', 'get', 'got', 'gets'
])

export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'never', "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't",
  "isn't", "wasn't", "weren't", "aren't", "couldn't", "can't", 'cannot', "shouldn't", "mustn't",
  'didnt', 'doesnt', 'dont', 'wont', 'wouldnt', 'hasnt', 'havent', 'couldnt', 'cant', 'no', 'nor'
])

/** Contracted auxiliaries ("he's said", "they've argued"): pronoun + aux in one word. */
export const CONTRACTED_SUBJECTS: ReadonlySet<string> = new Set([
  "he's", "she's", "it's", "they've", "we've", "i've", "he'd", "she'd", "they'd", "we'd", "i'd",
  "he'll", "she'll", "they'll", "we'll", "i'll", "who's", "that's", "i'm", "we're", "they're",
  "you've", "you'd", "you're"
])

/** Adverbs that may sit inside a verb group ("has also said", "strongly reiterated"). */
export const GROUP_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'later', 'previously', 'repeatedly', 'recently', 'publicly', 'privately', 'again',
  'often', 'always', 'once', 'still', 'just', 'already', 'further', 'then', 'now', 'first',
  'initially', 'long', 'even', 'only', 'since', 'ever', 'earlier', 'twice', 'separately',
  'subsequently', 'reportedly', 'allegedly', 'apparently', 'similarly', 'likewise', 'too',
  'yet', 'has', 'all', 'both', 'each', 'personally', 'herself', 'himself', 'themselves', 'itself',
  'explicitly', 'specifically', 'directly', 'indirectly', 'quietly', 'loudly', 'bluntly',
  'flatly', 'firmly', 'strongly', 'openly', 'simply', 'clearly', 'falsely', 'wrongly', 'rightly',
  'frequently', 'widely', 'generally', 'famously', 'reportedly', 'immediately', 'quickly',
  'recently', 'routinely', 'consistently', 'constantly', 'continually', 'privately', 'formally',
  'officially', 'initially', 'originally', 'eventually', 'finally', 'ultimately', 'angrily',
  'proudly', 'sharply', 'pointedly', 'curtly', 'emphatically', 'confidently', 'tersely'
])

/** Verbs that take another verb with "to" inside a verb group ("continues to insist"). */
export const CATENATIVES: ReadonlySet<string> = new Set([
  'continue', 'continues', 'continued', 'continuing', 'go', 'goes', 'went', 'gone', 'going',
  'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'appear', 'appears',
  'appeared', 'seem', 'seems', 'seemed', 'try', 'tries', 'tried', 'used', 'came', 'come', 'comes',
  'proceed', 'proceeded', 'proceeds', 'rushed', 'hastened', 'moved', 'ought', 'need', 'needs',
  'needed', 'want', 'wants', 'wanted', 'would', 'like', 'likes', 'liked', 'love', 'loved', 'dare',
  'dared', 'sought', 'seek', 'seeks', 'managed', 'manage', 'has', 'have', 'had', 'felt', 'feel',
  'feels', 'on'
])

/** Prepositions that may sit inside a source phrase ("a spokesman for the ministry"). */
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'to', 'on', 'within', '&'])

/** Words that end a source phrase when reading it leftwards or rightwards. */
export const NP_STOPS: ReadonlySet<string> = new Set([
  'that', 'which', 'whom', 'whose', 'because', 'but', 'if', 'when', 'while', 'although', 'though',
  'since', 'so', 'than', 'whether', 'where', 'after', 'before', 'until', 'unless', 'as', 'and',
  'or', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'also', 'then',
  'there', 'here', 'how', 'why', 'what', 'said', 'says', 'told', 'by', 'about', 'into', 'over',
  'under', 'against', 'between', 'through', 'during', 'without', 'upon', 'yes', 'no', 'nor',
  'yet', 'even', 'just', 'only', 'very', 'too', 'more', 'most', 'less', 'least', 'all', 'now',
  'once', 'again', 'still', 'already', 'ever', 'never', 'however', 'meanwhile', 'instead',
  'indeed', 'thus', 'therefore', 'otherwise', 'moreover', 'furthermore', 'perhaps', 'maybe',
  'like', 'unlike', 'despite', 'toward', 'towards', 'among', 'amid', 'across', 'behind',
  'beyond', 'near', 'off', 'out', 'up', 'down', 'around', 'per', 'via', 'according', 'saying',
  'adding', 'noting', 'let', 'lets', 'get', 'gets', 'got', 'make', 'makes', 'made', 'longer'
])

/** Sentence-opening words that are not part of a source phrase. */
export const LEADING_TRIM: ReadonlySet<string> = new Set([
  'and', 'but', 'so', 'or', 'yet', 'still', 'meanwhile', 'however', 'instead', 'now', 'then',
  'also', 'later', 'earlier', 'today', 'yesterday', 'tonight', 'separately', 'previously',
  'indeed', 'finally', 'afterward', 'afterwards', 'nonetheless', 'nevertheless', 'moreover',
  'again', 'first', 'second', 'third', 'last', 'next', 'in', 'on', 'at', 'with', 'for', 'from',
  'during', 'after', 'before', 'when', 'while', 'as', 'if', 'because', 'since', 'though',
  'although', 'where', 'whether', 'than', 'that', 'of', 'about', 'by', 'to', 'besides'
])

/** Time words: a phrase of these is an adverbial, not a source or content. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend',
  'month', 'year', 'day', 'days', 'weeks', 'months', 'years', 'last', 'this', 'earlier', 'later',
  'recently', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.',
  'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'ago', 'previously', 'overnight', 'late', 'early',
  'hours', 'minutes', 'moments', 'summer', 'winter', 'spring', 'fall', 'autumn'
])

/** Words before a verb form that make it a noun or adjective ("the report", "in response"). */
export const NOMINAL_BEFORE: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'of', 'in', 'for', 'on', 'with', 'by', 'from', 'at', 'about', 'any', 'no', 'every', 'each',
  'some', 'such', 'whose', 'another', 'one', 'widely', 'much', 'more', 'most', 'less', 'newly',
  'previously', 'highly', 'recently', 'often', 'oft', 'so', 'as', 'very', 'what', 'being'
])

/** Nouns after "in a …", "at a …" that make an adverbial of the setting ("in a statement"). */
export const SETTING_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'interview', 'email', 'e-mail', 'letter', 'tweet', 'post', 'speech', 'briefing',
  'conference', 'call', 'release', 'memo', 'appearance', 'hearing', 'rally', 'event', 'meeting',
  'remarks', 'message', 'note', 'video', 'op-ed', 'column', 'essay', 'blog', 'podcast', 'broadcast',
  'address', 'debate', 'forum', 'session', 'town', 'telephone', 'phone', 'radio', 'television',
  'tv', 'report', 'filing', 'testimony', 'session', 'exchange', 'sit-down', 'conversation',
  'discussion', 'gathering', 'summit', 'ceremony', 'visit', 'trip', 'tour', 'stop', 'luncheon',
  'dinner', 'breakfast', 'fundraiser', 'segment', 'show', 'program', 'programme', 'documentary'
])

/** Days of the week. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Words that may stand between a subject and its verb besides time words ("Carter however said"). */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set(['this', 'just', 'here', 'there', 'however', 'meanwhile', 'though', 'too', 'alone'])

/** Adjectives that follow a noun with their own complement ("people familiar with the matter", "officials close to the talks"). */
export const COMPLEMENT_ADJECTIVES: ReadonlySet<string> = new Set(['familiar', 'close', 'knowledgeable', 'privy', 'briefed'])
