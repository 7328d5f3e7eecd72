import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ggtFigures} from '../src/evaluate/baseline.js'
import {
  formatGgtReport,
  ggtDocumentProblem,
  normalizeName,
  scoreGgt,
  type Accuracy,
  type GgtGoldDocument,
  type GgtGoldQuote,
  type GgtPredictedAttribution,
  type GgtPredictedDocument,
  type GgtPredictedSource,
  type GgtReport,
  type Score
} from '../src/evaluate/index.js'

type Piece = [number, number]

/** Offsets of the `nth` (0-based) occurrence of `needle` in `text`. */
function find(text: string, needle: string, nth = 0): Piece {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at === -1) throw new Error(`"${needle}" not found in test text`)
  }
  return [at, at + needle.length]
}

/** A gold quote: content, speaker (or none) and canonical reference. */
function quote(content: Piece, source: Piece | null, reference: string): GgtGoldQuote {
  return {cue: [], content: [content], source: source ? [source] : [], reference}
}

/** A gold document; `quoted` lists default to empty. */
function goldDoc(
  text: string,
  attributions: GgtGoldQuote[],
  quoted: Partial<GgtGoldDocument['quoted']> = {}
): GgtGoldDocument {
  return {id: 'doc', text, attributions, quoted: {female: [], male: [], unknown: [], ...quoted}}
}

/** A predicted attribution: content in one or more pieces, source mention or none. */
function said(content: Piece[], source: Piece | null, sourceId?: string): GgtPredictedAttribution {
  const [first, last] = [content[0], content[content.length - 1]]
  return {
    content: {
      start: first[0],
      end: last[1],
      ...(content.length > 1 ? {parts: content.map(([start, end]) => ({start, end}))} : {})
    },
    source: source ? {start: source[0], end: source[1], ...(sourceId ? {sourceId} : {})} : null
  }
}

/** A named person source. */
function person(id: string, name: string, gender?: string | null): GgtPredictedSource {
  return {id, name, kind: 'person', anonymous: false, ...(gender === undefined ? {} : {gender})}
}

/** A score with its counts and its expected ratios written out. */
function score(tp: number, fp: number, fn: number, precision: number, recall: number, f1: number): Score {
  return {tp, fp, fn, precision, recall, f1}
}

/** An accuracy with its expected share written out. */
function share(count: number, correct: number, accuracy: number): Accuracy {
  return {count, correct, accuracy}
}

const NONE = score(0, 0, 0, 0, 0, 0)

// One article of our own per case: a quote continued in a second paragraph.
const FERRY = '"The ferry will run again in May," Ana Ruiz said.\n\n"We ordered two new engines."'
// An indirect quote, half of it predicted.
const BRIDGE = 'Omar Haddad said the bridge needs new cables and fresh paint.'
// Ten characters of content, three of them predicted: exactly 30%.
const APPLES = 'Lee said ten apples.'
// One prediction covering half the first gold quote and all of the second.
const RINK = 'Kim said the rink opens Friday and the pool opens Sunday.'
// Speakers and names that disagree.
const PARK =
  'The mayor said the park closes early. A guard said the gates lock at nine. "Bring water," Ana Ruiz’s aide said.'
// A claim split around its cue, and a sentence after it.
const DOCK = 'The dock, Ana Ruiz said, will stay shut until June. The ferry runs on.'
// People quoted of every kind.
const PEOPLE =
  'Dana Fox said yes. City Hall said no. A spokesman said maybe. Raj Patel said later. Mo Li declined to comment.'

