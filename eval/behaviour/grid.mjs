/**
 * The behavioural grid: everyday attribution frames crossed with the source
 * phrases news writing uses, each sentence written for this project.
 *
 * Every case is one sentence with exactly one attribution, and its full
 * expected result: the cue (a word the reported cue must contain), the
 * source (one of the accepted spellings: with or without an appositive),
 * its kind and anonymity, the content and the channel. The claims use verbs
 * that no word list holds ("crested", "sank", "broke apart"), so a frame is
 * recognised by its shape, not by the claim's verb.
 */

/**
 * The source phrases. `text` is the phrase as written; `accept` the source
 * spans counted as right; `kind` and `anonymous` describe the source.
 * `closable` marks a phrase that ends in an appositive, which news writing
 * closes with a comma when the sentence goes on ("Mira Castell, 47, of
 * Dunmore, said …"): the grid writes such a phrase both ways.
 */
export const SOURCES = [
  {
    id: 'titled-name',
    text: 'Police Chief Tomas Greer',
    accept: ['Police Chief Tomas Greer'],
    kind: 'person',
    anonymous: false
  },
  {
    id: 'name-age-town',
    text: 'Mira Castell, 47, of Dunmore',
    accept: ['Mira Castell, 47, of Dunmore', 'Mira Castell'],
    kind: 'person',
    anonymous: false,
    closable: true
  },
  {
    id: 'name-appositive',
    text: 'Hal Okafor, a retired welder',
    accept: ['Hal Okafor, a retired welder', 'Hal Okafor'],
    kind: 'person',
    anonymous: false,
    closable: true
  },
  {
    id: 'plural-possessive-org',
    text: "the dockworkers' union",
    accept: ["the dockworkers' union"],
    kind: 'organization',
    anonymous: false
  },
  {
    id: 'org-lowercase-inner',
    text: 'Friends of the Marsh',
    accept: ['Friends of the Marsh'],
    kind: 'organization',
    anonymous: false
  },
  {id: 'company', text: 'Brightline Foods', accept: ['Brightline Foods'], kind: 'organization', anonymous: false},
  {
    id: 'anonymous-official',
    text: 'a city official, who asked not to be named',
    accept: ['a city official, who asked not to be named', 'a city official'],
    kind: 'person',
    anonymous: true,
    closable: true
  },
  {
    id: 'familiar-with',
    text: 'people familiar with the matter',
    accept: ['people familiar with the matter'],
    kind: 'group',
    anonymous: true
  },
  {
    id: 'senator-party-state',
    text: 'Sen. Jo Pratt, R-Ohio',
    accept: ['Sen. Jo Pratt, R-Ohio', 'Sen. Jo Pratt'],
    kind: 'person',
    anonymous: false,
    closable: true
  },
  {
    id: 'doctor-affiliation',
    text: 'Dr. Lena Marsh of St. Anselm Hospital',
    accept: ['Dr. Lena Marsh of St. Anselm Hospital', 'Dr. Lena Marsh'],
    kind: 'person',
    anonymous: false
  },
  {
    id: 'role-before-name',
    text: 'harbour master Ivo Renn',
    accept: ['harbour master Ivo Renn'],
    kind: 'person',
    anonymous: false
  }
]

/** Claims whose main verb is in no cue list (nor, for the last, in the verb list). */
export const CLAIMS = [
  'the river crested two feet above the levee',
  'ticket sales sank by a third after the storm',
  'the old pier broke apart overnight',
  // A short claim that reads like a noun phrase up to its last word.
  'the old ferry sank'
]

/**
 * The frames. In `pattern`, `{S}` is the source phrase (capitalised when it
 * opens the sentence), `{C}` the claim (likewise), `{O}` the outlet.
 * `content` builds the expected content from the claim as written; `cue` is
 * a word the reported cue must contain; `via` says whether the outlet is
 * the expected channel.
 */
