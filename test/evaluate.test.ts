import {describe, expect, it} from 'vitest'
import {
  compareBaseline,
  formatReport,
  GoldFormatError,
  parseGoldJsonl,
  scoreDocuments,
  scorePredictions,
  toBaseline,
  trimBoundaries,
  type EvaluationReport,
  type GoldAttribution,
  type GoldDocument,
  type PredictedAttribution,
  type Score
} from '../src/evaluate/index.js'
import {parseCliArguments, UsageError} from '../src/evaluate/cli-args.js'
import {sentenceContext} from '../src/evaluate/context.js'

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

/** A predicted span from offsets. */
function span([start, end]: Piece): {start: number; end: number} {
  return {start, end}
}

/** A gold relation from single-piece offsets; `source` may be omitted. */
function gold(cue: Piece, content: Piece, source?: Piece, type = 'indirect'): GoldAttribution {
  return {cue: [cue], content: [content], source: source ? [source] : [], type}
}

/** A prediction from offsets; `source` and `content` may be null. */
function predicted(cue: Piece, content: Piece | null, source: Piece | null): PredictedAttribution {
  return {cue: span(cue), content: content ? span(content) : null, source: source ? span(source) : null}
}

/** A score with its counts and its expected ratios written out. */
function score(tp: number, fp: number, fn: number, precision: number, recall: number, f1: number): Score {
  return {tp, fp, fn, precision, recall, f1}
}

const ZERO = (fp: number, fn: number): Score => score(0, fp, fn, 0, 0, 0)
const PERFECT = (n: number): Score => score(n, 0, 0, 1, 1, 1)

/** The role and linked scores of a report, for compact comparison. */
function scores(report: EvaluationReport) {
  return {
    cue: report.roles.cue,
    source: report.roles.source,
    content: report.roles.content,
    linked: report.linked
  }
}

// Invented sentences used below.
const T1 = 'The harbour master said the ferry would sail again on Friday.'
const T2 = '\u201cOur players are ready,\u201d the coach said, before the final.'
const T3 = '\u201cThe count was honest,\u201d she said, \u201cand we accept it.\u201d'
const T4 = 'He said rents rose. He also said wages fell.'
const T5 = 'Rain is expected tomorrow, forecasters warned on Sunday evening.'

interface ScoringCase {
  name: string
  documents: GoldDocument[]
  predictions: PredictedAttribution[][]
  expected: ReturnType<typeof scores>
}

