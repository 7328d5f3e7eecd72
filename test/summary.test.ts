/**
 * summarizeSources: who was quoted, with claims, channels and shares, on
 * results built by hand (so each case states its full expected summary) and
 * on extraction results of generated news text (invariants).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {newsText} from '../scripts/news-generator.mjs'
import {
  extractAttributions,
  SourceTally,
  summarizeSources,
  type Attribution,
  type ExtractResult,
  type Share,
  type Source
} from '../src/index.js'

const TEXT =
  'Dana Okafor told the Gazette the pool would reopen. Officials said it would not. It was reported that rain fell.'

/** The span of the first occurrence of `words` in TEXT. */
const find = (words: string) => ({start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, text: words})

/** An attribution of `cue` by `source` (a source id) through `via`. */
function claim(cue: string, source: [string, string] | null, via: [string, string] | null = null): Attribution {
  return {
    cue: find(cue),
    content: null,
    mode: 'none',
    source: source === null ? null : {...find(source[0]), sourceId: source[1]},
    via: via === null ? null : {...find(via[0]), sourceId: via[1]},
    rule: 'verb-subject',
    category: 'speech',
    lemma: cue,
    confidence: 0.5,
    sentence: find(cue),
    paragraph: 0,
    negated: false
  }
}

/** A source entry named `name` (mentioned at `mention`), with an optional gender. */
function source(
  id: string,
  name: string,
  kind: Source['kind'],
  anonymous: boolean,
  gender?: 'female' | 'male' | null
): Source {
  return {id, name, kind, anonymous, mentions: [find(name)], ...(gender === undefined ? {} : {gender})}
}

const share = (sources: number, claims: number, sourceShare: number, claimShare: number): Share => ({
  sources,
  claims,
  sourceShare,
  claimShare
})
const none = share(0, 0, 0, 0)
const kinds = (given: Partial<Record<Source['kind'], Share>>) => ({
  person: none,
  organization: none,
  media: none,
  document: none,
  group: none,
  unknown: none,
  ...given
})
const genders = (given: Partial<Record<'female' | 'male' | 'unknown', Share>>) => ({
  female: none,
  male: none,
  unknown: none,
  ...given
})

const okafor = source('s1', 'Dana Okafor', 'person', false, 'female')
const gazette = source('s2', 'the Gazette', 'media', false)
const officials = source('s3', 'Officials', 'group', true)
const article: ExtractResult = {
  attributions: [
    claim('told', ['Dana Okafor', 's1'], ['the Gazette', 's2']),
    claim('said', ['Officials', 's3']),
    claim('reported', null)
  ],
  sources: [okafor, gazette, officials],
  skipped: []
}
const okaforEntry = {
  name: 'Dana Okafor',
  kind: 'person',
  gender: 'female',
  anonymous: false,
  documents: 1,
  claims: 1,
  relayed: 0,
  channels: ['the Gazette']
}
const officialsEntry = {
  name: 'Officials',
  kind: 'group',
  gender: null,
  anonymous: true,
  documents: 1,
  claims: 1,
  relayed: 0,
  channels: []
}
const gazetteEntry = {
  name: 'the Gazette',
  kind: 'media',
  gender: null,
  anonymous: false,
  documents: 1,
  claims: 0,
  relayed: 1,
  channels: []
}

