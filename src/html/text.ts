/**
 * The annotated text as hast: one `span` per marked stretch, carrying its
 * roles as classes and the attributions that mark it as data attributes.
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Attribution, Source} from '../types.js'
import {describeAttribution} from './describe.js'
import {ROLES, segmentText, type Segment} from './segments.js'

/** C0 controls other than tab, line feed and carriage return, and DEL: the browser would hide or drop them. */
const CONTROL = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F]/g

/**
 * Build the children of the text block: `text` cut at every span edge of
 * `attributions`, each marked stretch in a `span` with the classes of its
 * roles (`cue`, `content`, `source`, `via`), `data-cue` … `data-via` listing
 * the attributions (by index) that mark it in that role, `data-a` the one
 * that hovering or clicking it selects, and that one's description as its
 * `title`. Stretches of a cue can take the keyboard focus, which selects too.
 */
export function annotatedText(text: string, attributions: readonly Attribution[], sources: readonly Source[]): ElementContent[] {
  const byId = new Map(sources.map((source) => [source.id, source]))
  const titles = attributions.map((attribution, index) => describeAttribution(attribution, index, byId))
  return segmentText(text, attributions).map((segment) => {
    const children = visibleText(text.slice(segment.start, segment.end))
    const picked = pick(segment)
    if (picked === undefined) return children.length === 1 ? children[0] : h('span', children)
    const properties: Record<string, string | string[]> = {className: ROLES.filter((role) => segment.roles[role].length > 0)}
    for (const role of ROLES) if (segment.roles[role].length > 0) properties[`data-${role}`] = segment.roles[role].join(' ')
    properties['data-a'] = String(picked)
    if (segment.roles.cue.length > 0) properties.tabIndex = '0'
    properties.title = titles[picked]
    return h('span', properties, children)
  })
}

/** The attribution a stretch stands for: its innermost cue, else source, else channel, else content. */
function pick(segment: Segment): number | undefined {
  for (const role of ROLES) if (segment.roles[role].length > 0) return segment.roles[role][0]
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