const cases: Array<{name: string; gold: GgtGoldDocument; predicted: GgtPredictedDocument; expected: GgtReport}> = [
  {
    name: 'a quote and its continuation paragraph, all right',
    gold: goldDoc(
      FERRY,
      [
        quote(find(FERRY, '"The ferry will run again in May,"'), find(FERRY, 'Ana Ruiz'), 'Ana Ruiz'),
        quote(find(FERRY, '"We ordered two new engines."'), null, 'Ana Ruiz')
      ],
      {female: ['Ana Ruiz']}
    ),
    predicted: {
      attributions: [
        said(
          [find(FERRY, '"The ferry will run again in May,"'), find(FERRY, '"We ordered two new engines."')],
          find(FERRY, 'Ana Ruiz'),
          's1'
        )
      ],
      sources: [person('s1', 'Ana Ruiz', 'female')]
    },
    expected: {
      documents: 1,
      goldQuotes: 2,
      predictedQuotes: 2,
      thresholds: [
        {threshold: 0.3, quotes: score(2, 0, 0, 1, 1, 1), speaker: share(2, 2, 1), canonical: share(2, 2, 1)},
        {threshold: 0.8, quotes: score(2, 0, 0, 1, 1, 1), speaker: share(2, 2, 1), canonical: share(2, 2, 1)}
      ],
      people: {
        overall: score(1, 0, 0, 1, 1, 1),
        byGender: {female: score(1, 0, 0, 1, 1, 1), male: NONE, unknown: NONE},
        gender: share(1, 1, 1)
      }
    }
  },
  {
    name: 'a prediction covering 27 of 43 characters matches at 0.3, not at 0.8',
    gold: goldDoc(
      BRIDGE,
      [quote(find(BRIDGE, 'the bridge needs new cables and fresh paint'), find(BRIDGE, 'Omar Haddad'), 'Omar Haddad')],
      {male: ['Omar Haddad']}
    ),
    predicted: {
      attributions: [said([find(BRIDGE, 'the bridge needs new cables')], find(BRIDGE, 'Omar Haddad'), 's1')],
      sources: [person('s1', 'Omar Haddad', 'male')]
    },
    expected: {
      documents: 1,
      goldQuotes: 1,
      predictedQuotes: 1,
      thresholds: [
        {threshold: 0.3, quotes: score(1, 0, 0, 1, 1, 1), speaker: share(1, 1, 1), canonical: share(1, 1, 1)},
        {threshold: 0.8, quotes: score(0, 1, 1, 0, 0, 0), speaker: share(0, 0, 0), canonical: share(0, 0, 0)}
      ],
      people: {
        overall: score(1, 0, 0, 1, 1, 1),
        byGender: {female: NONE, male: score(1, 0, 0, 1, 1, 1), unknown: NONE},
        gender: share(1, 1, 1)
      }
    }
  },
  {
    name: 'a prediction covering exactly 30% does not match (more than the threshold is needed)',
    gold: goldDoc(APPLES, [quote(find(APPLES, 'ten apples'), find(APPLES, 'Lee'), 'Lee')]),
    predicted: {attributions: [said([find(APPLES, 'ten')], find(APPLES, 'Lee'))]},
    expected: {
      documents: 1,
      goldQuotes: 1,
      predictedQuotes: 1,
      thresholds: [
        {threshold: 0.3, quotes: score(0, 1, 1, 0, 0, 0), speaker: share(0, 0, 0), canonical: share(0, 0, 0)},
        {threshold: 0.8, quotes: score(0, 1, 1, 0, 0, 0), speaker: share(0, 0, 0), canonical: share(0, 0, 0)}
      ],
      people: {overall: NONE, byGender: {female: NONE, male: NONE, unknown: NONE}, gender: share(0, 0, 0)}
    }
  },
  {
    name: 'gold order: the first gold quote takes the prediction at 0.3, the second at 0.8',
    gold: goldDoc(RINK, [
      quote(find(RINK, 'opens Friday'), null, 'Kim'),
      quote(find(RINK, 'the pool opens Sunday'), find(RINK, 'Kim'), 'Kim')
    ]),
    predicted: {
      attributions: [said([find(RINK, 'Friday and the pool opens Sunday')], find(RINK, 'Kim'), 's1')],
      sources: [person('s1', 'Kim')]
    },
    expected: {
      documents: 1,
      goldQuotes: 2,
      predictedQuotes: 1,
      thresholds: [
        {threshold: 0.3, quotes: score(1, 0, 1, 1, 0.5, 2 / 3), speaker: share(1, 0, 0), canonical: share(1, 1, 1)},
        {threshold: 0.8, quotes: score(1, 0, 1, 1, 0.5, 2 / 3), speaker: share(1, 1, 1), canonical: share(1, 1, 1)}
      ],
      people: {
        overall: score(0, 1, 0, 0, 0, 0),
        byGender: {female: NONE, male: NONE, unknown: score(0, 1, 0, 0, 0, 0)},
        gender: share(0, 0, 0)
      }
    }
  },
  {
    name: 'speakers that do not overlap, a missing source, and names normalised',
    gold: goldDoc(PARK, [
      quote(find(PARK, 'the park closes early'), find(PARK, 'The mayor'), 'Mayor Lin'),
      quote(find(PARK, 'the gates lock at nine'), find(PARK, 'A guard'), 'Ben Ode'),
      quote(find(PARK, '"Bring water,"'), find(PARK, 'Ana Ruiz’s aide'), 'ana ruiz')
    ]),
    predicted: {
      attributions: [
        said([find(PARK, 'the park closes early')], find(PARK, 'park'), 's1'),
        said([find(PARK, 'the gates lock at nine')], null),
        said([find(PARK, '"Bring water,"')], find(PARK, 'Ana Ruiz’s'), 's2')
      ],
      sources: [
        {id: 's1', name: 'park', kind: 'unknown', anonymous: false},
        {id: 's2', name: 'Ana Ruiz’s', kind: 'group', anonymous: false}
      ]
    },
    expected: {
      documents: 1,
      goldQuotes: 3,
      predictedQuotes: 3,
      thresholds: [
        {threshold: 0.3, quotes: score(3, 0, 0, 1, 1, 1), speaker: share(3, 1, 1 / 3), canonical: share(3, 1, 1 / 3)},
        {threshold: 0.8, quotes: score(3, 0, 0, 1, 1, 1), speaker: share(3, 1, 1 / 3), canonical: share(3, 1, 1 / 3)}
      ],
      people: {overall: NONE, byGender: {female: NONE, male: NONE, unknown: NONE}, gender: share(0, 0, 0)}
    }
  },
  {
    name: 'people quoted: only named people with content, compared overall and by gender',
    gold: goldDoc(PEOPLE, [], {female: ['Eve Stone'], male: ['Dana Fox'], unknown: ['Raj Patel']}),
    predicted: {
      attributions: [
        said([find(PEOPLE, 'yes')], find(PEOPLE, 'Dana Fox'), 's1'),
        said([find(PEOPLE, 'no')], find(PEOPLE, 'City Hall'), 's2'),
        said([find(PEOPLE, 'maybe')], find(PEOPLE, 'A spokesman'), 's3'),
        said([find(PEOPLE, 'later')], find(PEOPLE, 'Raj Patel'), 's4'),
        {content: null, source: {start: find(PEOPLE, 'Mo Li')[0], end: find(PEOPLE, 'Mo Li')[1], sourceId: 's5'}}
      ],
      sources: [
        person('s1', 'Dana Fox', 'female'),
        {id: 's2', name: 'City Hall', kind: 'organization', anonymous: false},
        {id: 's3', name: 'A spokesman', kind: 'person', anonymous: true},
        person('s4', 'Raj Patel', null),
        person('s5', 'Mo Li', 'male')
      ]
    },
    expected: {
      documents: 1,
      goldQuotes: 0,
      predictedQuotes: 4,
      thresholds: [
        {threshold: 0.3, quotes: score(0, 4, 0, 0, 0, 0), speaker: share(0, 0, 0), canonical: share(0, 0, 0)},
        {threshold: 0.8, quotes: score(0, 4, 0, 0, 0, 0), speaker: share(0, 0, 0), canonical: share(0, 0, 0)}
      ],
      people: {
        overall: score(2, 0, 1, 1, 2 / 3, 0.8),
        byGender: {female: score(0, 1, 1, 0, 0, 0), male: score(0, 0, 1, 0, 0, 0), unknown: score(1, 0, 0, 1, 1, 1)},
        gender: share(2, 1, 0.5)
      }
    }
  },
  {
    name: 'a claim split around its cue: the later piece in the cue sentence keeps the speaker, one past it floats',
    gold: goldDoc(
      DOCK,
      [
        quote(find(DOCK, 'The dock'), find(DOCK, 'Ana Ruiz'), 'Ana Ruiz'),
        quote(find(DOCK, 'will stay shut until June'), find(DOCK, 'Ana Ruiz'), 'Ana Ruiz'),
        quote(find(DOCK, 'The ferry runs on.'), null, 'Ana Ruiz')
      ],
      {female: ['Ana Ruiz']}
    ),
    predicted: {
      attributions: [
        {
          ...said(
            [find(DOCK, 'The dock'), find(DOCK, 'will stay shut until June'), find(DOCK, 'The ferry runs on.')],
            find(DOCK, 'Ana Ruiz'),
            's1'
          ),
          sentence: {start: 0, end: DOCK.indexOf(' The ferry')}
        }
      ],
      sources: [person('s1', 'Ana Ruiz', 'female')]
    },
    expected: {
      documents: 1,
      goldQuotes: 3,
      predictedQuotes: 3,
      thresholds: [
        {threshold: 0.3, quotes: score(3, 0, 0, 1, 1, 1), speaker: share(3, 3, 1), canonical: share(3, 3, 1)},
        {threshold: 0.8, quotes: score(3, 0, 0, 1, 1, 1), speaker: share(3, 3, 1), canonical: share(3, 3, 1)}
      ],
      people: {
        overall: score(1, 0, 0, 1, 1, 1),
        byGender: {female: score(1, 0, 0, 1, 1, 1), male: NONE, unknown: NONE},
        gender: share(1, 1, 1)
      }
    }
  }
]

