/**
 * The annotated text as hast: one `span` per marked stretch, carrying its
 * roles as classes, and one hidden record per attribution saying where its
 * parts are, which the page's script reads to select them together.
 */
import type {Element, ElementContent, Properties} from 'hast'
import {h} from 'hastscript'
import type {Attribution, Source} from '../types.js'
import {describeAttribution} from './describe.js'
import {collectMarks, ROLES, segmentText, type Segment} from './segments.js'

/** C0 controls other than tab, line feed and carriage return, and DEL: the browser would hide or drop them. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/**
 * Build the children of the text block: `text` cut at every span edge of
 * `attributions`, each marked stretch in a `span` with the classes of its
 * roles (`cue`, `content`, `source`, `via`), its offset in `data-s`, the
 * attribution that hovering, clicking or focusing it selects in `data-a`
 * (its innermost cue, else source, channel, content). Stretches of a cue
 * have their attribution's description as `title` and take the keyboard
 * focus.
 */
export function annotatedText(
  text: string,
  attributions: readonly Attribution[],
  sources: readonly Source[]
): ElementContent[] {
  const titles = describeAll(attributions, sources)
  return segmentText(text, attributions).map((segment) => {
    const children = visibleText(text.slice(segment.start, segment.end))
    const picked = pick(segment)
    if (picked === undefined) return children.length === 1 ? children[0] : h('span', children)
    // Built directly rather than with hastscript: an article has thousands of these.
    const className = ROLES.filter((role) => segment.roles[role] !== undefined)
    const properties: Properties = {className, dataS: segment.start, dataA: picked}
    if (segment.roles.cue !== undefined) Object.assign(properties, {tabIndex: 0, title: titles[picked]})
    return {type: 'element', tagName: 'span', properties, children}
  })
}

/**
 * The hidden list of attribution records: for attribution `k`, an item with
 * `data-attribution="k"`, its description as `title`, and `data-spans`, its
 * spans as `role:start-end` separated by spaces (each piece of a span in
 * pieces on its own). A stretch belongs to the selection in a role when its
 * `data-s` lies in one of those spans.
 */
export function attributionRecords(
  text: string,
  attributions: readonly Attribution[],
  sources: readonly Source[]
): Element {
  const titles = describeAll(attributions, sources)
  const spans = attributions.map((): string[] => [])
  for (const mark of collectMarks(text, attributions)) spans[mark.index].push(`${mark.role}:${mark.start}-${mark.end}`)
  const items = attributions.map((_, k) =>
    h('li', {dataAttribution: String(k), dataSpans: spans[k].join(' '), title: titles[k]})
  )
  return h('ul.records', {hidden: true}, items)
}

/** The description of each attribution, by index. */
function describeAll(attributions: readonly Attribution[], sources: readonly Source[]): string[] {
  const byId = new Map(sources.map((source) => [source.id, source]))
  return attributions.map((attribution, index) => describeAttribution(attribution, index, byId))
}

/** The attribution a stretch stands for: its innermost cue, else source, else channel, else content. */
function pick(segment: Segment): number | undefined {
  for (const role of ROLES) if (segment.roles[role] !== undefined) return segment.roles[role]
  return undefined
}

/**
 * Text nodes for `value`, with each control character that a browser would
 * drop or not show (NUL, ESC, …) drawn as its Unicode control picture in a
 * `span.ctl` whose title names the code point, so no character is lost.
 */
function visibleText(value: string): ElementContent[] {
  const nodes: ElementContent[] = []
  let last = 0
  for (const match of value.matchAll(CONTROL)) {
    if (match.index > last) nodes.push({type: 'text', value: value.slice(last, match.index)})
    const code = match[0].charCodeAt(0)
    const picture = String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code)
    nodes.push(h('span.ctl', {title: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`}, picture))
    last = match.index + 1
  }
  if (last < value.length || nodes.length === 0) nodes.push({type: 'text', value: value.slice(last)})
  return nodes
}
