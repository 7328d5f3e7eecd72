/**
 * The annotated HTML view, in Node: how the text is cut and marked, the
 * descriptions, the sources table, bad arguments, and the command line's
 * page. test/html-browser.test.ts checks the page in a real browser.
 */
import fc from 'fast-check'
import type {Element, ElementContent} from 'hast'
import {describe, expect, it} from 'vitest'
import {htmlSink} from '../src/cli/format-html.js'
import {describeAttribution} from '../src/html/describe.js'
import {toHtml} from '../src/html/index.js'
import {documentSection, pageShell, renderSection} from '../src/html/page.js'
import {ROLES, segmentText, type Segment} from '../src/html/segments.js'
import {sourcesTable} from '../src/html/sources-table.js'
import {extractAttributions, type ExtractResult, type Source, type Span} from '../src/index.js'

/** A segment as `text [role index; …]`, roles in the view's order, unmarked ones bare. */
function show(text: string, segment: Segment): string {
  const roles = ROLES.filter((role) => segment.roles[role] !== undefined).map(
    (role) => `${role} ${segment.roles[role]}`
  )
  const slice = text.slice(segment.start, segment.end)
  return roles.length === 0 ? slice : `${slice} [${roles.join('; ')}]`
}

/** The text of a hast node. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  return node.type === 'element' ? node.children.map(textOf).join('') : ''
}

describe('segmentText', () => {
  it.each([
    {name: 'empty text', input: '', segments: []},
    {name: 'no attribution', input: 'The river rose.', segments: ['The river rose.']},
    {
      name: 'direct quote, source, cue',
      input: '“The road stays closed,” the mayor said.',
      segments: ['“The road stays closed,” [content 0]', ' ', 'the mayor [source 0]', ' ', 'said [cue 0]', '.']
    },
    {
      name: 'nested: a second attribution inside the first one’s content, with a channel',
      input: 'Nina Park told Reuters that the mill would close after she said workers were told.',
      segments: [
        'Nina Park [source 0]',
        ' ',
        'told [cue 0]',
        ' ',
        'Reuters [via 0]',
        ' ',
        'that the mill would close after  [content 0]',
        'she [source 1; content 0]',
        '  [content 0]',
        'said [cue 1; content 0]',
        '  [content 0]',
        'workers were told [content 1]',
        '.'
      ]
    },
    {
      name: 'no content',
      input: 'Officials declined to comment.',
      segments: ['Officials [source 0]', ' ', 'declined to comment [cue 0]', '.']
    }
  ])('$name', ({input, segments}) => {
    const result = extractAttributions(input)
    expect(segmentText(input, result.attributions).map((segment) => show(input, segment))).toEqual(segments)
  })

  it('a cue in pieces is marked piece by piece, not across the gap', () => {
    const input = 'The paper quoted the chief engineer as saying the gates had failed.'
    const result = extractAttributions(input)
    expect(result.attributions.map((a) => a.cue.parts?.map((part) => part.text))).toEqual([['quoted', 'as saying']])
    expect(segmentText(input, result.attributions).map((segment) => show(input, segment))).toEqual([
      'The paper [via 0]',
      ' ',
      'quoted [cue 0]',
      ' ',
      'the chief engineer [source 0]',
      ' ',
      'as saying [cue 0]',
      ' ',
      'the gates had failed [content 0]',
      '.'
    ])
  })

  it('the segments cover the text in order, and the segments starting in a span spell it', () => {
    const alphabet = fc.constantFrom(
      '“',
      '”',
      '"',
      "'",
      ',',
      '.',
      ' ',
      '\n\n',
      'said',
      'told',
      'according to',
      'Ana Ruiz',
      'the mayor',
      'AFP',
      'that',
      'declined to comment',
      'he',
      '<',
      '&',
      '\u0000',
      '\uD800'
    )
    fc.assert(
      fc.property(
        fc.array(alphabet, {maxLength: 40}).map((pieces) => pieces.join('')),
        (input) => {
          const {attributions} = extractAttributions(input)
          const segments = segmentText(input, attributions)
          expect(segments.map((s) => input.slice(s.start, s.end)).join('')).toBe(input)
          segments.forEach((s, k) => expect(s.start).toBe(k === 0 ? 0 : segments[k - 1].end))
          // What the page's script marks for a span: the stretches that start in it.
          const spell = (span: Span) =>
            segments
              .filter((s) => s.start >= span.start && s.start < span.end)
              .map((s) => input.slice(s.start, s.end))
              .join('')
          for (const a of attributions) {
            for (const span of [
              ...(a.cue.parts ?? [a.cue]),
              ...(a.content?.parts ?? (a.content ? [a.content] : [])),
              a.source,
              a.via
            ]) {
              if (span) expect(spell(span)).toBe(span.text)
            }
          }
          // A stretch names an attribution in a role only if one of its spans in that role covers it.
          for (const s of segments) {
            for (const role of ROLES) {
              const k = s.roles[role]
              if (k === undefined) continue
              const a = attributions[k]
              const spans =
                role === 'cue'
                  ? (a.cue.parts ?? [a.cue])
                  : role === 'content'
                    ? (a.content?.parts ?? [a.content!])
                    : [a[role]!]
              expect(spans.some((span) => span.start <= s.start && s.end <= span.end)).toBe(true)
            }
          }
        }
      ),
      {numRuns: 300}
    )
  })

  it.each([250, 1000])('the page stays linear in the text and the attributions at nesting depth %i', (depth) => {
    const input = '"' + Array(depth).fill('he said that she said that').join(' ') + '"'
    const result = extractAttributions(input)
    expect(toHtml(input, result).length).toBeLessThan(4 * (input.length + 200 * result.attributions.length))
  })
})

describe('toHtml', () => {
  const input = '“The road stays closed,” the mayor said.'
  const result = extractAttributions(input)

  it.each([
    {
      name: 'text not a string',
      call: () => toHtml(42 as unknown as string, result),
      message: 'toHtml: expected the text as a string, got number'
    },
    {
      name: 'result missing',
      call: () => toHtml(input, null as unknown as ExtractResult),
      message: 'toHtml: expected a result {attributions, sources} from extractAttributions'
    },
    {
      name: 'result without sources',
      call: () => toHtml(input, {attributions: []} as unknown as ExtractResult),
      message: 'toHtml: expected a result {attributions, sources} from extractAttributions'
    },
    {
      name: 'options not an object',
      call: () => toHtml(input, result, null as unknown as {}),
      message: 'toHtml: expected options to be an object'
    },
    {
      name: 'title not a string',
      call: () => toHtml(input, result, {title: 7 as unknown as string}),
      message: 'toHtml: expected options.title to be a string, got number'
    },
    {
      name: 'result of another text',
      call: () => toHtml('“The road stays opened,” the mayor said.', result),
      message:
        'toHtml: attributions[0].content (0–24) is not a span of this text; pass the text that the result was made from'
    },
    {
      name: 'span past the end',
      call: () => toHtml('Short.', result),
      message:
        'toHtml: attributions[0].cue (35–39) is not a span of this text; pass the text that the result was made from'
    }
  ])('throws a TypeError: $name', ({call, message}) => {
    expect(call).toThrow(new TypeError(message))
  })

  it('escapes markup in the text, the title and the source names', () => {
    const hostile = 'Dr. <b>Bold</b> said "<script>alert(1)</script>" & left.'
    const page = toHtml(hostile, extractAttributions(hostile), {title: '</title><script>x()</script>'})
    expect(page.match(/<script>/g)).toHaveLength(1)
    expect(page).toContain('<title>&#x3C;/title>&#x3C;script>x()&#x3C;/script></title>')
    expect(page).not.toContain('<b>')
    expect(page).toContain('&#x3C;script>alert(1)&#x3C;/script>')
  })

  it('is the command line’s page for one article with the same title', () => {
    const shell = pageShell('story.txt')
    expect(toHtml(input, result, {title: 'story.txt'})).toBe(
      shell.head + renderSection(documentSection('story.txt', input, result)) + shell.tail
    )
  })
})

describe('describeAttribution', () => {
  it.each([
    {
      input: '“The road stays closed,” the mayor said.',
      index: 0,
      line: '#1 “said” · source: the mayor (person) · rule: verb-inverted · confidence 0.85 · speech, direct'
    },
    {
      input: 'Nina Park told Reuters that the mill would close.',
      index: 0,
      line: '#1 “told” · source: Nina Park (person) · via: Reuters (media) · rule: verb-subject · confidence 0.85 · speech, indirect'
    },
    {
      input: 'Officials declined to comment.',
      index: 0,
      line: '#1 “declined to comment” · source: Officials (group) · rule: refusal · confidence 0.85 · refusal, none'
    },
    {
      input: 'The paper quoted the chief engineer as saying the gates had failed.',
      index: 0,
      line: '#1 “quoted … as saying” · source: the chief engineer (person) · via: The paper (media) · rule: quoted-as-saying · confidence 0.85 · report, indirect'
    }
  ])('$line', ({input, index, line}) => {
    const {attributions, sources} = extractAttributions(input)
    // A fixed confidence: the line's format is under test here, not the model's weights.
    const attribution = {...attributions[index], confidence: 0.85}
    expect(describeAttribution(attribution, index, new Map(sources.map((s) => [s.id, s])))).toBe(line)
  })
})

describe('sourcesTable', () => {
  /** The cell texts of each body row. */
  const rows = (table: Element) => {
    const body = ((table.children[0] as Element).children[2] as Element).children as Element[]
    return body.map((row) => row.children.map(textOf))
  }

  it('lists name, kind, gender, anonymous, mentions and claims', () => {
    const input = 'Nina Park told Reuters that the mill would close because she said workers were told.'
    const {attributions, sources} = extractAttributions(input)
    expect(rows(sourcesTable(sources, attributions))).toEqual([
      ['Nina Park', 'person', 'female', 'no', '2', '2'],
      ['Reuters', 'media', '—', 'no', '1', '0']
    ])
  })

  it('shows an unknown gender as an em dash', () => {
    const source: Source = {id: 's1', name: 'Nina Park', kind: 'person', anonymous: false, mentions: [], gender: null}
    expect(rows(sourcesTable([source], []))).toEqual([['Nina Park', 'person', '—', 'no', '0', '0']])
  })

  it('says when there are no sources', () => {
    expect(rows(sourcesTable([], []))).toEqual([['No sources found.']])
  })
})