describe('scoreGgt', () => {
  it.each(cases)('$name', ({gold, predicted, expected}) => {
    expect(scoreGgt([gold], [predicted])).toEqual(expected)
  })

  it('takes the thresholds asked for, in order', () => {
    const {gold, predicted} = cases[1]
    expect(scoreGgt([gold], [predicted], {thresholds: [0.9, 0.5]}).thresholds).toEqual([
      {threshold: 0.9, quotes: score(0, 1, 1, 0, 0, 0), speaker: share(0, 0, 0), canonical: share(0, 0, 0)},
      {threshold: 0.5, quotes: score(1, 0, 0, 1, 1, 1), speaker: share(1, 1, 1), canonical: share(1, 1, 1)}
    ])
  })

  it('counts only the speech categories unless told otherwise', () => {
    const {gold} = cases[1]
    const belief = {
      ...said([find(BRIDGE, 'the bridge needs new cables')], find(BRIDGE, 'Omar Haddad'), 's1'),
      category: 'belief'
    }
    const predicted = {attributions: [belief], sources: [person('s1', 'Omar Haddad', 'male')]}
    const speechOnly = scoreGgt([gold], [predicted])
    const withBeliefs = scoreGgt([gold], [predicted], {categories: ['speech', 'belief']})
    expect([speechOnly.predictedQuotes, speechOnly.thresholds[0].quotes, speechOnly.people.overall]).toEqual([
      0,
      score(0, 0, 1, 0, 0, 0),
      score(0, 0, 1, 0, 0, 0)
    ])
    expect([withBeliefs.predictedQuotes, withBeliefs.thresholds[0].quotes, withBeliefs.people.overall]).toEqual([
      1,
      score(1, 0, 0, 1, 1, 1),
      score(1, 0, 0, 1, 1, 1)
    ])
  })

  const errors: Array<{name: string; run: () => unknown; message: string}> = [
    {
      name: 'gold not an array',
      run: () => scoreGgt({} as never, []),
      message: 'scoreGgt: expected `gold` to be an array of documents, got object'
    },
    {
      name: 'one prediction short',
      run: () => scoreGgt([cases[0].gold], []),
      message: 'scoreGgt: expected `predicted` to be an array of 1 results, one per gold document'
    },
    {
      name: 'a threshold of 1',
      run: () => scoreGgt([], [], {thresholds: [1]}),
      message: 'scoreGgt: expected `options.thresholds` to be an array of numbers in [0, 1)'
    },
    {
      name: 'categories that are not names',
      run: () => scoreGgt([], [], {categories: [1] as never}),
      message: 'scoreGgt: expected `options.categories` to be an array of category names'
    },
    {
      name: 'a gold document without quoted',
      run: () => scoreGgt([{...cases[0].gold, quoted: undefined} as never], [cases[0].predicted]),
      message: 'scoreGgt: gold document 0 is malformed: `quoted` is not an object'
    },
    {
      name: 'a prediction without attributions',
      run: () => scoreGgt([cases[0].gold], [{} as never]),
      message: 'scoreGgt: expected `predicted[0].attributions` to be an array'
    }
  ]
  it.each(errors)('rejects $name', ({run, message}) => {
    expect(run).toThrow(new TypeError(message))
  })

  it('finds every quote when the predictions are the gold quotes themselves', () => {
    // Disjoint gold quotes over a 200-character text, predicted in any order.
    const quotes = fc
      .uniqueArray(fc.integer({min: 0, max: 19}), {minLength: 1, maxLength: 10})
      .chain((slots) =>
        fc.tuple(fc.constant(slots.map((slot): Piece => [slot * 10, slot * 10 + 1 + (slot % 9)])), fc.nat())
      )
    fc.assert(
      fc.property(quotes, ([pieces, seed]) => {
        const text = 'x'.repeat(200)
        const gold = goldDoc(
          text,
          pieces.map((piece) => quote(piece, null, 'Someone'))
        )
        const order = pieces.map((_, i) => pieces[(i + seed) % pieces.length])
        const report = scoreGgt([gold], [{attributions: order.map((piece) => said([piece], null))}])
        const all = score(pieces.length, 0, 0, 1, 1, 1)
        return report.thresholds.every(
          (t) => JSON.stringify(t.quotes) === JSON.stringify(all) && t.speaker.accuracy === 1
        )
      }),
      {numRuns: 200}
    )
  })
})

