/**
 * The invariants every result of `extractAttributions` must keep, for any
 * input string. Plain ESM JavaScript so that both the vitest suites (through
 * `invariants.d.ts`) and the Node scripts in `scripts/` (fuzz, stress) can
 * load the same checker without a build step.
 *
 * Each violation is a string `"[code] path: detail"`; `code` names the rule
 * broken (so a shrinker can keep "the same failure" while cutting the input).
 */

const MODES = new Set(['direct', 'indirect', 'mixed', 'none'])
const CATEGORIES = new Set([
  'speech',
  'writing',
  'report',
  'statement',
  'belief',
  'stance',
  'intention',
  'evidence',
  'refusal'
])
const KINDS = new Set(['person', 'organization', 'media', 'document', 'group', 'unknown'])

/** Show a string briefly, with escapes, for messages. */
export function preview(value, max = 60) {
  if (typeof value !== 'string') return String(value)
  const shown = value.length > max ? value.slice(0, max) + '…' : value
  return JSON.stringify(shown)
}

function isOffset(n) {
  return typeof n === 'number' && Number.isInteger(n)
}

/**
 * Check one span; returns false (and records why) when it is broken, so
 * callers can skip checks that need a sound span.
 */
function checkSpan(input, span, path, out) {
  if (span === null || typeof span !== 'object') {
    out.push(`[span-shape] ${path}: expected a span object, got ${span === null ? 'null' : typeof span}`)
    return false
  }
  const {start, end, text} = span
  if (!isOffset(start) || !isOffset(end)) {
    out.push(`[span-shape] ${path}: start/end must be integers, got ${start}/${end}`)
    return false
  }
  if (!(start >= 0 && start <= end && end <= input.length)) {
    out.push(`[span-range] ${path}: expected 0 <= start <= end <= ${input.length}, got ${start}..${end}`)
    return false
  }
  if (typeof text !== 'string' || text !== input.slice(start, end)) {
    out.push(
      `[span-text] ${path}: text ${preview(text)} !== input.slice(${start}, ${end}) ${preview(input.slice(start, end))}`
    )
    return false
  }
  return true
}

/** A span that may come in parts: the parts are sound, ordered, and bound the whole. */
function checkPiecewise(input, span, path, out) {
  if (!checkSpan(input, span, path, out)) return false
  if (span.parts === undefined) return true
  if (!Array.isArray(span.parts)) {
    out.push(`[parts-shape] ${path}.parts: expected an array or no property`)
    return false
  }
  if (span.parts.length < 2)
    out.push(
      `[parts-shape] ${path}.parts: present with ${span.parts.length} part(s); must be absent unless there are two or more`
    )
  let ok = true
  let previousEnd = -1
  span.parts.forEach((part, i) => {
    if (!checkSpan(input, part, `${path}.parts[${i}]`, out)) {
      ok = false
      return
    }
    if (part.start < previousEnd) {
      out.push(
        `[parts-order] ${path}.parts[${i}]: starts at ${part.start}, before the previous part ends (${previousEnd})`
      )
      ok = false
    }
    previousEnd = part.end
  })
  if (ok && span.parts.length > 0) {
    const first = span.parts[0]
    const last = span.parts[span.parts.length - 1]
    if (first.start !== span.start || last.end !== span.end) {
      out.push(`[parts-bounds] ${path}: whole is ${span.start}..${span.end} but parts run ${first.start}..${last.end}`)
      ok = false
    }
  }
  return ok
}

/**
 * Check `result` against the invariants for `input`. Returns the list of
 * violations (empty when all hold).
 *
 * @param {string} input
 * @param {unknown} result
 * @returns {string[]}
 */