describe('htmlSink', () => {
  it('writes one page with a section per entry, errors included', () => {
    const first = 'Officials declined to comment.'
    const second = '“The road stays closed,” the mayor said.'
    const sink = htmlSink('whosaid: news/')
    const ok = (text: string) => ({keys: {path: 'x'}, result: extractAttributions(text)})
    const failed = {keys: {path: 'b.txt'}, error: 'cannot read: EACCES'}
    const entry = (...args: Parameters<typeof sink.entry>) => [...sink.entry(...args)].join('')
    const page =
      sink.begin() +
      entry('a.txt', ok(first), first) +
      entry('b.txt', failed, null) +
      entry('c.txt', ok(second), second) +
      sink.end()
    const shell = pageShell('whosaid: news/')
    expect(page.startsWith(shell.head) && page.endsWith(shell.tail)).toBe(true)
    expect(page.match(/<section class="doc">/g)).toHaveLength(3)
    expect(
      [...page.matchAll(/<h2>([^<]*)<\/h2>(<p class="(?:counts|error)">[^<]*)/g)].map((m) => m[1] + ' ' + m[2])
    ).toEqual([
      'a.txt <p class="counts">1 attribution, 1 source',
      'b.txt <p class="error">error: cannot read: EACCES',
      'c.txt <p class="counts">1 attribution, 1 source'
    ])
  })
})