export const FRAMES = [
  {id: 'said-c', pattern: '{S} said {C}.', cue: 'said', content: (c) => c},
  {id: 'said-when-that', pattern: '{S} said on Tuesday that {C}.', cue: 'said', content: (c) => `that ${c}`},
  {id: 'c-x-said', pattern: '{C}, {S} said.', cue: 'said', content: (c) => c},
  {id: 'c-said-x', pattern: '{C}, said {S}.', cue: 'said', content: (c) => c},
  {id: 'according-to-x-c', pattern: 'According to {S}, {C}.', cue: 'according to', content: (c) => c},
  {id: 'c-according-to-x', pattern: '{C}, according to {S}.', cue: 'according to', content: (c) => c},
  {id: 'quote-speaker-before', pattern: '{S} said, “{C}.”', cue: 'said', content: (c) => `“${c}.”`},
  {id: 'quote-speaker-after', pattern: '“{C},” {S} said.', cue: 'said', content: (c) => `“${c},”`},
  {id: 'quote-colon', pattern: '{S} said: “{C}.”', cue: 'said', content: (c) => `“${c}.”`},
  {id: 'told-o-that', pattern: '{S} told {O} that {C}.', cue: 'told', content: (c) => `that ${c}`, via: true},
  {id: 'c-x-told-o', pattern: '{C}, {S} told {O}.', cue: 'told', content: (c) => c, via: true},
  {
    id: 'interview-with-o',
    pattern: 'In an interview with {O}, {S} said {C}.',
    cue: 'said',
    content: (c) => c,
    via: true
  },
  {id: 'o-quoted-x', pattern: '{O} quoted {S} as saying {C}.', cue: 'quoted', content: (c) => c, via: true},
  {id: 'o-reported-citing-x', pattern: '{C}, {O} reported, citing {S}.', cue: 'reported', content: (c) => c, via: true},
  {id: 'said-in-statement', pattern: '{S} said in a statement that {C}.', cue: 'said', content: (c) => `that ${c}`},
  {id: 'has-repeatedly-said', pattern: '{S} has repeatedly said {C}.', cue: 'said', content: (c) => c},
  {id: 'wrote-on-facebook', pattern: '“{C},” {S} wrote on Facebook.', cue: 'wrote', content: (c) => `“${c},”`},
  {
    id: 'speaking-to-reporters',
    pattern: '{S}, speaking to reporters, said {C}.',
    cue: 'said',
    content: (c) => c
  },
  {id: 'told-o', pattern: '{S} told {O} {C}.', cue: 'told', content: (c) => c, via: true},
  {
    id: 'told-o-in-interview',
    pattern: '{S} told {O} in an interview that {C}.',
    cue: 'told',
    content: (c) => `that ${c}`,
    via: true
  },
  {
    id: 'remarks-carried-by-o',
    pattern: 'In remarks carried by {O}, {S} said {C}.',
    cue: 'said',
    content: (c) => c,
    via: true
  },
  {
    id: 'said-on-o-programme',
    pattern: "{S} said on {O}'s morning programme that {C}.",
    cue: 'said',
    content: (c) => `that ${c}`,
    via: true
  },
  {id: 'o-said-citing-x', pattern: '{C}, {O} said, citing {S}.', cue: 'said', content: (c) => c, via: true}
]

/** The outlet named in the frames that have a channel. */
export const OUTLET = 'Reuters'

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Every case of the grid: each frame with each source phrase and each claim,
 * and a closable phrase also with the comma that closes it where a word
 * follows. A phrase that opens the sentence, or a claim that opens a
 * quotation, is capitalised, in the text and in the accepted answers.
 */
export function cases() {
  const out = []
  for (const frame of FRAMES) {
    const sourceFirst = frame.pattern.startsWith('{S}')
    const claimFirst = frame.pattern.startsWith('{C}') || frame.pattern.includes('“{C}')
    // A word, not punctuation, follows the source phrase: there a comma closes its appositive.
    const closes = /\{S\} \p{L}/u.test(frame.pattern)
    for (const source of SOURCES) {
      const forms = source.closable && closes ? [false, true] : [false]
      for (const closed of forms) {
        CLAIMS.forEach((claim, c) => {
          const phrase = closed ? `${source.text},` : source.text
          const written = sourceFirst ? capitalise(phrase) : phrase
          const claimWritten = claimFirst ? capitalise(claim) : claim
          const text = frame.pattern.replace('{S}', written).replace('{C}', claimWritten).replace('{O}', OUTLET)
          out.push({
            id: `${frame.id} × ${source.id}${closed ? ' (closed)' : ''} × claim ${c + 1}`,
            frame: frame.id,
            source: source.id,
            text,
            expect: {
              cue: frame.cue,
              source: source.accept.map((accepted) => (sourceFirst ? capitalise(accepted) : accepted)),
              kind: source.kind,
              anonymous: source.anonymous,
              content: frame.content(claimWritten),
              via: frame.via ? OUTLET : null
            }
          })
        })
      }
    }
  }
  return out
}
