/**
 * Shared helpers for the table-driven suites (patterns, api, plugin, seeds).
 *
 * An expectation names texts only; offsets are checked against the input
 * (`span.text === input.slice(span.start, span.end)`), never hard-coded.
 */
import {expect} from 'vitest'
import type {
  Attribution,
  CueCategory,
  ExtractResult,
  GoldDocument,
  Mode,
  Options,
  SourceKind,
  Span
} from '../src/index.js'
import {extractAttributions} from '../src/index.js'

/** The full expected result for one attribution. */
export interface Expected {
  cue: string
  /** Cue pieces, when the cue is written in pieces ("quoted … as saying"). */
  cueParts?: string[]
  content: string | null
  /** Content pieces, when the content is written in pieces. */
  parts?: string[]
  mode: Mode
  source: string | null
  /** The words a relative "who" source stands for (`source.antecedent`); omit when there are none. */
  antecedent?: string
  via: string | null
  rule: string
  category: CueCategory
  /** Kind and anonymity of `result.sources[source.sourceId]`; omit (undefined) when source is null. */
  kind?: SourceKind
  anonymous?: boolean
  /** The source's `name` (its fullest form), when the case is about clustering. */
  name?: string
  /** Index (in this case's `expect`) of an attribution that must share this one's sourceId. */
  sameSourceAs?: number
  /** Kind of the via's source entry (`media` for agencies), when the case checks it. */
  viaKind?: SourceKind
}

export interface Case {
  name: string
  input: string
  /** Number of attributions in the whole input. */
  count: number
  expect: Expected[]
  options?: Options
}

/** Every span of a result must be the input's slice at its offsets. */
export function assertSpans(input: string, result: ExtractResult): void {
  const check = (span: Span | null | undefined, path: string) => {
    if (!span) return
    expect(span.start, `${path}.start`).toBeGreaterThanOrEqual(0)
    expect(span.end, `${path}.end`).toBeLessThanOrEqual(input.length)
    expect(span.start, `${path} start <= end`).toBeLessThanOrEqual(span.end)
    expect(span.text, `${path}.text`).toBe(input.slice(span.start, span.end))
  }
  result.attributions.forEach((a, i) => {
    check(a.cue, `attributions[${i}].cue`)
    a.cue.parts?.forEach((p, k) => check(p, `attributions[${i}].cue.parts[${k}]`))
    check(a.content, `attributions[${i}].content`)
    a.content?.parts?.forEach((p, k) => check(p, `attributions[${i}].content.parts[${k}]`))
    check(a.source, `attributions[${i}].source`)
    check(a.source?.antecedent, `attributions[${i}].source.antecedent`)
    check(a.via, `attributions[${i}].via`)
    check(a.sentence, `attributions[${i}].sentence`)
  })
  result.sources.forEach((s, i) => s.mentions.forEach((m, k) => check(m, `sources[${i}].mentions[${k}]`)))
}

/** The comparable view of one attribution, shaped like `Expected`. */
export function project(result: ExtractResult, a: Attribution, wanted: Expected): Record<string, unknown> {
  const source = a.source ? result.sources.find((s) => s.id === a.source!.sourceId) : undefined
  const via = a.via ? result.sources.find((s) => s.id === a.via!.sourceId) : undefined
  const out: Record<string, unknown> = {
    cue: a.cue.text,
    cueParts: a.cue.parts?.map((p) => p.text),
    content: a.content ? a.content.text : null,
    parts: a.content?.parts?.map((p) => p.text),
    mode: a.mode,
    source: a.source ? a.source.text : null,
    antecedent: a.source?.antecedent?.text,
    via: a.via ? a.via.text : null,
    rule: a.rule,
    category: a.category,
    kind: source?.kind,
    anonymous: source?.anonymous
  }
  if (wanted.name !== undefined) out.name = source?.name
  if (wanted.viaKind !== undefined) out.viaKind = via?.kind
  return out
}

function strip(wanted: Expected): Record<string, unknown> {
  const {sameSourceAs, ...rest} = wanted
  void sameSourceAs
  return {cueParts: undefined, parts: undefined, antecedent: undefined, ...rest}
}

/**
 * Run one case: spans valid, the attribution count, then each expected
 * attribution matched by cue text in document order and compared in full.
 */
export function runCase(c: Case): ExtractResult {
  const result = extractAttributions(c.input, c.options)
  assertSpans(c.input, result)
  const got = result.attributions
  const matched: Attribution[] = []
  let from = 0
  for (const wanted of c.expect) {
    let index = got.findIndex((a, i) => i >= from && a.cue.text === wanted.cue)
    if (index === -1) index = got.findIndex((a) => a.cue.text === wanted.cue && !matched.includes(a))
    const a = got[index]
    expect(
      a,
      `an attribution with cue ${JSON.stringify(wanted.cue)}; got cues ${JSON.stringify(got.map((x) => x.cue.text))}`
    ).toBeDefined()
    matched.push(a)
    from = index + 1
    const actual = project(result, a, wanted)
    const wantedView = strip(wanted)
    const diffs = Object.keys({...actual, ...wantedView})
      .filter((key) => JSON.stringify(actual[key]) !== JSON.stringify(wantedView[key]))
      .map((key) => `${key}: expected ${JSON.stringify(wantedView[key])}, got ${JSON.stringify(actual[key])}`)
    expect(actual, `cue ${JSON.stringify(wanted.cue)}: ${diffs.join('; ')}`).toEqual(wantedView)
  }
  c.expect.forEach((wanted, i) => {
    if (wanted.sameSourceAs === undefined) return
    expect(
      matched[i].source?.sourceId,
      `attribution ${i} (${JSON.stringify(wanted.cue)}) shares the sourceId of attribution ${wanted.sameSourceAs}`
    ).toBe(matched[wanted.sameSourceAs].source?.sourceId)
  })
  expect(got.length, `number of attributions; got cues ${JSON.stringify(got.map((x) => x.cue.text))}`).toBe(c.count)
  return result
}

/** A gold document of our own: `text`, with the listed relations given as the strings they cover. */
export function gold(
  id: string,
  text: string,
  relations: Array<{cue: string; source: string; content: string}>
): GoldDocument {
  const at = (part: string): [number, number] => {
    const start = text.indexOf(part)
    if (start === -1) throw new Error(`"${part}" is not in "${text}"`)
    return [start, start + part.length]
  }
  return {
    id,
    text,
    attributions: relations.map((r) => ({cue: [at(r.cue)], source: [at(r.source)], content: [at(r.content)]}))
  }
}