describe('summarizeSources', () => {
  it.each([
    {
      name: 'one document: a named person through a channel, anonymous officials, one claim without a source',
      input: article as ExtractResult | ExtractResult[],
      summary: {
        documents: 1,
        sources: [okaforEntry, officialsEntry, gazetteEntry],
        totals: {sources: 3, claims: 2, unsourced: 1},
        anonymous: share(1, 1, 1 / 3, 0.5),
        byKind: kinds({person: share(1, 1, 1 / 3, 0.5), media: share(1, 0, 1 / 3, 0), group: share(1, 1, 1 / 3, 0.5)}),
        byGender: genders({female: share(1, 1, 1, 1)})
      }
    },
    {
      name: 'two documents: the same names merge (case, spacing, apostrophes), most claims first',
      input: [
        article,
        {
          attributions: [
            claim('said', ['Officials', 's1']),
            claim('told', ['Dana Okafor', 's2']),
            claim('said', ['Dana Okafor', 's2'])
          ],
          sources: [source('s1', 'officials', 'group', true), source('s2', 'Dana  Okafor', 'person', false, null)],
          skipped: []
        }
      ],
      summary: {
        documents: 2,
        sources: [
          {...okaforEntry, documents: 2, claims: 3},
          {...officialsEntry, documents: 2, claims: 2},
          gazetteEntry
        ],
        totals: {sources: 3, claims: 5, unsourced: 1},
        anonymous: share(1, 2, 1 / 3, 0.4),
        byKind: kinds({person: share(1, 3, 1 / 3, 0.6), media: share(1, 0, 1 / 3, 0), group: share(1, 2, 1 / 3, 0.4)}),
        byGender: genders({female: share(1, 3, 1, 1)})
      }
    },
    {
      name: 'the same name with another kind stays apart; no gender field reads as unknown',
      input: [
        {
          attributions: [claim('said', ['Officials', 's1'])],
          sources: [source('s1', 'Officials', 'person', false)],
          skipped: []
        },
        {
          attributions: [claim('said', ['Officials', 's1'])],
          sources: [source('s1', 'Officials', 'group', true)],
          skipped: []
        }
      ],
      summary: {
        documents: 2,
        sources: [
          {
            name: 'Officials',
            kind: 'person',
            gender: null,
            anonymous: false,
            documents: 1,
            claims: 1,
            relayed: 0,
            channels: []
          },
          officialsEntry
        ],
        totals: {sources: 2, claims: 2, unsourced: 0},
        anonymous: share(1, 1, 0.5, 0.5),
        byKind: kinds({person: share(1, 1, 0.5, 0.5), group: share(1, 1, 0.5, 0.5)}),
        byGender: genders({unknown: share(1, 1, 1, 1)})
      }
    },
    {
      name: 'no documents at all',
      input: [],
      summary: {
        documents: 0,
        sources: [],
        totals: {sources: 0, claims: 0, unsourced: 0},
        anonymous: none,
        byKind: kinds({}),
        byGender: genders({})
      }
    }
  ])('$name', ({input, summary}) => {
    expect(summarizeSources(input)).toEqual(summary)
  })

  it.each([
    {
      name: 'not a result',
      input: 42,
      message: 'whosaid: expected `results` to be a result of extractAttributions or an iterable of them'
    },
    {
      name: 'an item without arrays',
      input: [{attributions: 'x'}],
      message: 'whosaid: expected each result to be {attributions, sources}, as extractAttributions returns'
    },
    {
      name: 'a source id that is not in sources',
      input: {attributions: [claim('said', ['Officials', 's9'])], sources: [], skipped: []},
      message: "whosaid: an attribution names source 's9', which is not in `sources`"
    }
  ])('throws a TypeError for $name', ({input, message}) => {
    expect(() => summarizeSources(input as ExtractResult)).toThrow(new TypeError(message))
  })

  it('SourceTally: a result that fails the check counts nothing', () => {
    const tally = new SourceTally()
    tally.add(article)
    const broken = {
      attributions: [claim('said', ['Officials', 's3']), claim('said', ['Officials', 's9'])],
      sources: [officials],
      skipped: []
    }
    expect(() => tally.add(broken)).toThrow(TypeError)
    expect(tally.summary()).toEqual(summarizeSources(article))
  })

  it('on generated news text: totals add up and a corpus is the sum of its documents', () => {
    const texts = fc.array(fc.nat(), {maxLength: 120}).map(newsText)
    fc.assert(
      fc.property(fc.array(texts, {minLength: 1, maxLength: 3}), (documents) => {
        const results = documents.map((text) => extractAttributions(text))
        const corpus = summarizeSources(results)
        const parts = results.map((result) => summarizeSources(result))
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
        const kindShares = Object.values(corpus.byKind)
        expect({
          attributions: corpus.totals.claims + corpus.totals.unsourced,
          claims: sum(corpus.sources.map((entry) => entry.claims)),
          viaCount: sum(corpus.sources.map((entry) => entry.relayed)),
          kindSources: sum(kindShares.map((s) => s.sources)),
          kindClaims: sum(kindShares.map((s) => s.claims)),
          documents: corpus.documents
        }).toEqual({
          attributions: sum(results.map((result) => result.attributions.length)),
          claims: sum(parts.map((part) => part.totals.claims)),
          viaCount: sum(results.map((result) => result.attributions.filter((a) => a.via !== null).length)),
          kindSources: corpus.totals.sources,
          kindClaims: corpus.totals.claims,
          documents: results.length
        })
      }),
      {numRuns: 60}
    )
  })
})
