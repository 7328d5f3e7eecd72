/**
 * Reporting verbs, by category. Base forms only; inflections are derived by
 * `inflect` (regular) or listed in `IRREGULAR`.
 *
 * Drawn from the verbs news writers use to attribute claims; the categories
 * follow the `CueCategory` type.
 */
import type {CueCategory} from '../types.js'

export const VERBS: Readonly<Record<CueCategory, readonly string[]>> = {
  speech: [
    'say', 'tell', 'add', 'ask', 'answer', 'reply', 'respond', 'explain', 'insist', 'repeat',
    'reiterate', 'remark', 'comment', 'mention', 'note', 'observe', 'recall', 'recount', 'describe',
    'continue', 'quip', 'joke', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'exclaim', 'boast',
    'brag', 'complain', 'lament', 'concede', 'admit', 'acknowledge', 'confess', 'agree', 'disagree',
    'assure', 'reassure', 'inform', 'caution', 'point out', 'chime in', 'counter',
    'retort', 'interject', 'testify', 'speak', 'talk', 'contend', 'maintain', 'assert', 'claim',
    'allege', 'stress', 'emphasize', 'emphasise', 'underscore', 'highlight', 'signal', 'hint',
    'imply', 'concur', 'muse', 'wonder', 'sigh', 'gush', 'marvel', 'rave', 'chide',
    'scoff', 'snap', 'tease', 'predict', 'forecast', 'estimate', 'calculate', 'conclude', 'summarize',
    'brief', 'divulge', 'disclose', 'reveal', 'relate', 'elaborate', 'clarify', 'specify',
    'talk about', 'speak about', 'speak out', 'weigh in', 'chant', 'voice', 'express', 'echo',
    'make clear', 'make it clear', 'lay out', 'sound off', 'remind', 'preach', 'lecture', 'sing'
  ],
  writing: [
    'write', 'tweet', 'retweet', 'post', 'blog', 'email', 'e-mail', 'text', 'message', 'publish',
    'pen', 'scrawl', 'type', 'caption', 'reply-tweet', 'read'
  ],
  report: [
    'report', 'cite', 'quote', 'relay', 'leak', 'tip', 'learn'
  ],
  statement: [
    'announce', 'declare', 'state', 'confirm', 'proclaim', 'pronounce', 'affirm', 'certify',
    'verify', 'acknowledge', 'deny', 'dispute', 'refute', 'rebut', 'contradict', 'reject', 'dismiss',
    'correct', 'rule out', 'publicize'
  ],
  belief: [
    'believe', 'think', 'fear', 'hope', 'expect', 'know', 'suspect', 'doubt', 'reckon',
    'figure', 'guess', 'suppose', 'assume', 'presume', 'worry', 'trust', 'imagine',
    'consider', 'regard', 'see', 'view', 'realize', 'realise', 'recognize', 'recognise', 'sense',
    'question', 'remember', 'forget', 'anticipate', 'envision', 'foresee', 'bet', 'speculate',
    'surmise', 'perceive', 'deem', 'wish', 'dread', 'agonize', 'fret'
  ],
  stance: [
    'argue', 'urge', 'warn', 'call', 'criticize', 'criticise', 'condemn', 'denounce', 'slam',
    'blast', 'praise', 'applaud', 'hail', 'accuse', 'blame', 'charge', 'defend',
    'endorse', 'support', 'oppose', 'object', 'protest', 'demand', 'press', 'plead',
    'appeal', 'beg', 'implore', 'propose', 'recommend', 'suggest', 'advocate', 'champion', 'attack',
    'mock', 'ridicule', 'lambaste', 'rail', 'decry', 'deride', 'dismiss', 'challenge', 'question',
    'credit', 'thank', 'congratulate', 'apologize', 'apologise', 'vow', 'pledge', 'promise',
    'threaten', 'swear', 'insinuate', 'label', 'brand', 'dub', 'characterize',
    'characterise', 'refer', 'tout', 'commend', 'knock', 'rip',
    'chastise', 'scold', 'rebuke', 'reprimand', 'castigate', 'berate', 'disparage', 'insult',
    'concede', 'acknowledge', 'compare', 'liken', 'equate', 'frame', 'describe',
    'vouch', 'caution', 'complain', 'grumble', 'bemoan', 'regret', 'reaffirm', 'restate',
    'assail', 'balk', 'embrace', 'attribute', 'boo', 'favor', 'favour',
    'vote against', 'point to', 'go after', 'push for', 'take aim', 'take issue',
    'lash out', 'hit back', 'fire back', 'push back', 'weigh in', 'denigrate', 'belittle',
    'hammer', 'excoriate', 'pan', 'savage', 'skewer', 'rebuff', 'spurn', 'shun', 'disavow',
    'repudiate', 'renounce', 'cheerlead', 'laud', 'extol', 'salute', 'honor', 'cite'
  ],
  intention: [
    'plan', 'want', 'aim', 'seek', 'decide', 'vow', 'resolve', 'mean', 'prefer',
    'refuse', 'offer', 'agree', 'pledge', 'commit', 'hope', 'wish', 'yearn', 'strive', 'vow'
  ],
  evidence: [
    'show', 'find', 'suggest', 'indicate', 'reveal', 'demonstrate', 'confirm', 'document',
    'detail', 'estimate', 'project', 'conclude', 'illustrate', 'highlight',
    'list', 'rank', 'measure', 'record', 'track', 'count', 'put', 'peg'
  ],
  refusal: []
}