const scoringCases: ScoringCase[] = [
  {
    name: 'exact needs identical boundaries, overlap one shared character',
    documents: [
      {
        id: 'd',
        text: T1,
        attributions: [
          gold(find(T1, 'said'), find(T1, 'the ferry would sail again on Friday'), find(T1, 'The harbour master'))
        ]
      }
    ],
    predictions: [[predicted(find(T1, 'said'), find(T1, 'the ferry would sail'), find(T1, 'harbour master'))]],
    expected: {
      cue: {exact: PERFECT(1), overlap: PERFECT(1)},
      source: {exact: ZERO(1, 1), overlap: PERFECT(1)},
      content: {exact: ZERO(1, 1), overlap: PERFECT(1)},
      linked: PERFECT(1)
    }
  },
  {
    name: 'exact matching trims quotation marks, commas and periods on both sides',
    documents: [
      {
        id: 'd',
        text: T2,
        attributions: [
          gold(find(T2, 'said,'), find(T2, '\u201cOur players are ready,\u201d'), find(T2, 'the coach'), 'direct')
        ]
      }
    ],
    predictions: [[predicted(find(T2, 'said'), find(T2, 'Our players are ready'), find(T2, ' the coach'))]],
    expected: {
      cue: {exact: PERFECT(1), overlap: PERFECT(1)},
      source: {exact: PERFECT(1), overlap: PERFECT(1)},
      content: {exact: PERFECT(1), overlap: PERFECT(1)},
      linked: PERFECT(1)
    }
  },
  {
    name: 'one to one: two predicted cues overlapping one gold cue give 1 TP and 1 FP',
    documents: [
      {
        id: 'd',
        text: T1,
        attributions: [
          gold(find(T1, 'said'), find(T1, 'the ferry would sail again on Friday'), find(T1, 'The harbour master'))
        ]
      }
    ],
    predictions: [
      [
        predicted(find(T1, 'said'), find(T1, 'the ferry would sail again on Friday'), find(T1, 'The harbour master')),
        predicted(find(T1, 'master said'), null, null)
      ]
    ],
    expected: {
      cue: {exact: score(1, 1, 0, 0.5, 1, 2 / 3), overlap: score(1, 1, 0, 0.5, 1, 2 / 3)},
      source: {exact: PERFECT(1), overlap: PERFECT(1)},
      content: {exact: PERFECT(1), overlap: PERFECT(1)},
      linked: score(1, 1, 0, 0.5, 1, 2 / 3)
    }
  },
  {
    name: 'multi-piece gold content counts from its first to its last piece',
    documents: [
      {
        id: 'd',
        text: T3,
        attributions: [
          {
            cue: [find(T3, 'said')],
            source: [find(T3, 'she')],
            content: [find(T3, '\u201cThe count was honest,\u201d'), find(T3, '\u201cand we accept it.\u201d')],
            type: 'direct'
          }
        ]
      }
    ],
    predictions: [
      [
        {
          cue: span(find(T3, 'said')),
          source: span(find(T3, 'she')),
          content: {
            start: 1,
            end: T3.length - 2,
            parts: [span(find(T3, 'The count was honest')), span(find(T3, 'and we accept it'))]
          }
        } as PredictedAttribution
      ]
    ],
    expected: {
      cue: {exact: PERFECT(1), overlap: PERFECT(1)},
      source: {exact: PERFECT(1), overlap: PERFECT(1)},
      content: {exact: PERFECT(1), overlap: PERFECT(1)},
      linked: PERFECT(1)
    }
  },
  {
    name: 'a prediction covering only the first piece of a split quote overlaps but is not exact',
    documents: [
      {
        id: 'd',
        text: T3,
        attributions: [
          {
            cue: [find(T3, 'said')],
            source: [find(T3, 'she')],
            content: [find(T3, '\u201cThe count was honest,\u201d'), find(T3, '\u201cand we accept it.\u201d')]
          }
        ]
      }
    ],
    predictions: [[predicted(find(T3, 'said'), find(T3, 'The count was honest'), find(T3, 'she'))]],
    expected: {
      cue: {exact: PERFECT(1), overlap: PERFECT(1)},
      source: {exact: PERFECT(1), overlap: PERFECT(1)},
      content: {exact: ZERO(1, 1), overlap: PERFECT(1)},
      linked: PERFECT(1)
    }
  },
  {
    name: 'a gold relation without a source links with a null predicted source',
    documents: [{id: 'd', text: T5, attributions: [gold(find(T5, 'warned'), find(T5, 'Rain is expected tomorrow'))]}],
    predictions: [[predicted(find(T5, 'warned'), find(T5, 'Rain is expected tomorrow'), null)]],
    expected: {
      cue: {exact: PERFECT(1), overlap: PERFECT(1)},
      source: {exact: ZERO(0, 0), overlap: ZERO(0, 0)},
      content: {exact: PERFECT(1), overlap: PERFECT(1)},
      linked: PERFECT(1)
    }
  },
  {
    name: 'a gold relation without a source links with any predicted source, which is a source FP',
    documents: [{id: 'd', text: T5, attributions: [gold(find(T5, 'warned'), find(T5, 'Rain is expected tomorrow'))]}],
    predictions: [[predicted(find(T5, 'warned'), find(T5, 'Rain is expected'), find(T5, 'forecasters'))]],
    expected: {
      cue: {exact: PERFECT(1), overlap: PERFECT(1)},
      source: {exact: ZERO(1, 0), overlap: ZERO(1, 0)},
      content: {exact: ZERO(1, 1), overlap: PERFECT(1)},
      linked: PERFECT(1)
    }
  },
  {
    name: 'a null predicted source does not link to a gold relation that has a source',
    documents: [
      {
        id: 'd',
        text: T1,
        attributions: [
          gold(find(T1, 'said'), find(T1, 'the ferry would sail again on Friday'), find(T1, 'The harbour master'))
        ]
      }
    ],
    predictions: [[predicted(find(T1, 'said'), find(T1, 'the ferry would sail again on Friday'), null)]],
    expected: {
      cue: {exact: PERFECT(1), overlap: PERFECT(1)},
      source: {exact: ZERO(0, 1), overlap: ZERO(0, 1)},
      content: {exact: PERFECT(1), overlap: PERFECT(1)},
      linked: ZERO(1, 1)
    }
  },
  {
    name: 'roles of one prediction spread over two gold relations do not link',
    documents: [
      {
        id: 'd',
        text: T4,
        attributions: [
          gold(find(T4, 'said'), find(T4, 'rents rose'), find(T4, 'He')),
          gold(find(T4, 'said', 1), find(T4, 'wages fell'), find(T4, 'He', 1))
        ]
      }
    ],
    predictions: [[predicted(find(T4, 'said'), find(T4, 'wages fell'), find(T4, 'He'))]],
    expected: {
      cue: {exact: score(1, 0, 1, 1, 0.5, 2 / 3), overlap: score(1, 0, 1, 1, 0.5, 2 / 3)},
      source: {exact: score(1, 0, 1, 1, 0.5, 2 / 3), overlap: score(1, 0, 1, 1, 0.5, 2 / 3)},
      content: {exact: score(1, 0, 1, 1, 0.5, 2 / 3), overlap: score(1, 0, 1, 1, 0.5, 2 / 3)},
      linked: ZERO(1, 2)
    }
  },
  {
    name: 'identical spans within a document count once per role, on both sides',
    documents: [
      {
        id: 'd',
        text: T4,
        attributions: [
          gold(find(T4, 'said'), find(T4, 'rents rose'), find(T4, 'He')),
          gold(find(T4, 'said', 1), find(T4, 'wages fell'), find(T4, 'He'))
        ]
      }
    ],
    predictions: [
      [
        predicted(find(T4, 'said'), find(T4, 'rents rose'), find(T4, 'He')),
        predicted(find(T4, 'said', 1), find(T4, 'wages fell'), find(T4, 'He'))
      ]
    ],
    expected: {
      cue: {exact: PERFECT(2), overlap: PERFECT(2)},
      source: {exact: PERFECT(1), overlap: PERFECT(1)},
      content: {exact: PERFECT(2), overlap: PERFECT(2)},
      linked: PERFECT(2)
    }
  },
  {
    name: 'greedy pairing takes the largest overlap first, even when another pairing would match more',
    // Gold contents [0, 10) and [10, 20); predicted [5, 20) overlaps them by 5 and 10, [12, 20) the second by 8.
    documents: [
      {
        id: 'd',
        text: T1,
        attributions: [
          {cue: [[30, 34]], source: [], content: [[0, 10]]},
          {cue: [[40, 44]], source: [], content: [[10, 20]]}
        ]
      }
    ],
    predictions: [
      [
        {cue: {start: 50, end: 54}, content: {start: 12, end: 20}, source: null},
        {cue: {start: 55, end: 58}, content: {start: 5, end: 20}, source: null}
      ]
    ],
    expected: {
      cue: {exact: ZERO(2, 2), overlap: ZERO(2, 2)},
      source: {exact: ZERO(0, 0), overlap: ZERO(0, 0)},
      content: {exact: ZERO(2, 2), overlap: score(1, 1, 1, 0.5, 0.5, 0.5)},
      linked: ZERO(2, 2)
    }
  },
  {
    name: 'counts add up over documents',
    documents: [
      {
        id: 'a',
        text: T1,
        attributions: [
          gold(find(T1, 'said'), find(T1, 'the ferry would sail again on Friday'), find(T1, 'The harbour master'))
        ]
      },
      {id: 'b', text: T5, attributions: [gold(find(T5, 'warned'), find(T5, 'Rain is expected tomorrow'))]}
    ],
    predictions: [
      [predicted(find(T1, 'said'), find(T1, 'the ferry would sail again on Friday'), find(T1, 'The harbour master'))],
      []
    ],
    expected: {
      cue: {exact: score(1, 0, 1, 1, 0.5, 2 / 3), overlap: score(1, 0, 1, 1, 0.5, 2 / 3)},
      source: {exact: PERFECT(1), overlap: PERFECT(1)},
      content: {exact: score(1, 0, 1, 1, 0.5, 2 / 3), overlap: score(1, 0, 1, 1, 0.5, 2 / 3)},
      linked: score(1, 0, 1, 1, 0.5, 2 / 3)
    }
  },
  {
    name: 'no gold relation: predictions give precision 0 and a 0/0 recall of 0',
    documents: [{id: 'd', text: T5, attributions: []}],
    predictions: [[predicted(find(T5, 'warned'), find(T5, 'Rain is expected tomorrow'), find(T5, 'forecasters'))]],
    expected: {
      cue: {exact: ZERO(1, 0), overlap: ZERO(1, 0)},
      source: {exact: ZERO(1, 0), overlap: ZERO(1, 0)},
      content: {exact: ZERO(1, 0), overlap: ZERO(1, 0)},
      linked: ZERO(1, 0)
    }
  },
  {
    name: 'no gold and no prediction: every 0/0 is 0',
    documents: [{id: 'd', text: T5, attributions: []}],
    predictions: [[]],
    expected: {
      cue: {exact: ZERO(0, 0), overlap: ZERO(0, 0)},
      source: {exact: ZERO(0, 0), overlap: ZERO(0, 0)},
      content: {exact: ZERO(0, 0), overlap: ZERO(0, 0)},
      linked: ZERO(0, 0)
    }
  },
  {
    name: 'no document at all',
    documents: [],
    predictions: [],
    expected: {
      cue: {exact: ZERO(0, 0), overlap: ZERO(0, 0)},
      source: {exact: ZERO(0, 0), overlap: ZERO(0, 0)},
      content: {exact: ZERO(0, 0), overlap: ZERO(0, 0)},
      linked: ZERO(0, 0)
    }
  }
]