export function checkInvariants(input, result) {
  const out = []
  if (result === null || typeof result !== 'object')
    return [`[result-shape] result: expected an object, got ${result === null ? 'null' : typeof result}`]
  const {attributions, sources} = result
  if (!Array.isArray(attributions)) out.push('[result-shape] attributions: expected an array')
  if (!Array.isArray(sources)) out.push('[result-shape] sources: expected an array')
  if (out.length > 0) return out

  // Sources: ids s1, s2, … in order of first mention; sound mentions in document order.
  const sourceById = new Map()
  const referenced = new Set()
  let previousFirst = -1
  sources.forEach((source, i) => {
    const path = `sources[${i}]`
    if (source === null || typeof source !== 'object') {
      out.push(`[source-shape] ${path}: expected an object`)
      return
    }
    if (typeof source.id !== 'string' || source.id === '')
      out.push(`[source-shape] ${path}.id: expected a non-empty string, got ${preview(source.id)}`)
    else if (sourceById.has(source.id)) out.push(`[source-id] ${path}.id: ${source.id} is used twice`)
    else sourceById.set(source.id, source)
    if (source.id !== `s${i + 1}`) out.push(`[source-id] ${path}.id: expected s${i + 1}, got ${preview(source.id)}`)
    if (typeof source.name !== 'string')
      out.push(`[source-shape] ${path}.name: expected a string, got ${typeof source.name}`)
    if (!KINDS.has(source.kind))
      out.push(
        `[source-kind] ${path}.kind: expected one of ${[...KINDS].join(', ')}, got ${typeof source.kind === 'function' ? 'a function' : preview(source.kind)}`
      )
    if (typeof source.anonymous !== 'boolean')
      out.push(`[source-shape] ${path}.anonymous: expected a boolean, got ${typeof source.anonymous}`)
    if (!Array.isArray(source.mentions) || source.mentions.length === 0) {
      out.push(`[source-shape] ${path}.mentions: expected a non-empty array`)
      return
    }
    let previousStart = -1
    source.mentions.forEach((mention, m) => {
      if (!checkSpan(input, mention, `${path}.mentions[${m}]`, out)) return
      if (mention.start < previousStart)
        out.push(
          `[mention-order] ${path}.mentions[${m}]: starts at ${mention.start}, before the previous mention (${previousStart})`
        )
      previousStart = mention.start
    })
    const first = source.mentions[0]
    if (first && isOffset(first.start)) {
      if (first.start < previousFirst)
        out.push(
          `[source-order] ${path}: first mention at ${first.start} comes before the previous source's (${previousFirst})`
        )
      previousFirst = first.start
    }
  })

  const checkMention = (mention, path) => {
    if (mention === null) return
    if (!checkSpan(input, mention, path, out)) return
    if (typeof mention.sourceId !== 'string') {
      out.push(`[mention-source] ${path}.sourceId: expected a string, got ${typeof mention.sourceId}`)
      return
    }
    const source = sourceById.get(mention.sourceId)
    if (!source) {
      out.push(`[mention-source] ${path}.sourceId: ${preview(mention.sourceId)} names no source`)
      return
    }
    referenced.add(mention.sourceId)
    if (
      Array.isArray(source.mentions) &&
      !source.mentions.some((m) => m && m.start === mention.start && m.end === mention.end)
    ) {
      out.push(
        `[mention-listed] ${path}: ${mention.start}..${mention.end} is not among the mentions of ${mention.sourceId}`
      )
    }
  }

  let previousCue = -1
  attributions.forEach((a, i) => {
    const path = `attributions[${i}]`
    if (a === null || typeof a !== 'object') {
      out.push(`[attribution-shape] ${path}: expected an object`)
      return
    }
    const cueOk = a.cue !== null && checkPiecewise(input, a.cue, `${path}.cue`, out)
    if (a.cue === null) out.push(`[attribution-shape] ${path}.cue: must not be null`)
    if (cueOk && a.cue.end === a.cue.start) out.push(`[cue-empty] ${path}.cue: empty span at ${a.cue.start}`)
    if (a.content !== null) checkPiecewise(input, a.content, `${path}.content`, out)
    checkMention(a.source, `${path}.source`)
    if (a.source && a.source.antecedent !== undefined)
      checkPiecewise(input, a.source.antecedent, `${path}.source.antecedent`, out)
    checkMention(a.via, `${path}.via`)
    const sentenceOk = checkSpan(input, a.sentence, `${path}.sentence`, out)
    if (cueOk && sentenceOk && (a.cue.start < a.sentence.start || a.cue.end > a.sentence.end)) {
      out.push(
        `[cue-sentence] ${path}: cue ${a.cue.start}..${a.cue.end} lies outside its sentence ${a.sentence.start}..${a.sentence.end}`
      )
    }
    if (!MODES.has(a.mode)) out.push(`[attribution-shape] ${path}.mode: unknown mode ${preview(a.mode)}`)
    else if ((a.content === null) !== (a.mode === 'none'))
      out.push(`[mode-content] ${path}: mode ${a.mode} with ${a.content === null ? 'no' : 'a'} content`)
    if (!CATEGORIES.has(a.category))
      out.push(`[attribution-shape] ${path}.category: unknown category ${preview(a.category)}`)
    if (typeof a.rule !== 'string' || a.rule === '')
      out.push(`[attribution-shape] ${path}.rule: expected a non-empty string`)
    if (typeof a.lemma !== 'string') out.push(`[attribution-shape] ${path}.lemma: expected a string`)
    if (typeof a.confidence !== 'number' || !(a.confidence >= 0 && a.confidence <= 1))
      out.push(`[attribution-shape] ${path}.confidence: expected a number in [0, 1], got ${a.confidence}`)
    if (!Number.isInteger(a.paragraph) || a.paragraph < 0)
      out.push(`[attribution-shape] ${path}.paragraph: expected a non-negative integer, got ${a.paragraph}`)
    if (cueOk) {
      if (a.cue.start < previousCue)
        out.push(`[order] ${path}: cue starts at ${a.cue.start}, before the previous cue (${previousCue})`)
      previousCue = a.cue.start
    }
  })
  // The members of a coordinated group ("Both A and B said") are used with it, and are person sources.
  for (const id of [...referenced]) {
    const members = sourceById.get(id)?.members
    if (members === undefined) continue
    for (const member of members) {
      const found = sourceById.get(member)
      if (found === undefined || found.kind !== 'person')
        out.push(`[source-members] source ${id}: member ${preview(member)} is no person source`)
      else referenced.add(member)
    }
  }
  for (const id of sourceById.keys()) {
    if (!referenced.has(id))
      out.push(
        `[source-unused] source ${id}: no attribution's source or via points to it, nor is it a member of a group that one does`
      )
  }
  return out
}