/** Irregular inflections: base → past, participle (and other odd forms). */
export const IRREGULAR: Readonly<Record<string, readonly string[]>> = Object.assign(Object.create(null) as Record<string, readonly string[]>, {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  know: ['knows', 'knew', 'known', 'knowing'],
  understand: ['understands', 'understood', 'understanding'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  foresee: ['foresees', 'foresaw', 'foreseen', 'foreseeing'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
  bet: ['bets', 'bet', 'betting'],
  forecast: ['forecasts', 'forecast', 'forecasted', 'forecasting'],
  mean: ['means', 'meant', 'meaning'],
  seek: ['seeks', 'sought', 'seeking'],
  put: ['puts', 'put', 'putting'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  dream: ['dreams', 'dreamed', 'dreamt', 'dreaming'],
  retweet: ['retweets', 'retweeted', 'retweeting'],
  'e-mail': ['e-mails', 'e-mailed', 'e-mailing'],
  rip: ['rips', 'ripped', 'ripping'],
  snap: ['snaps', 'snapped', 'snapping'],
  quip: ['quips', 'quipped', 'quipping'],
  plan: ['plans', 'planned', 'planning'],
  peg: ['pegs', 'pegged', 'pegging'],
  commit: ['commits', 'committed', 'committing'],
  admit: ['admits', 'admitted', 'admitting'],
  'reply-tweet': ['reply-tweets', 'reply-tweeted', 'reply-tweeting'],
  pen: ['pens', 'penned', 'penning'],
  rebut: ['rebuts', 'rebutted', 'rebutting'],
  refer: ['refers', 'referred', 'referring'],
  prefer: ['prefers', 'preferred', 'preferring'],
  rail: ['rails', 'railed', 'railing'],
  signal: ['signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  label: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  make: ['makes', 'made', 'making'],
  read: ['reads', 'read', 'reading'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  go: ['goes', 'went', 'gone', 'going'],
  lay: ['lays', 'laid', 'laying'],
  take: ['takes', 'took', 'taken', 'taking'],
  hit: ['hits', 'hit', 'hitting'],
  pan: ['pans', 'panned', 'panning'],
  fire: ['fires', 'fired', 'firing'],
  boo: ['boos', 'booed', 'booing'],
  echo: ['echoes', 'echoed', 'echoing'],
  side: ['sides', 'sided', 'siding'],
  counsel: ['counsels', 'counseled', 'counselled', 'counseling'],
  spell: ['spells', 'spelled', 'spelt', 'spelling']
})

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u'])

/**
 * Derive the regular inflections of a verb: third person, past/participle and
 * the -ing form. Phrasal verbs (`point out`) inflect their first word.
 */
export function inflect(lemma: string): string[] {
  const space = lemma.indexOf(' ')
  if (space !== -1) {
    const rest = lemma.slice(space)
    return inflect(lemma.slice(0, space)).map((form) => form + rest)
  }
  const irregular = IRREGULAR[lemma]
  if (irregular) return [lemma, ...irregular]
  const last = lemma[lemma.length - 1]
  const before = lemma[lemma.length - 2]
  let third: string
  let past: string
  let ing: string
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) third = lemma + 'es'
  else if (last === 'y' && !VOWELS.has(before)) third = lemma.slice(0, -1) + 'ies'
  else if (last === 'o' && !VOWELS.has(before)) third = lemma + 'es'
  else third = lemma + 's'
  if (last === 'e') {
    past = lemma + 'd'
    ing = lemma.endsWith('ee') ? lemma + 'ing' : lemma.slice(0, -1) + 'ing'
  } else if (last === 'y' && !VOWELS.has(before)) {
    past = lemma.slice(0, -1) + 'ied'
    ing = lemma + 'ing'
  } else {
    past = lemma + 'ed'
    ing = lemma + 'ing'
  }
  return [lemma, third, past, ing]
}

/**
 * Forms that are rarely attributions when they simply follow a subject
 * ("hiring continues to grow", "the plan means", "a program called …"),
 * measured on the PolNeAR training split: under a third of these were
 * annotated as cues. They still count in inverted frames (", he continued.").
 */
export const SUBJECT_EXCLUDED: ReadonlySet<string> = new Set([
  'continue', 'continues', 'continued', 'continuing', 'speaking', 'comparing', 'put', 'puts',
  'putting', 'state', 'states', 'challenge', 'challenges', 'saw', 'mean', 'means', 'meant',
  'meaning', 'intended', 'email', 'emails', 'maintained', 'maintains', 'expects', 'respond',
  'consider', 'considered', 'considers', 'committed', 'report', 'add', 'planned', 'counted',
  'count', 'measured', 'tracked', 'ranked', 'recorded', 'documented', 'type', 'typed', 'text',
  'texted', 'message', 'messaged'
])

/**
 * Weak verbs that are attributions with any object after a subject ("voters
 * expressed frustration", "the memo shows a gap"), measured on the PolNeAR
 * training split: about half or more of such uses were annotated as cues.
 * Other weak verbs still need a clause complement ("that", a quote, "to").
 */
export const ANY_OBJECT: ReadonlySet<string> = new Set([
  'express', 'talk about', 'speak about', 'speak out', 'lay out', 'echo', 'make clear',
  'make it clear', 'show', 'highlight', 'believe', 'agree', 'publish', 'underscore', 'deem',
  'remember', 'disagree', 'weigh in', 'chant', 'retweet', 'answer', 'envision', 'imply', 'rebut',
  'cite', 'propose', 'recognize', 'recognise', 'proclaim', 'describe', 'endorse', 'see', 'think',
  'know', 'hope'
])