describe('scorePredictions: role and linked scores', () => {
  it.each(scoringCases)('$name', ({documents, predictions, expected}) => {
    const report = scorePredictions(
      documents,
      predictions.map((attributions) => ({attributions}))
    )
    expect(scores(report)).toEqual(expected)
  })

  it('gives the same result whatever the order of the predictions', () => {
    const documents: GoldDocument[] = [
      {
        id: 'd',
        text: T1,
        attributions: [
          {cue: [[30, 34]], source: [], content: [[0, 10]]},
          {cue: [[40, 44]], source: [], content: [[10, 20]]}
        ]
      }
    ]
    const a: PredictedAttribution = {cue: {start: 50, end: 54}, content: {start: 12, end: 20}, source: null}
    const b: PredictedAttribution = {cue: {start: 55, end: 58}, content: {start: 5, end: 20}, source: null}
    const one = scorePredictions(documents, [{attributions: [a, b]}])
    const two = scorePredictions(documents, [{attributions: [b, a]}])
    expect(scores(two)).toEqual(scores(one))
  })
})

describe('trimBoundaries', () => {
  const cases: Array<{name: string; text: string; range: Piece; expected: Piece}> = [
    {name: 'curly quotes and a comma', text: '\u201cWe won,\u201d he said', range: [0, 9], expected: [1, 7]},
    {name: 'straight quotes and a period', text: '"Go home." x', range: [0, 10], expected: [1, 8]},
    {name: 'guillemets, dash and spaces', text: ' \u00ab Calm \u00bb \u2014 ', range: [0, 12], expected: [3, 7]},
    {name: 'colon and semicolon', text: 'said: yes;', range: [0, 10], expected: [0, 9]},
    {name: 'nothing to trim', text: 'said', range: [0, 4], expected: [0, 4]},
    {name: 'only punctuation keeps its place', text: 'a \u2014 b', range: [2, 3], expected: [2, 3]}
  ]
  it.each(cases)('$name', ({text, range, expected}) => {
    expect(trimBoundaries(text, range[0], range[1])).toEqual(expected)
  })
})