describe('ggtDocumentProblem', () => {
  const base = cases[0].gold
  const problems: Array<{name: string; value: unknown; problem: string | null}> = [
    {name: 'a well-formed document', value: base, problem: null},
    {
      name: 'a quote without reference',
      value: {...base, attributions: [{...base.attributions[0], reference: undefined}]},
      problem: '`attributions[0].reference` is not a string'
    },
    {
      name: 'a gender list that is not an array',
      value: {...base, quoted: {female: [], male: 'Omar', unknown: []}},
      problem: '`quoted.male` is not an array of names'
    },
    {
      name: 'a name that is not a string',
      value: {...base, quoted: {female: [3], male: [], unknown: []}},
      problem: '`quoted.female` is not an array of names'
    },
    {name: 'a plain gold problem first', value: {...base, text: 5}, problem: '`text` is not a string'}
  ]
  it.each(problems)('$name', ({value, problem}) => {
    expect(ggtDocumentProblem(value)).toBe(problem)
  })
})

describe('normalizeName', () => {
  const names: Array<[string, string]> = [
    ['Ana Ruiz', 'ana ruiz'],
    ["Ana Ruiz's", 'ana ruiz'],
    ['Ana Ruiz’s', 'ana ruiz'],
    ["Jean-Luc O'Neil", 'jean luc o neil'],
    ['  Dr.  Kim ', 'dr kim'],
    ['Ｆｏｘ', 'fox'],
    ['Zoë Côté', 'zoë côté'],
    ['—', ''],
    ['The Harbour Board', 'harbour board'],
    ['the  Harbour Board', 'harbour board'],
    ['Theodora Pike', 'theodora pike']
  ]
  it.each(names)('%s → %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected)
  })
})

