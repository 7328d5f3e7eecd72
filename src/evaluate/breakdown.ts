/**
 * Breakdowns of the gold relations: by type, by cue, and examples to read.
 */
import {sentenceContext} from './context.js'
import type {RelationOutcome} from './document.js'
import {makeRecall, ratio} from './ratio.js'
import type {
  CueBreakdown,
  Example,
  ExampleGroup,
  GoldDocument,
  OffsetSpan,
  Recall,
  Role,
  RoleRecall,
  TypeBreakdown
} from './types.js'

/** Sort entries by count, largest first, then by name. */
function byCountThenName<T>(entries: Array<[string, T]>, count: (value: T) => number): Array<[string, T]> {
  return entries.sort((a, b) => count(b[1]) - count(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

/** Return the recall of one role over some relations (those lacking the role are left out). */
function roleRecall(relations: RelationOutcome[], role: Role): RoleRecall {
  let count = 0
  let exact = 0
  let overlap = 0
  for (const relation of relations) {
    const found = relation.found[role]
    if (!found) continue
    count++
    if (found.exact) exact++
    if (found.overlap) overlap++
  }
  return {exact: makeRecall(count, exact), overlap: makeRecall(count, overlap)}
}

/** Return the linked recall over some relations. */
function linkedRecall(relations: RelationOutcome[]): Recall {
  return makeRecall(relations.length, relations.filter((r) => r.linked).length)
}

/** Break recall down by gold relation type, most frequent type first. */
export function breakdownByType(relations: RelationOutcome[]): TypeBreakdown[] {
  const groups = new Map<string, RelationOutcome[]>()
  for (const relation of relations) {
    const list = groups.get(relation.type)
    if (list) list.push(relation)
    else groups.set(relation.type, [relation])
  }
  return byCountThenName([...groups], (list) => list.length).map(([type, list]) => ({
    type,
    relations: list.length,
    cue: roleRecall(list, 'cue'),
    source: roleRecall(list, 'source'),
    content: roleRecall(list, 'content'),
    linked: linkedRecall(list)
  }))
}

/**
 * Break cue recall (overlap matching) down by gold cue text for the `top`
 * most frequent cues. Relations without a cue are left out.
 */
export function breakdownByCue(relations: RelationOutcome[], top: number): CueBreakdown[] {
  const groups = new Map<string, {count: number; found: number; linked: number}>()
  for (const relation of relations) {
    if (!relation.found.cue) continue
    let group = groups.get(relation.cue)
    if (!group) {
      group = {count: 0, found: 0, linked: 0}
      groups.set(relation.cue, group)
    }
    group.count++
    if (relation.found.cue.overlap) group.found++
    if (relation.linked) group.linked++
  }
  return byCountThenName([...groups], (g) => g.count)
    .slice(0, top)
    .map(([cue, g]) => ({cue, count: g.count, found: g.found, recall: ratio(g.found, g.count), linked: g.linked}))
}

/** An instance to group for reading: its document, cue text and pieces. */
export interface Instance {
  document: GoldDocument
  cue: string
  cuePieces: OffsetSpan[]
}

/**
 * Group instances by cue text, largest group first, keep `groups` groups and
 * up to `examples` examples in each, with `context` characters of context on
 * each side of the cue at most.
 */
export function groupExamples(
  instances: Instance[],
  groups: number,
  examples: number,
  context: number
): ExampleGroup[] {
  const byCue = new Map<string, Instance[]>()
  for (const instance of instances) {
    const list = byCue.get(instance.cue)
    if (list) list.push(instance)
    else byCue.set(instance.cue, [instance])
  }
  return byCountThenName([...byCue], (list) => list.length)
    .slice(0, groups)
    .map(([cue, list]) => ({
      cue,
      count: list.length,
      examples: list.slice(0, examples).map((instance): Example => ({
        document: instance.document.id,
        start: instance.cuePieces[0]?.start ?? 0,
        end: instance.cuePieces[instance.cuePieces.length - 1]?.end ?? 0,
        context: sentenceContext(instance.document.text, instance.cuePieces, context)
      }))
    }))
}