describe('breakdowns', () => {
  const text = 'Ann said taxes would fall. Bob said they would rise. Cy argued nothing. Dee noted the rain.'
  const documents: GoldDocument[] = [
    {
      id: 'doc',
      text,
      attributions: [
        gold(find(text, 'said'), find(text, 'taxes would fall'), find(text, 'Ann'), 'indirect'),
        gold(find(text, 'said', 1), find(text, 'they would rise'), find(text, 'Bob'), 'indirect'),
        gold(find(text, 'argued'), find(text, 'nothing'), find(text, 'Cy'), 'direct')
      ]
    }
  ]
  const predictions = [
    {
      attributions: [
        predicted(find(text, 'said'), find(text, 'taxes would fall'), find(text, 'Ann')),
        predicted(find(text, 'noted'), find(text, 'the rain'), find(text, 'Dee'))
      ]
    }
  ]
  const report = scorePredictions(documents, predictions, {topCues: 2, examplesPerGroup: 1})

  it('gives recall by gold type, most frequent type first', () => {
    expect(report.byType).toEqual([
      {
        type: 'indirect',
        relations: 2,
        cue: {exact: {count: 2, found: 1, recall: 0.5}, overlap: {count: 2, found: 1, recall: 0.5}},
        source: {exact: {count: 2, found: 1, recall: 0.5}, overlap: {count: 2, found: 1, recall: 0.5}},
        content: {exact: {count: 2, found: 1, recall: 0.5}, overlap: {count: 2, found: 1, recall: 0.5}},
        linked: {count: 2, found: 1, recall: 0.5}
      },
      {
        type: 'direct',
        relations: 1,
        cue: {exact: {count: 1, found: 0, recall: 0}, overlap: {count: 1, found: 0, recall: 0}},
        source: {exact: {count: 1, found: 0, recall: 0}, overlap: {count: 1, found: 0, recall: 0}},
        content: {exact: {count: 1, found: 0, recall: 0}, overlap: {count: 1, found: 0, recall: 0}},
        linked: {count: 1, found: 0, recall: 0}
      }
    ])
  })

  it('gives cue recall for the most frequent gold cues', () => {
    expect(report.byCue).toEqual([
      {cue: 'said', count: 2, found: 1, recall: 0.5, linked: 1},
      {cue: 'argued', count: 1, found: 0, recall: 0, linked: 0}
    ])
  })

  it('groups misses by cue with their sentence', () => {
    expect(report.misses).toEqual([
      {cue: 'argued', count: 1, examples: [{document: 'doc', start: 56, end: 62, context: 'Cy [argued] nothing.'}]},
      {cue: 'said', count: 1, examples: [{document: 'doc', start: 31, end: 35, context: 'Bob [said] they would rise.'}]}
    ])
  })

  it('lists predictions whose cue overlaps no gold cue as false alarms', () => {
    expect(report.falseAlarms).toEqual([
      {cue: 'noted', count: 1, examples: [{document: 'doc', start: 76, end: 81, context: 'Dee [noted] the rain.'}]}
    ])
  })

  it('counts relations and leaves throughput out when predictions are given', () => {
    expect([report.documents, report.goldRelations, report.predictedRelations, report.throughput]).toEqual([
      1,
      3,
      2,
      null
    ])
  })

  it('prints a report that names every section', () => {
    const printed = formatReport(report)
    for (const heading of ['role', 'linked', 'Recall by gold type', 'Cue recall', 'Misses', 'False alarms']) {
      expect(printed).toContain(heading)
    }
  })
})