/**
 * Deep equality of two results (plain data: objects, arrays, strings,
 * numbers, booleans, null). Returns the first path that differs, or null.
 */
export function firstDifference(a, b, path = 'result') {
  if (Object.is(a, b)) return null
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return path
  if (Array.isArray(a) !== Array.isArray(b)) return path
  if (Array.isArray(a)) {
    if (a.length !== b.length) return `${path}.length`
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`)
      if (d) return d
    }
    return null
  }
  const keysA = Object.keys(a).sort()
  const keysB = Object.keys(b).sort()
  if (keysA.join('\0') !== keysB.join('\0')) return `${path} (keys ${keysA.join(',')} vs ${keysB.join(',')})`
  for (const key of keysA) {
    const d = firstDifference(a[key], b[key], `${path}.${key}`)
    if (d) return d
  }
  return null
}

/**
 * Run `extract` on `input` twice and check everything: no throw, the
 * invariants, and the same output both times.
 *
 * @param {(text: string) => unknown} extract
 * @param {string} input
 * @returns {string[]}
 */
export function checkRun(extract, input) {
  let first
  try {
    first = extract(input)
  } catch (error) {
    const e = /** @type {Error} */ (error)
    const where =
      typeof e?.stack === 'string'
        ? e.stack
            .split('\n')
            .slice(1, 3)
            .map((l) => l.trim())
            .join(' | ')
        : ''
    return [
      `[throws] extractAttributions: ${e?.name ?? 'Error'}: ${e?.message ?? String(e)}${where ? ` (${where})` : ''}`
    ]
  }
  const violations = checkInvariants(input, first)
  let second
  try {
    second = extract(input)
  } catch (error) {
    violations.push(`[throws] second call: ${/** @type {Error} */ (error)?.message ?? String(error)}`)
    return violations
  }
  const difference = firstDifference(first, second)
  if (difference) violations.push(`[nondeterministic] ${difference}: two calls on the same input differ`)
  return violations
}

/** The rule code of a violation string ("[span-text] …" → "span-text"). */
export function violationCode(violation) {
  const match = /^\[([a-z-]+)\]/.exec(violation)
  return match ? match[1] : 'unknown'
}
