/**
 * Generators of test input for the robustness checks: news-like text built
 * from our own sentence templates (then damaged the way scraped pages are),
 * "token soup" of the pieces the pipeline reacts to, random UTF-16, and the
 * named hostile inputs of a given size.
 *
 * Every generator reads from a list of non-negative integers (`choices`), so
 * fast-check can generate and shrink that list, and the fuzz script can fill
 * it from a seeded PRNG. Same choices, same text.
 */

/** A reader over the choice list: `pick(n)` is in [0, n). Runs out into zeros. */
export function reader(choices) {
  let i = 0
  return {
    pick(n) {
      if (n <= 1) return 0
      const value = i < choices.length ? choices[i] : 0
      i++
      return value % n
    },
    from(list) {
      return list[this.pick(list.length)]
    },
    chance(percent) {
      return this.pick(100) < percent
    },
    get done() {
      return i >= choices.length
    }
  }
}

/** A small seeded PRNG (mulberry32); returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` choices from a PRNG. */
export function randomChoices(random, count) {
  const out = new Array(count)
  for (let i = 0; i < count; i++) out[i] = Math.floor(random() * 0x7fffffff)
  return out
}

// ---------------------------------------------------------------------------
// News-like text from our own templates.

const FIRST = [
  'Mara',
  'Tobias',
  'Ilse',
  'Kwame',
  'Renata',
  'Jun',
  'Farid',
  'Odile',
  'Piotr',
  'Sunniva',
  'Dale',
  'Amaru'
]
const LAST = [
  'Quist',
  'Wrenfield',
  'Marchetti',
  'Osei',
  'Baptiste',
  'Okafor',
  'Haldane',
  'Sato',
  'Lindqvist',
  'al-Nouri',
  "O'Brannagh",
  'Vasquez-Roy'
]
const TITLES = ['Mayor', 'Sen.', 'Dr.', 'Gov.', 'Lt. Col.', 'Prof.', 'Rep.', 'Judge', 'Coach', 'Chief Inspector']
const ROLES = [
  'spokeswoman',
  'spokesman',
  'analyst',
  'official',
  'lawyer',
  'engineer',
  'negotiator',
  'economist',
  'resident',
  'commander'
]
const ORGS = [
  'the harbour authority',
  'the Transit Board',
  'the county council',
  'Northwind Energy',
  'the water utility',
  'the ministry of ports',
  'the Fen Valley school district',
  'the regional parliament'
]
const OUTLETS = [
  'Reuters',
  'AFP',
  'the Daily Lantern',
  'Radio Meridian',
  'The Coastal Herald',
  'Interfax',
  'a local broadcaster'
]
const ANON = [
  'officials',
  'two people familiar with the talks',
  'a senior diplomat',
  'one resident',
  'a person close to the mayor',
  'critics',
  'police'
]
const THINGS = [
  'bridge repairs',
  'ferry timetable',
  'new levy',
  'flood barrier',
  'tram extension',
  'budget draft',
  'ceasefire proposal',
  'vaccine order',
  'rent freeze',
  'merger'
]
const MODALS = ['would', 'could', 'might', 'will', 'should', 'must not']
const VERBS = [
  'finish before winter',
  'cost more than planned',
  'stall again',
  'pass next week',
  'reach the coast by spring',
  'be scrapped',
  'need a second vote',
  'go ahead as planned'
]
const PAST = [
  'collapsed',
  'was delayed',
  'passed narrowly',
  'was approved',
  'was put on hold',
  'ran over budget',
  'drew protests'
]
const DAYS = ['Monday', 'Tuesday', 'on Wednesday', 'late Thursday', 'last week', 'in March', 'on Sept. 4']
const OPEN_CLOSE = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“'],
  ["'", "'"]
]
const BOILERPLATE = [
  'Reply',
  'Share this',
  'Share this article',
  'Advertisement',
  'Read more:',
  'Related:',
  'Sign up for our newsletter',
  'https://example.org/news/2024/05/ferry-timetable?ref=home&utm_source=x',
  'www.example.com/a/b/c',
  '• Follow us',
  '- Print',
  'Photo: Staff',
  'Posted by admin at 9:14 p.m.',
  'Comments (12)',
  '© 2024 Example Media',
  '▶ Watch',
  'Reply ↓',
  'Like · Reply · 3h',
  'Copyright notice',
  '#breaking #news',
  '@someone',
  '[+] Expand',
  'Click here to subscribe',
  '>> Next story'
]