describe('formatGgtReport', () => {
  it('says how often the gender was right', () => {
    expect(
      formatGgtReport(scoreGgt([cases[5].gold], [cases[5].predicted]))
        .split('\n')
        .pop()
    ).toBe('Gender right for 1 of the 2 people found (50.0%).')
  })

  it('prints the quote and people tables', () => {
    expect(formatGgtReport(scoreGgt([cases[3].gold], [cases[3].predicted]))).toBe(
      [
        'Gender Gap Tracker measures: 1 documents, 2 gold quotes, 1 predicted (one per content piece)',
        '',
        'coverage >  quote P     R    F1  speaker  canonical  matched',
        '----------  -------  ----  ----  -------  ---------  -------',
        '0.3           100.0  50.0  66.7      0.0      100.0        1',
        '0.8           100.0  50.0  66.7    100.0      100.0        1',
        '(speaker and canonical: shares of the matched quotes)',
        '',
        'people quoted    P    R   F1  gold  predicted',
        '-------------  ---  ---  ---  ----  ---------',
        'overall        0.0  0.0  0.0     0          1',
        'female         0.0  0.0  0.0     0          0',
        'male           0.0  0.0  0.0     0          0',
        'unknown        0.0  0.0  0.0     0          1',
        'Gender: no gold person quoted was found.'
      ].join('\n')
    )
  })
})

describe('ggtFigures', () => {
  it('names every GGT figure a baseline keeps', () => {
    expect(ggtFigures(scoreGgt([cases[3].gold], [cases[3].predicted]))).toEqual({
      'ggt.quotes@0.3': 2 / 3,
      'ggt.speaker@0.3': 0,
      'ggt.canonical@0.3': 1,
      'ggt.quotes@0.8': 2 / 3,
      'ggt.speaker@0.8': 1,
      'ggt.canonical@0.8': 1,
      'ggt.people': 0,
      'ggt.gender': 0
    })
  })
})
