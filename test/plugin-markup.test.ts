/**
 * The retext plugin under remark-retext and rehype-retext: offsets point
 * into the Markdown or HTML document, syntax stays out of every piece and
 * of source names. All sentences are invented.
 */
import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extractAttributions, type ExtractResult, type PiecewiseSpan} from '../src/index.js'
import retextWhosaid, {type Options} from '../src/retext.js'

/** One attribution as a case expects it: each span as its pieces of document text. */
interface Seen {
  cue: string[]
  content: string[] | null
  source: string[] | null
  via: string[] | null
  name: string | null
  rule: string
  mode: string
}

/** Run remark (bridge mode, with a retext processor) on a Markdown document. */
async function markdown(doc: string, options?: Options): Promise<ExtractResult> {
  const file = new VFile(doc)
  // remark-retext types its destination as a processor with no transformer yet, which no
  // processor with a retext plugin (typed Plugin<…, Root>, like every retext plugin) is.
  const retext = unified().use(retextEnglish).use(retextWhosaid, options) as unknown as Processor<Root>
  const processor = unified().use(remarkParse).use(remarkRetext, retext)
  await processor.run(processor.parse(file), file)
  return {attributions: file.data.attributions!, sources: file.data.sources!, skipped: file.data.skipped!}
}

/** Run rehype (mutate mode, with a parser) on an HTML document. */
function html(doc: string, options?: Options): ExtractResult {
  const file = new VFile(doc)
  const processor = unified().use(rehypeParse).use(rehypeRetext, ParseEnglish).use(retextWhosaid, options)
  const tree = processor.parse(file)
  // hast-util-to-nlcst throws on a tree with no position ("", "</a>"), before the plugin runs.
  if (!tree.position) return {attributions: [], sources: [], skipped: []}
  processor.runSync(tree, file)
  return {attributions: file.data.attributions!, sources: file.data.sources!, skipped: file.data.skipped!}
}

/** Check every span against the document and show each attribution by its pieces. */
function seen(doc: string, result: ExtractResult): Seen[] {
  const pieces = (span: PiecewiseSpan | null): string[] | null => {
    if (!span) return null
    expect(doc.slice(span.start, span.end)).toBe(span.text)
    for (const part of span.parts ?? []) expect(doc.slice(part.start, part.end)).toBe(part.text)
    return (span.parts ?? [span]).map((part) => part.text)
  }
  for (const source of result.sources) source.mentions.forEach(pieces)
  return result.attributions.map((a) => {
    pieces(a.sentence)
    return {
      cue: pieces(a.cue)!,
      content: pieces(a.content),
      source: pieces(a.source),
      via: pieces(a.via),
      name: result.sources.find((s) => s.id === a.source?.sourceId)?.name ?? null,
      rule: a.rule,
      mode: a.mode
    }
  })
}

const said = (source: string[], content: string[], name: string): Seen => ({
  cue: ['said'],
  content,
  source,
  via: null,
  name,
  rule: 'verb-subject',
  mode: 'indirect'
})

const MARKDOWN: Array<[string, string, Seen[], Options?]> = [
  [
    'a link inside a source',
    'Mayor [Ana Ruiz](https://example.org/ruiz) said that the pier would open in May.\n',
    [said(['Mayor', 'Ana Ruiz'], ['that the pier would open in May'], 'Ana Ruiz')]
  ],
  [
    'emphasis inside a source and a content',
    'Harbour master **Ines Corr** said that the *old* pier would close.\n',
    [said(['Harbour master', 'Ines Corr'], ['that the', 'old', 'pier would close'], 'Ines Corr')]
  ],
  [
    'a link as the channel',
    '“We are ready,” Corr told [the Coastal Herald](https://example.org/herald).\n',
    [
      {
        cue: ['told'],
        content: ['“We are ready,”'],
        source: ['Corr'],
        via: ['the Coastal Herald'],
        name: 'Corr',
        rule: 'verb-inverted',
        mode: 'direct'
      }
    ],
    {outlets: ['Coastal Herald']}
  ],
  [
    'a heading and list items',
    '# Port news\n\n- The mayor said the ferry was late.\n- A port official said the crane was broken.\n',
    [
      said(['The mayor'], ['the ferry was late'], 'The mayor'),
      said(['A port official'], ['the crane was broken'], 'A port official')
    ]
  ],
  [
    'a block quote over two lines',
    '> Corr said that the pier\n> would reopen in May.\n',
    [said(['Corr'], ['that the pier', 'would reopen in May'], 'Corr')]
  ],
  [
    'escapes are text, not syntax',
    'Corr said that the \\*old\\* pier would close.\n',
    [said(['Corr'], ['that the \\*old\\* pier would close'], 'Corr')]
  ]
]