function name(r) {
  const full = `${r.from(FIRST)} ${r.from(LAST)}`
  const form = r.pick(4)
  if (form === 0) return `${r.from(TITLES)} ${full}`
  if (form === 1) return r.from(LAST)
  return full
}

function source(r) {
  switch (r.pick(6)) {
    case 0:
      return name(r)
    case 1:
      return `a ${r.from(ROLES)} for ${r.from(ORGS)}`
    case 2:
      return r.from(ANON)
    case 3:
      return r.from(OUTLETS)
    case 4:
      return `${name(r)}, a ${r.from(ROLES)} at ${r.from(ORGS)},`
    default:
      return r.from(['he', 'she', 'they', 'it', 'we', 'I'])
  }
}

function clause(r) {
  return `the ${r.from(THINGS)} ${r.from(MODALS)} ${r.from(VERBS)}`
}

function cap(s) {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1)
}

function sentence(r) {
  const [o, c] = r.chance(60) ? OPEN_CLOSE[0] : r.from(OPEN_CLOSE)
  const src = source(r)
  const pron = r.from(['he', 'she', 'they'])
  switch (r.pick(22)) {
    case 0:
      return `${cap(src)} said ${clause(r)}.`
    case 1:
      return `${o}${cap(clause(r))},${c} ${pron} said.`
    case 2:
      return `${o}${cap(clause(r))},${c} said ${r.from(TITLES)} ${name(r)}, a ${r.from(ROLES)}.`
    case 3:
      return `According to ${src}, the ${r.from(THINGS)} ${r.from(PAST)}.`
    case 4:
      return `The ${r.from(THINGS)} ${r.from(PAST)} ${r.from(DAYS)}, according to ${src}.`
    case 5:
      return `${cap(name(r))} told ${r.from(OUTLETS)} that ${clause(r)}.`
    case 6:
      return `${cap(r.from(ORGS))} declined to comment.`
    case 7:
      return `${cap(name(r))} was quoted by ${r.from(OUTLETS)} as saying ${clause(r)}.`
    case 8:
      return `${o}${cap(clause(r))}. ${cap(clause(r))},${c} ${pron} added.`
    case 9:
      return `${cap(name(r))} said: ${o}${cap(clause(r))}.${c}`
    case 10:
      return `${cap(name(r))}, a ${r.from(ROLES)} for ${r.from(ORGS)}, said ${clause(r)}.`
    case 11:
      return `It was reported that ${clause(r)}.`
    case 12:
      return `The ${r.from(THINGS)} was reportedly ${r.from(PAST).replace(/^was /, '')}.`
    case 13:
      return `${cap(clause(r))}, per ${src}.`
    case 14:
      return `${cap(name(r))} wrote on social media: ${o}${cap(clause(r))}!${c}`
    case 15:
      return `${cap(pron)} did not say whether ${clause(r)}.`
    case 16:
      return `${cap(clause(r))}, ${pron} said, adding that ${clause(r)}.`
    case 17:
      return `${o}${cap(clause(r))}.${c} ― ${name(r)}`
    case 18:
      return `${cap(src)} ${r.from(['believes', 'warned', 'insisted', 'argued', 'fears', 'announced', 'denied'])} that ${clause(r)}.`
    case 19:
      return `${o}${cap(clause(r))}`
    case 20:
      return `${cap(name(r))} (${r.from(['D-Ore.', 'R-Tex.', 'ret.', '2019'])}) said ${clause(r)} ${r.from(DAYS)}.`
    default:
      return `The ${r.from(THINGS)} ${r.from(PAST)} ${r.from(DAYS)}.`
  }
}