describe('sentenceContext', () => {
  const cases: Array<{name: string; text: string; pieces: Piece[]; max: number; expected: string}> = [
    {
      name: 'stops at sentence ends',
      text: 'One. Two said so. Three.',
      pieces: [[9, 13]],
      max: 100,
      expected: 'Two [said] so.'
    },
    {
      name: 'stops after closing quotes',
      text: '\u201cNo.\u201d Eve said it. Then.',
      pieces: [[10, 14]],
      max: 100,
      expected: 'Eve [said] it.'
    },
    {
      name: 'goes on after abbreviations and initials',
      text: 'Go. Mrs. Ode and J. Lim said so. End.',
      pieces: [[24, 28]],
      max: 100,
      expected: 'Mrs. Ode and J. Lim [said] so.'
    },
    {
      name: 'stops at line breaks',
      text: 'Title\nKim said yes\nNext',
      pieces: [[10, 14]],
      max: 100,
      expected: 'Kim [said] yes'
    },
    {
      name: 'brackets every piece',
      text: 'Lu quoted him as saying no.',
      pieces: [
        [3, 9],
        [17, 23]
      ],
      max: 100,
      expected: 'Lu [quoted] him as [saying] no.'
    },
    {
      name: 'cuts long sides',
      text: 'abcdefgh said ijklmnop',
      pieces: [[9, 13]],
      max: 3,
      expected: '\u2026gh [said] ij\u2026'
    }
  ]
  it.each(cases)('$name', ({text, pieces, max, expected}) => {
    expect(
      sentenceContext(
        text,
        pieces.map(([start, end]) => ({start, end})),
        max
      )
    ).toEqual(expected)
  })
})

