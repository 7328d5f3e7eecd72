#!/usr/bin/env node
/**
 * Where the boundaries go wrong: for each attribution whose content (or
 * source) overlaps its gold span but does not match it exactly, which edge
 * is off (start, end, both), by how many words, and at what token the gold
 * boundary sits. Runs the built library (`npm run build` first).
 *
 *   node scripts/boundary-errors.mjs gold.jsonl [--no-model] [--role content|source]
 */
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {extractAttributions, parseGoldJsonl} from '../dist/index.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {role: {type: 'string', default: 'content'}, 'no-model': {type: 'boolean'}}
})
const role = values.role
const documents = parseGoldJsonl(readFileSync(positionals[0], 'utf8'))
const options = values['no-model'] ? {model: null} : {}

const TRIM = /[\s"'`\u201c\u201d\u2018\u2019,.\u2026:;\-\u2013\u2014]/u

/** Trim edge whitespace, quotes and punctuation as the scorer does. */
function trim(text, start, end) {
  let s = start
  let e = end
  while (s < e && TRIM.test(text[s])) s++
  while (e > s && TRIM.test(text[e - 1])) e--
  return s === e ? [start, end] : [s, e]
}

/** The extent of gold pieces. */
const extent = (pieces) =>
  pieces.length === 0 ? null : [Math.min(...pieces.map((p) => p[0])), Math.max(...pieces.map((p) => p[1]))]

/** Words and marks between two offsets. */
function tokensIn(text, from, to) {
  return text.slice(Math.min(from, to), Math.max(from, to)).match(/[\p{L}\p{N}'’]+|[^\s\p{L}\p{N}]/gu) ?? []
}

/** A coarse name for a token at a boundary. */
function kind(token) {
  if (!token) return '<none>'
  if (/^["“”'‘’]$/.test(token)) return 'quote'
  if (/^[\p{Lu}]/u.test(token) && token.length > 1) return 'Capital'
  const lower = token.toLowerCase()
  if (
    [
      'that',
      'and',
      'but',
      'because',
      'which',
      'who',
      'when',
      'if',
      'as',
      'while',
      'after',
      'before',
      'so',
      'than',
      'to',
      'in',
      'of',
      'for',
      'on',
      'the',
      'a',
      'his',
      'her',
      'he',
      'she',
      'it',
      'they'
    ].includes(lower)
  )
    return lower
  if (/^\p{L}/u.test(token)) return 'word'
  return token
}

const counts = new Map()
const bump = (key) => counts.set(key, (counts.get(key) ?? 0) + 1)
let exact = 0
let inexact = 0
for (const gold of documents) {
  const text = gold.text
  const result = extractAttributions(text, options)
  for (const a of result.attributions) {
    const span = a[role]
    if (!span) continue
    let best = null
    let bestOverlap = 0
    for (const g of gold.attributions) {
      const cue = extent(g.cue)
      if (!cue) continue
      const overlap = Math.min(cue[1], a.cue.end) - Math.max(cue[0], a.cue.start)
      if (overlap > bestOverlap) {
        bestOverlap = overlap
        best = g
      }
    }
    const goldExtent = best && extent(best[role])
    if (!goldExtent) continue
    if (Math.min(goldExtent[1], span.end) <= Math.max(goldExtent[0], span.start)) continue
    const [gs, ge] = trim(text, goldExtent[0], goldExtent[1])
    const [ps, pe] = trim(text, span.start, span.end)
    if (gs === ps && ge === pe) {
      exact++
      continue
    }
    inexact++
    const edges = gs !== ps && ge !== pe ? 'both' : gs !== ps ? 'start' : 'end'
    bump(`edge ${edges}`)
    if (gs !== ps) {
      const n = tokensIn(text, gs, ps).filter((t) => /\p{L}|\p{N}/u.test(t)).length
      const side = ps < gs ? 'too early' : 'too late'
      const at = ps < gs ? kind(tokensIn(text, ps, gs)[0]) : kind(tokensIn(text, gs, ps)[0])
      bump(`start ${side} by ${n > 5 ? '6+' : n} words`)
      bump(`start ${side}, first extra/missing token: ${at}`)
    }
    if (ge !== pe) {
      const n = tokensIn(text, ge, pe).filter((t) => /\p{L}|\p{N}/u.test(t)).length
      const side = pe > ge ? 'too long' : 'too short'
      const between = tokensIn(text, Math.min(ge, pe), Math.max(ge, pe))
      const at = pe > ge ? kind(tokensIn(text, ge, Math.min(pe, ge + 40))[0]) : kind(between[0])
      bump(`end ${side} by ${n > 5 ? '6+' : n} words`)
      bump(`end ${side}, token just after gold end / after ours: ${at}`)
    }
  }
}
console.log(`${role}: ${exact} exact, ${inexact} overlapping but inexact`)
for (const [key, n] of [...counts].sort((x, y) => x[0].localeCompare(y[0]) || y[1] - x[1])) {
  if (n >= Math.max(3, inexact / 200)) console.log(`${String(n).padStart(6)}  ${key}`)
}