const HTML: Array<[string, string, Seen[]]> = [
  [
    'a link and bold inside a source',
    '<p>Mayor <a href="https://example.org/ruiz">Ana Ruiz</a> of <b>Port Vell</b> said that the pier would open in May.</p>',
    [said(['Mayor', 'Ana Ruiz', 'of', 'Port Vell'], ['that the pier would open in May'], 'Ana Ruiz')]
  ],
  [
    'character references',
    '<p>&ldquo;We are ready,&rdquo; AT&amp;T spokeswoman Ines Corr said.</p>',
    [
      {
        cue: ['said'],
        content: ['&ldquo;We are ready,&rdquo;'],
        source: ['AT&amp;T spokeswoman Ines Corr'],
        via: null,
        name: 'Ines Corr',
        rule: 'verb-inverted',
        mode: 'direct'
      }
    ]
  ],
  [
    'numeric references after the first word',
    '<p>Corr&#8217;s deputy said that the pier&#x2019;s deck was new.</p>',
    [said(['Corr&#8217;s deputy'], ['that the pier&#x2019;s deck was new'], 'Corr’s deputy')]
  ],
  [
    'scripts and styles are left out',
    '<style>p {color: red}</style><p>The mayor said the ferry was late.</p><script>const said = "that nobody knew"</script>',
    [said(['The mayor'], ['the ferry was late'], 'The mayor')]
  ],
  [
    'a line break element',
    '<p>The mayor said<br>the ferry was late.</p>',
    [said(['The mayor'], ['the ferry was late'], 'The mayor')]
  ]
]

describe('retextAttribution under remark-retext', () => {
  it.each(MARKDOWN)('%s', async (_name, doc, expected, options) => {
    expect(seen(doc, await markdown(doc, options))).toEqual(expected)
  })

  it('gives the result of extractAttributions on Markdown without syntax', async () => {
    const doc =
      'Mayor Hilda Brandt said that the tram line would open in March.\n\n“We lost the radio,” Olsen said.\n\nThe airline declined to comment.\n'
    expect(await markdown(doc)).toEqual(extractAttributions(doc))
  })
})

describe('retextAttribution under rehype-retext', () => {
  it.each(HTML)('%s', (_name, doc, expected) => {
    expect(seen(doc, html(doc))).toEqual(expected)
  })
})

describe('retextAttribution on any Markdown or HTML', () => {
  const piece = fc.constantFrom(
    'Mayor ',
    '[Ana Ruiz](https://example.org/a b) ',
    '**Ines Corr** ',
    'said ',
    'told ',
    'that ',
    '“We are ready,” ',
    'the *old* pier ',
    '&amp; ',
    '&rsquo;',
    '\\*',
    '\n> ',
    '\n\n',
    '\n- ',
    '<b>',
    '</b>',
    '<a href="x">',
    '</a>',
    '&#8220;',
    '. ',
    ', '
  )
  const doc = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''))

  /** Every span and part holds the document's text at its offsets, parts in order within the span. */
  function checkSpans(text: string, result: ExtractResult): void {
    const check = (span: PiecewiseSpan | null): void => {
      if (!span) return
      expect(text.slice(span.start, span.end)).toBe(span.text)
      let last = span.start
      for (const part of span.parts ?? []) {
        expect(text.slice(part.start, part.end)).toBe(part.text)
        expect(part.start).toBeGreaterThanOrEqual(last)
        expect(part.end).toBeLessThanOrEqual(span.end)
        last = part.end
      }
    }
    for (const a of result.attributions) [a.cue, a.content, a.source, a.via, a.sentence].forEach(check)
    for (const source of result.sources) source.mentions.forEach(check)
  }

  it('keeps every span equal to the document at its offsets (Markdown)', async () => {
    await fc.assert(
      fc.asyncProperty(doc, async (text) => checkSpans(text, await markdown(text))),
      {numRuns: 150}
    )
  })

  it('keeps every span equal to the document at its offsets (HTML)', () => {
    fc.assert(
      fc.property(doc, (text) => checkSpans(text, html(text))),
      {numRuns: 150}
    )
  })
})