const SPLICE = [
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u001b',
  '\r',
  '\r\n',
  '\n',
  '\n\n',
  '\t',
  '\ud83d\ude00',
  '\ud83c\uddfa\ud83c\uddf8',
  '\ud800',
  '\udc00',
  '\ufffd',
  '\u2028',
  '\u2029',
  'e\u0301',
  '\u3000',
  '…',
  '—',
  '"',
  '“',
  '”',
  "'",
  '’'
]

/** Damage a text the way scraped pages are damaged. */
function damage(r, text) {
  const ops = r.pick(6)
  for (let k = 0; k < ops; k++) {
    if (text.length === 0) break
    const at = r.pick(text.length + 1)
    switch (r.pick(9)) {
      case 0: {
        // remove a quotation mark
        const i = text.slice(at).search(/["“”‘’«»']/)
        if (i !== -1) text = text.slice(0, at + i) + text.slice(at + i + 1)
        break
      }
      case 1: {
        // double a quotation mark
        const i = text.slice(at).search(/["“”‘’«»]/)
        if (i !== -1) text = text.slice(0, at + i + 1) + text.slice(at + i)
        break
      }
      case 2:
        text = text.replaceAll(r.chance(50) ? '“' : '”', '"')
        break
      case 3:
        text = text.replace(/\n/g, '\r\n')
        break
      case 4:
        text = text.slice(0, at) + r.from(SPLICE) + text.slice(at)
        break
      case 5:
        text = text.slice(0, Math.max(at, text.length - 1 - r.pick(40)))
        break // cut short, maybe inside a surrogate pair
      case 6:
        text = text.replaceAll(' ', r.chance(50) ? '\u00a0' : '  ')
        break
      case 7:
        text = text.slice(0, at) + text.slice(at + r.pick(40))
        break
      default:
        text = text.slice(0, at) + '\n' + r.from(BOILERPLATE) + '\n' + text.slice(at)
    }
  }
  return text
}

/** A news-like document from the choices: paragraphs, boilerplate, damage. */
export function newsText(choices) {
  const r = reader(choices)
  const paragraphs = []
  const count = 1 + r.pick(6)
  for (let p = 0; p < count; p++) {
    if (r.chance(15)) {
      paragraphs.push(r.from(BOILERPLATE))
      continue
    }
    const sentences = []
    const n = 1 + r.pick(4)
    for (let s = 0; s < n; s++) sentences.push(sentence(r))
    let paragraph = sentences.join(r.chance(90) ? ' ' : '  ')
    if (r.chance(10)) paragraph = r.from(['• ', '- ', '* ', '1. ', '> ']) + paragraph
    paragraphs.push(paragraph)
  }
  const separator = r.from(['\n\n', '\n', '\r\n\r\n', '\n \n', '\n\n\n'])
  return damage(r, paragraphs.join(separator))
}

// ---------------------------------------------------------------------------
// Token soup: the pieces every stage reacts to, in any order.

const SOUP = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  '″',
  ',',
  '.',
  ':',
  ';',
  '!',
  '?',
  '…',
  '...',
  '(',
  ')',
  '—',
  '–',
  '--',
  '-',
  '&',
  '/',
  '―',
  'said',
  'says',
  'told',
  'according to',
  'according',
  'to',
  'per',
  'reportedly',
  'declined to comment',
  'did not',
  'could not be reached',
  'quoted',
  'as saying',
  'cited by',
  'who',
  'which',
  'that',
  'he',
  'she',
  'they',
  'it',
  'I',
  'Smith',
  'Mara Quist',
  'Lt.',
  'Mr.',
  'Dr.',
  'U.S.',
  'p.m.',
  'a',
  'the',
  'spokesman',
  'officials',
  'Reuters',
  'AFP',
  'the ministry',
  'adding',
  'saying',
  'is',
  'was',
  'said to',
  'it was reported',
  'by',
  'on Monday',
  'in a statement',
  '27',
  'Sept.',
  'plans',
  'states',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '\u00a0',
  '\u200b',
  '\u200f',
  '\u202e',
  '\u0000',
  '\ud83d\ude00',
  '\ud800',
  '\udfff',
  '\ufeff',
  'É',
  'İ',
  'ß',
  'ǅ',
  '\u0301'
]

/** Random pieces from `SOUP` joined; short or long. */
export function soupText(choices) {
  const r = reader(choices)
  const parts = []
  const count = r.pick(60)
  for (let i = 0; i < count; i++) parts.push(r.from(SOUP))
  return parts.join(r.chance(30) ? ' ' : '')
}

/** Random UTF-16 code units (lone surrogates, NUL and all). */
export function unicodeText(choices) {
  const r = reader(choices)
  const count = r.pick(80)
  let s = ''
  for (let i = 0; i < count; i++) {
    const band = r.pick(5)
    if (band === 0) s += String.fromCharCode(r.pick(0x80))
    else if (band === 1) s += String.fromCharCode(r.pick(0x10000))
    else if (band === 2) s += String.fromCodePoint(r.pick(0x110000))
    else if (band === 3) s += String.fromCharCode(0xd800 + r.pick(0x800))
    else s += r.from(SOUP)
  }
  return s
}

// ---------------------------------------------------------------------------
// Hostile inputs of a given size (in UTF-16 code units, roughly).

function fill(unit, size) {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size)
}

/** Named hostile inputs, each built to stress one stage. `build(size)` returns a string of about `size` units. */
export const HOSTILE = [
  {name: 'all quotation marks', build: (size) => fill('"“”‘’«»\'', size)},
  {name: 'unmatched opening quotes', build: (size) => fill('“', size)},
  {name: 'unmatched quotes with words', build: (size) => fill('“word ', size)},
  {name: 'said said said', build: (size) => fill('said ', size)},
  {
    name: 'capitalised names, no punctuation',
    build: (size) => fill('Mara Quist Tobias Wrenfield Ilse Marchetti Kwame Osei ', size)
  },
  {name: 'according to repeated', build: (size) => fill('according to ', size)},
  {name: 'according to X, repeated', build: (size) => fill('the levy rose, according to officials, ', size)},
  {name: 'deep parentheses', build: (size) => '('.repeat(size >> 1) + ')'.repeat(size >> 1)},
  {name: 'parentheses with names', build: (size) => fill('Mara (Quist (Osei ', size)},
  {
    name: '"…, he said, …" repeated',
    build: (size) => fill('“the ferry will run,” he said, “and the tram will stop', size)
  },
  {name: 'colons', build: (size) => fill('Quist: ', size)},
  {name: 'bare colons', build: (size) => fill(':', size)},
  {name: 'commas', build: (size) => fill(',', size)},
  {name: 'comma appositives', build: (size) => fill('Quist, a spokesman, ', size) + 'said the plan failed.'},
  {name: 'dashes', build: (size) => fill('— ', size)},
  {name: 'a, b, c lists', build: (size) => fill('a, b, c, ', size)},
  {name: 'very long word', build: (size) => fill('x', size)},
  {
    name: 'very long capitalised word then said',
    build: (size) => 'Q' + fill('q', size - 30) + ' said the plan failed.'
  },
  {
    name: 'name of apostrophes and hyphens then said',
    build: (size) => 'Q' + fill("'-.&’", size - 30) + ' said the plan failed.'
  },
  {
    name: 'name with a long run of spaces then said',
    build: (size) => 'Mara' + fill(' ', size - 40) + 'Quist said the plan failed.'
  },
  {name: 'long -ing and -ed words', build: (size) => fill('sayinging' + 'e'.repeat(200) + 'ding ', size)},
  {name: 'who, who, who said', build: (size) => fill('who, ', size - 30) + 'said the plan failed.'},
  {
    name: 'running quotes across paragraphs',
    build: (size) => fill('“The ferry will run,” he said, “and then\n\n', size)
  },
  {
    name: 'floating quote paragraphs',
    build: (size) => 'Quist said “the plan will work out.”\n\n' + fill('“We will see this through now.”\n\n', size)
  },
  {name: 'one paragraph of sentences', build: (size) => fill('Quist said the levy would pass. ', size)},
  {
    name: 'polls after attributions',
    build: (size) => fill('Quist said the levy would pass. In a Wrenfield poll last week, most voters agreed. ', size)
  },
  {name: 'many short paragraphs', build: (size) => fill('He said so.\n\n', size)},
  {name: 'reportedly repeated', build: (size) => fill('reportedly ', size)},
  {name: 'declined to comment repeated', build: (size) => fill('Officials declined to comment ', size)},
  {name: 'periods', build: (size) => fill('. ', size)},
  {name: 'title abbreviations', build: (size) => fill('Lt. Cmdr. ', size)},
  {name: 'CRLF only', build: (size) => fill('\r\n', size)},
  {name: 'NUL and controls', build: (size) => fill('\u0000\u0001\u0007\u001b\u007f', size)},
  {name: 'lone surrogates', build: (size) => fill('\ud800 \udc00', size)},
  {name: 'emoji and zero-width', build: (size) => fill('\ud83d\ude00\u200b\u200f\u202e said ', size)},
  {name: 'no whitespace', build: (size) => fill('Quist,said:“the-levy”would.pass;', size)},
  // Cue-dense text: every few words a cue whose content runs to the end of a chunk-long sentence.
  {name: 'I say, no full stops', build: (size) => fill('I say the plan will work out ', size)},
  {name: 'cues between dashes', build: (size) => fill('Quist said — ', size)},
  {name: '(I said) asides', build: (size) => fill('(I said) the plan ', size)},
  {name: 'percent said', build: (size) => fill('42% said the plan ', size)},
  {name: 'belief verbs that yield nothing', build: (size) => fill('I hope ', size)},
  {name: 'cues before a run-on quote', build: (size) => runOnQuote(size, 'forward')},
  {name: 'cues after a quote run back', build: (size) => runOnQuote(size, 'backward')}
]

/**
 * A quotation that runs on through many paragraphs (each opens with a
 * quotation mark and none closes until the last), with many cues before it
 * (`forward`: "Quist said that Osei said that … “…") or after it
 * (`backward`: "… end,” Quist said, Osei said, …"), half the size each: every
 * cue used to copy the whole run into its own content (cues × paragraphs).
 * Forward cues are at most 300, so that they fit the chunk the quote opens in.
 *
 * @param {number} size Roughly how many UTF-16 units to build.
 * @param {'forward' | 'backward'} direction Where the cues stand.
 * @param {number} [cues] How many cues (default: half the size's worth).
 * @returns {string}
 */
export function runOnQuote(size, direction, cues) {
  const half = size >> 1
  // Forward cues fit one chunk (parsed pieces are at most 6,000 units), so all of them reach the quote.
  const count = cues ?? Math.max(1, Math.min(direction === 'forward' ? 300 : Infinity, Math.floor(half / 16)))
  const run = '“the plan\n\n' + '“will go on\n\n'.repeat(Math.max(1, Math.floor(half / 13))) + '“and end'
  if (direction === 'forward') return 'Quist said that '.repeat(count) + run + '.”'
  return run + ',” ' + 'Quist said, '.repeat(count) + 'and so on.'
}

// ---------------------------------------------------------------------------
// Shapes found by hostile input (issue 12), small enough to fuzz by the thousand.

const DENSE_CUES = [
  'I say',
  'Quist said —',
  '(I said)',
  '42% said',
  'I hope',
  'Osei said that',
  'according to officials,',
  'she thinks',
  'they fear',
  '—',
  ';',
  ','
]

/** One long sentence packed with cues and no full stop: each cue's content runs to its end. */
export function cueDenseText(choices) {
  const r = reader(choices)
  const parts = []
  const count = 1 + r.pick(120)
  for (let i = 0; i < count; i++) {
    parts.push(r.from(DENSE_CUES))
    if (r.chance(40)) parts.push(r.from(['the plan', 'it will work', '“the levy', 'rates rose”', 'so']))
  }
  return parts.join(' ')
}

/** Many cues before or after a quotation that runs on through many paragraphs, sometimes damaged. */
export function runOnText(choices) {
  const r = reader(choices)
  const cues = Array.from({length: 1 + r.pick(40)}, () =>
    r.from(['Quist said that ', 'Osei told reporters ', 'Quist said, ', 'I say ', 'according to Osei, '])
  )
  const paragraphs = Array.from({length: 1 + r.pick(40)}, () =>
    r.from(['“will go on', '“and on', '"straight marks', '“closes here.”', 'no mark at all', '“'])
  )
  const open = r.from(['“the plan', '"the plan', '‘the plan', 'the plan'])
  const close = r.from(['“and end.”', '“and end', '', '“and end,” Quist said.'])
  const separator = r.from(['\n\n', '\r\n\r\n', '\n'])
  const run = [open, ...paragraphs, close].join(separator)
  return r.chance(50) ? cues.join('') + run : run + ',” ' + cues.join('') + 'and so on.'
}

/** A scraped JSON blob as text: nested arrays and objects, escaped quotes, cues inside strings. */
export function deepJsonText(choices) {
  const r = reader(choices)
  const depth = 1 + r.pick(400)
  let open = ''
  let close = ''
  for (let d = 0; d < depth; d++) {
    const object = r.chance(50)
    open += object ? `{"${r.from(['text', 'said', 'a', 'quote'])}":` : '['
    close = (object ? '}' : ']') + close
  }
  const value = JSON.stringify(
    r.from(['He said “the plan failed.”', 'Quist said: "no"', 'according to AFP, it rose', '\\"', ''])
  )
  return open + value + close
}

/**
 * Options at their edges: empty and absent lists, separators inside values,
 * many entries sharing a first word, verb maps, and malformed ones (holes,
 * wrong types) that must throw a `whosaid:` TypeError.
 *
 * @returns {{options: unknown, valid: boolean}}
 */
export function optionsCase(choices) {
  const r = reader(choices)
  const shared = (word, n) => Array.from({length: n}, (_, i) => `${word} ${i}`)
  const valid = [
    () => ({}),
    () => ({outlets: []}),
    () => ({categories: []}),
    () => ({categories: ['speech', 'belief']}),
    () => ({verbs: ['opine;fret', 'opine|x']}),
    () => ({verbs: ['opine', 'fret'], outlets: ['Coastal;Herald', 'AFP\u0000x']}),
    () => ({verbs: {opine: 'stance', constructor: 'speech'}}),
    () => ({verbs: [{lemma: 'foretell', forms: ['foretold', 'foretells']}, 'weigh in', 'weigh in on']}),
    () => ({verbs: shared('chime', 1 + r.pick(3000))}),
    () => ({outlets: shared('Coastal Herald', 1 + r.pick(3000))}),
    () => ({includeRefusals: false, categories: ['refusal']})
  ]
  /* eslint-disable no-sparse-arrays */
  const invalid = [
    () => ({verbs: [, 'opine']}),
    () => ({outlets: ['AFP', , 'Reuters']}),
    () => ({categories: [, 'speech']}),
    () => ({verbs: [{lemma: 'opine', forms: [, 'opined']}]}),
    () => ({verbs: new Array(2 + r.pick(5))}),
    () => ({outlets: 'AFP'}),
    () => ({verbs: [{lemma: ''}]}),
    () => ({categories: ['gossip']}),
    () => ({includeRefusals: 'no'})
  ]
  const ok = r.chance(70)
  return {options: r.from(ok ? valid : invalid)(), valid: ok}
}
