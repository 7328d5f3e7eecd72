/**
 * The annotated page as one hast tree: a head with the inline style, one
 * section per document, and the inline script at the end.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {toHtml as serialize} from 'hast-util-to-html'
import type {ExtractResult} from '../types.js'
import {SCRIPT} from './script.js'
import {sourcesTable} from './sources-table.js'
import {STYLE} from './style.js'
import {annotatedText, attributionRecords} from './text.js'

/** Shown in the info line until an attribution is selected. */
const HINT = 'Hover over or tap a highlighted cue to see its attribution, rule and confidence.'

/** Where the command line's sections go in the page shell. */
const SLOT = 'whosaid-sections'

/**
 * The section of one document: a heading with `label` and the counts, the
 * info line, the annotated text, the hidden attribution records, the legend
 * and the sources table.
 */
export function documentSection(label: string, text: string, result: ExtractResult): Element {
  const {attributions, sources} = result
  const counts = `${count(attributions.length, 'attribution')}, ${count(sources.length, 'source')}`
  return h('section.doc', [
    h('header', [h('h2', label), h('p.counts', counts)]),
    h('div.grid', [
      h('div', [
        h('p.info', {ariaLive: 'polite'}, HINT),
        h('div.text', annotatedText(text, attributions, sources)),
        attributionRecords(text, attributions, sources)
      ]),
      h('aside', [legend(), sourcesTable(sources, attributions)])
    ])
  ])
}

/** The section of a document that failed, with its error message. */
export function errorSection(label: string, error: string): Element {
  return h('section.doc', [h('header', [h('h2', label), h('p.error', `error: ${error}`)])])
}

/** The whole page with `sections`, serialized. */
export function renderPage(title: string, sections: readonly ElementContent[]): string {
  return serialize(pageTree(title, sections))
}

/**
 * The page without its sections, as the text before and after them, for
 * writing sections one at a time. The page is one hast tree with a comment
 * where the sections go; user text never holds that comment, since every
 * `<` of it is escaped.
 */
export function pageShell(title: string): {head: string; tail: string} {
  const page = serialize(pageTree(title, [{type: 'comment', value: SLOT}]))
  const at = page.indexOf(`<!--${SLOT}-->`)
  return {head: page.slice(0, at), tail: page.slice(at + SLOT.length + 7)}
}

/** Serialize one section. */
export function renderSection(section: Element): string {
  return serialize(section)
}

/** The hast tree of a page titled `title` with `sections` in its body. */
function pageTree(title: string, sections: readonly ElementContent[]): Root {
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', title),
          h('style', STYLE)
        ]),
        h('body', [h('main', [...sections]), h('script', SCRIPT)])
      ])
    ]
  }
}

/** The list of the four highlight styles. */
function legend(): Element {
  const item = (className: string, name: string) => h('li', h('span', {className}, name))
  const items = [item('cue', 'cue'), item('content', 'content'), item('source', 'source'), item('via', 'channel')]
  return h('ul.legend', {ariaLabel: 'Legend'}, items)
}

/** `1 source`, `2 sources`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