describe('scoreDocuments', () => {
  it('runs predict on every text and reports throughput', () => {
    const documents: GoldDocument[] = [{id: 'd', text: T5, attributions: []}]
    const seen: string[] = []
    const report = scoreDocuments(documents, (text) => {
      seen.push(text)
      return {attributions: []}
    })
    expect(seen).toEqual([T5])
    expect(report.throughput?.documents).toEqual(1)
    expect(report.throughput?.megabytes).toEqual(T5.length / 1e6)
  })

  it('counts UTF-8 bytes for throughput', () => {
    const text = 'caf\u00e9 \u201cok\u201d \ud83d\ude00'
    const report = scoreDocuments([{id: 'u', text, attributions: []}], () => ({attributions: []}))
    expect(report.throughput?.megabytes).toEqual(19 / 1e6)
  })
})

describe('argument errors', () => {
  const cases: Array<{name: string; run: () => unknown; message: string}> = [
    {
      name: 'gold not an array',
      run: () => scorePredictions('x' as never, []),
      message: 'expected `gold` to be an array'
    },
    {
      name: 'predictions of another length',
      run: () => scorePredictions([{id: 'd', text: '', attributions: []}], []),
      message: 'one prediction per gold document (1), got 0'
    },
    {
      name: 'malformed gold document',
      run: () =>
        scorePredictions(
          [{id: 'd', text: 'ab', attributions: [{cue: [[0, 9]], source: [], content: []}]}],
          [{attributions: []}]
        ),
      message: 'gold document 0 is malformed: `attributions[0].cue` has a piece [0, 9] outside the text (length 2)'
    },
    {
      name: 'predict not a function',
      run: () => scoreDocuments([], 'x' as never),
      message: 'expected `predict` to be a function'
    },
    {
      name: 'bad option',
      run: () => scorePredictions([], [], {topCues: -1}),
      message: 'expected `options.topCues` to be a non-negative integer, got -1'
    }
  ]
  it.each(cases)('$name', ({run, message}) => {
    expect(run).toThrow(TypeError)
    expect(run).toThrow(message)
  })
})

describe('parseGoldJsonl', () => {
  const good =
    '{"id":"a","text":"Jo said hi.","attributions":[{"cue":[[3,7]],"source":[[0,2]],"content":[[8,10]],"type":"indirect"}]}'
  it('reads one document per non-blank line', () => {
    expect(parseGoldJsonl(good + '\n\n' + good + '\n').map((d) => d.id)).toEqual(['a', 'a'])
  })

  const errors: Array<{name: string; text: string; line: number; message: string}> = [
    {
      name: 'invalid JSON names its line',
      text: good + '\n{"id": "b",\n',
      line: 2,
      message: 'dev.jsonl:2: invalid JSON'
    },
    {
      name: 'a missing text names its line',
      text: '\n' + good + '\n{"id":"c","attributions":[]}',
      line: 3,
      message: 'dev.jsonl:3: `text` is not a string'
    },
    {
      name: 'a bad piece names its line',
      text: '{"id":"d","text":"ab","attributions":[{"cue":[[1]],"source":[],"content":[]}]}',
      line: 1,
      message: 'dev.jsonl:1: `attributions[0].cue` has a piece that is not [start, end]'
    }
  ]
  it.each(errors)('$name', ({text, line, message}) => {
    let caught: unknown
    try {
      parseGoldJsonl(text, {name: 'dev.jsonl'})
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(GoldFormatError)
    expect((caught as GoldFormatError).line).toEqual(line)
    expect((caught as Error).message.startsWith(message)).toBe(true)
  })

  it('rejects a non-string text with a TypeError', () => {
    expect(() => parseGoldJsonl(42 as never)).toThrow('parseGoldJsonl: expected `text` to be a string, got number')
  })
})

describe('baselines', () => {
  const text = 'Max said it rained.'
  const documents: GoldDocument[] = [
    {id: 'd', text, attributions: [gold(find(text, 'said'), find(text, 'it rained'), find(text, 'Max'))]}
  ]
  const report = scorePredictions(documents, [
    {attributions: [predicted(find(text, 'said'), find(text, 'it rained'), null)]}
  ])
  const baseline = toBaseline(report)

  it('stores every F1 rounded to four decimals', () => {
    expect(baseline).toEqual({
      format: 'whosaid-eval-baseline/1',
      documents: 1,
      f1: {
        'cue.exact': 1,
        'cue.overlap': 1,
        'source.exact': 0,
        'source.overlap': 0,
        'content.exact': 1,
        'content.overlap': 1,
        linked: 0
      }
    })
  })

  const comparisons: Array<{name: string; f1: Record<string, number>; tolerance: number; expected: unknown}> = [
    {name: 'equal figures pass', f1: baseline.f1, tolerance: 0, expected: []},
    {name: 'a drop within the tolerance passes', f1: {...baseline.f1, linked: 0.005}, tolerance: 0.01, expected: []},
    {
      name: 'a larger drop is named',
      f1: {...baseline.f1, linked: 0.25},
      tolerance: 0.01,
      expected: [{figure: 'linked', baseline: 0.25, current: 0}]
    },
    {
      name: 'an unknown figure is a regression',
      f1: {extra: 0.5},
      tolerance: 0.01,
      expected: [{figure: 'extra', baseline: 0.5, current: Number.NaN}]
    }
  ]
  it.each(comparisons)('$name', ({f1, tolerance, expected}) => {
    expect(compareBaseline(report, {...baseline, f1}, tolerance)).toEqual(expected)
  })

  it('rejects something that is not a baseline', () => {
    expect(() => compareBaseline(report, {f1: {}}, 0.01)).toThrow(
      'expected a baseline object with format "whosaid-eval-baseline/1"'
    )
  })
})

describe('parseCliArguments', () => {
  const defaults = {
    gold: 'g.jsonl',
    json: null,
    baseline: null,
    writeBaseline: null,
    tolerance: 0.01,
    misses: 10,
    limit: null,
    ggt: false,
    help: false
  }
  const cases: Array<{name: string; argv: string[]; expected: unknown}> = [
    {name: 'a gold file alone', argv: ['g.jsonl'], expected: defaults},
    {
      name: 'every option',
      argv: [
        'g.jsonl',
        '--json',
        'o.json',
        '--baseline=b.json',
        '--write-baseline',
        'w.json',
        '--tolerance',
        '0.02',
        '--misses',
        '5',
        '--limit=7',
        '--ggt'
      ],
      expected: {
        ...defaults,
        json: 'o.json',
        baseline: 'b.json',
        writeBaseline: 'w.json',
        tolerance: 0.02,
        misses: 5,
        limit: 7,
        ggt: true
      }
    },
    {name: 'options before the gold file', argv: ['--misses=0', 'g.jsonl'], expected: {...defaults, misses: 0}},
    {name: 'help needs no gold file', argv: ['-h'], expected: {...defaults, gold: '', help: true}},
    {
      name: 'a gold file named like an option after --',
      argv: ['--', '--odd.jsonl'],
      expected: {...defaults, gold: '--odd.jsonl'}
    }
  ]
  it.each(cases)('$name', ({argv, expected}) => {
    expect(parseCliArguments(argv)).toEqual(expected)
  })

  const errors: Array<{name: string; argv: string[]; message: string}> = [
    {name: 'no gold file', argv: ['--json', 'o.json'], message: 'a gold file is required'},
    {name: 'unknown option', argv: ['g.jsonl', '--fast'], message: "Unknown option '--fast'"},
    {name: 'missing value', argv: ['g.jsonl', '--json'], message: "Option '--json <value>' argument missing"},
    {name: 'empty value', argv: ['g.jsonl', '--json='], message: '--json needs a value'},
    {name: 'value on a flag', argv: ['g.jsonl', '--ggt=yes'], message: "Option '--ggt' does not take an argument"},
    {
      name: 'bad integer',
      argv: ['g.jsonl', '--limit', 'ten'],
      message: '--limit expects a non-negative integer, got "ten"'
    },
    {
      name: 'negative tolerance',
      argv: ['g.jsonl', '--tolerance=-1'],
      message: '--tolerance expects a non-negative number, got "-1"'
    },
    {
      name: 'two gold files',
      argv: ['a.jsonl', 'b.jsonl'],
      message: 'only one gold file may be given, got "a.jsonl" and "b.jsonl"'
    }
  ]
  it.each(errors)('$name', ({argv, message}) => {
    expect(() => parseCliArguments(argv)).toThrow(new UsageError(message))
  })
})

describe('scoreDocuments: a failing predict', () => {
  it('names the document it failed on', () => {
    const run = () =>
      scoreDocuments([{id: 'first', text: 'x', attributions: []}], () => {
        throw new Error('boom')
      })
    expect(run).toThrow('scoreDocuments: `predict` failed on document 0 (first): Error: boom')
  })
})
