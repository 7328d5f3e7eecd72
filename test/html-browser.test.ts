/**
 * The annotated page in a real browser: headless Chromium (Debian's
 * `chromium`, or CHROMIUM_PATH) driven by playwright-core. For our example
 * article, the seed articles (read from ../shared/seeds at run time) and
 * sentences of our own: one highlighted cue per attribution, every role's
 * text, the sources table complete, the text shown whole, nothing fetched,
 * hostile input kept as text, and selection by click and hover. Screenshots
 * at desktop and phone width; WHOSAID_SCREENSHOT=path keeps the desktop one
 * (that is how docs/html-view.png is made). Without Chromium or the seeds
 * the suite is skipped locally and fails in CI.
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {describeAttribution} from '../src/html/describe.js'
import {toHtml} from '../src/html/index.js'
import {extractAttributions, type ExtractResult, type PiecewiseSpan, type Span} from '../src/index.js'

// The page functions below run in the browser; the project's types have no DOM, so
// these declare the little of it they use (module-local, not global).
interface DomRect {
  top: number
  bottom: number
}
interface DomElement {
  tagName: string
  textContent: string | null
  children: Iterable<DomElement>
  classList: {contains(name: string): boolean}
  getAttribute(name: string): string | null
  getBoundingClientRect(): DomRect
  dispatchEvent(event: unknown): boolean
}
declare const document: {
  title: string
  scripts: {length: number}
  documentElement: {scrollWidth: number}
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): Iterable<DomElement> & {length: number}
}
declare const window: {innerWidth: number}
declare const MouseEvent: new (type: string, init: {bubbles: boolean}) => unknown
declare function getComputedStyle(element: DomElement): {fontSize: string}

const here = dirname(fileURLToPath(import.meta.url))
const SEEDS = join(here, '..', '..', 'shared', 'seeds')
const HINT = 'Hover over or tap a highlighted cue to see its attribution, rule and confidence.'
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false'

/** The Chromium to drive: CHROMIUM_PATH, else the first of the usual names on PATH. */
function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = dirs.map((dir) => join(dir, name)).find((path) => existsSync(path))
    if (found) return found
  }
  return undefined
}

const executable = findChromium()
const seeds = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((name) => name.endsWith('.txt'))
      .sort()
  : []
if (seeds.length === 0 && !inCi) console.warn(`html-browser.test: seed cases skipped, no seed articles at ${SEEDS}`)
if (!executable && !inCi)
  console.warn('html-browser.test: skipped, no chromium found (apt-get install chromium, or set CHROMIUM_PATH)')

/** Our own texts, then the seeds by path. */
const cases: {name: string; text: string}[] = [
  {name: 'examples/article.txt', text: readFileSync(join(here, '..', 'examples', 'article.txt'), 'utf8')},
  {
    name: 'nested attributions and a channel',
    text: 'Nina Park told Reuters that the mill would close because she said workers were told.\r\n\r\nOfficials declined to comment.'
  },
  {name: 'no attribution', text: 'The river rose overnight.'},
  ...seeds.map((name) => ({name: `seed ${name}`, text: readFileSync(join(SEEDS, name), 'utf8')}))
]

/** What the page should show for a character: line ends as the HTML parser reads them, hidden controls as pictures. */
function displayed(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (c) =>
      String.fromCharCode(c === '\u007F' ? 0x2421 : 0x2400 + c.charCodeAt(0))
    )
}

/** A span's text, its pieces run together as the page marks them. */
const spelled = (span: PiecewiseSpan | Span | null) =>
  span === null ? '' : ('parts' in span && span.parts ? span.parts : [span]).map((p) => p.text).join('')

/** What the page shows, read from its DOM. */
interface Shown {
  roles: Record<'cue' | 'content' | 'source' | 'via', Record<string, string>>
  rows: string[][]
  text: string
  scripts: number
  tagsInText: string[]
  title: string
}

/** Read the page's DOM; for each attribution, hover its cue and read what is selected in each role. */
function inspect(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const roles = {cue: {}, content: {}, source: {}, via: {}} as Shown['roles']
    for (const record of document.querySelectorAll('[data-attribution]')) {
      const id = record.getAttribute('data-attribution')!
      const cue = document.querySelector(`.text .cue[data-a="${id}"]`)
      if (cue === null) continue
      cue.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))
      for (const role of ['cue', 'content', 'source', 'via'] as const) {
        const text = [...document.querySelectorAll(`.text .sel-${role}`)]
          .map((element) => element.textContent ?? '')
          .join('')
        if (text !== '') roles[role][id] = text
      }
    }
    const rows = [...document.querySelectorAll('table.sources tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent ?? '')
    )
    const text = document.querySelector('.text')?.textContent ?? ''
    const tagsInText = [...new Set([...document.querySelectorAll('.text *')].map((element) => element.tagName))]
    return {roles, rows, text, scripts: document.scripts.length, tagsInText, title: document.title}
  })
}

/** The DOM the page should have for `text` and `result`. */
function expected(text: string, result: ExtractResult, title: string): Shown {
  const roles = {cue: {}, content: {}, source: {}, via: {}} as Shown['roles']
  result.attributions.forEach((a, i) => {
    roles.cue[i] = displayed(spelled(a.cue))
    if (a.content !== null && a.content.end > a.content.start) roles.content[i] = displayed(spelled(a.content))
    if (a.source !== null) roles.source[i] = displayed(spelled(a.source))
    if (a.via !== null) roles.via[i] = displayed(spelled(a.via))
  })
  const claims = (id: string) => result.attributions.filter((a) => a.source?.sourceId === id).length
  const rows = result.sources.map((s) => [
    s.name,
    s.kind,
    s.gender ?? '—',
    s.anonymous ? 'yes' : 'no',
    String(s.mentions.length),
    String(claims(s.id))
  ])
  return {
    roles,
    rows: rows.length > 0 ? rows : [['No sources found.']],
    text: displayed(text),
    scripts: 1,
    tagsInText: result.attributions.length > 0 ? ['SPAN'] : [],
    title
  }
}

/** The selected text in each role, and the info line. */
function selection(page: Page): Promise<{cue: string; content: string; source: string; via: string; info: string}> {
  return page.evaluate(() => {
    const text = (role: string) =>
      [...document.querySelectorAll(`.sel-${role}`)].map((element) => element.textContent ?? '').join('')
    return {
      cue: text('cue'),
      content: text('content'),
      source: text('source'),
      via: text('via'),
      info: document.querySelector('.info')?.textContent ?? ''
    }
  })
}

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): {width: number; height: number} {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return {width: png.readUInt32BE(16), height: png.readUInt32BE(20)}
}

describe.skipIf(!executable && !inCi)('annotated page in headless Chromium', () => {
  let browser: Browser | undefined
  let page: Page
  const requests: string[] = []

  beforeAll(async () => {
    if (!executable)
      throw new Error(
        'html-browser.test: no chromium found; CI installs it (apt-get install chromium), or set CHROMIUM_PATH'
      )
    if (seeds.length === 0 && inCi) throw new Error(`html-browser.test: no seed articles at ${SEEDS}`)
    // As root (CI), Chromium runs only without its sandbox.
    browser = await chromium.launch({executablePath: executable, args: ['--no-sandbox']})
    page = await browser.newPage({viewport: {width: 1200, height: 900}})
    await page.route('**/*', (route) => {
      requests.push(route.request().url())
      return route.abort()
    })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it.each(cases)('$name: cues, contents, sources, channels, table and text', async ({name, text}) => {
    const result = extractAttributions(text)
    await page.setContent(toHtml(text, result, {title: name}))
    expect(await inspect(page)).toEqual(expected(text, result, name))
    expect(Object.keys((await inspect(page)).roles.cue)).toHaveLength(result.attributions.length)
    expect(requests).toEqual([])
  })

  it('clicking a cue selects its attribution’s parts together, hovering another moves the selection', async () => {
    const text = cases[1].text
    const result = extractAttributions(text)
    const byId = new Map(result.sources.map((s) => [s.id, s]))
    await page.setContent(toHtml(text, result))
    await page.click('.cue[data-a="1"]')
    const info = (k: number) => describeAttribution(result.attributions[k], k, byId)
    expect(await selection(page)).toEqual({
      cue: 'said',
      content: 'workers were told',
      source: 'she',
      via: '',
      info: info(1)
    })
    await page.hover('.source[data-a="0"]')
    expect(await selection(page)).toEqual({
      cue: 'told',
      content: 'that the mill would close because she said workers were told',
      source: 'Nina Park',
      via: 'Reuters',
      info: info(0)
    })
    await page.click('.counts')
    expect(await selection(page)).toEqual({cue: '', content: '', source: '', via: '', info: HINT})
  })

  it('hostile input stays text: no markup, no script, nothing fetched', async () => {
    const text =
      "The mayor said \"<script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\">" +
      '</div></section><b>bold</b> &amp; &lt;!-- \u0000 \u001b" today.'
    const result = extractAttributions(text)
    expect(result.attributions.map((a) => a.cue.text)).toEqual(['said'])
    await page.setContent(toHtml(text, result, {title: '</title><script>document.title="owned"</script>'}))
    const shown = await inspect(page)
    expect(shown).toEqual(expected(text, result, '</title><script>document.title="owned"</script>'))
    expect(shown.text).toContain("<script>document.title='owned'</script>")
    expect(await page.evaluate(() => document.querySelectorAll('img, b, .text script').length)).toBe(0)
    expect(requests).toEqual([])
  })

  it('screenshots: desktop with a selection, and a phone width in one readable column', async () => {
    const {name, text} = cases[0]
    const result = extractAttributions(text)
    await page.setContent(toHtml(text, result, {title: name}))
    await page.click(`.cue[data-a="${Math.min(3, result.attributions.length - 1)}"]`)
    const desktop = await page.screenshot()
    expect(pngSize(desktop)).toEqual({width: 1200, height: 900})
    const keep = process.env.WHOSAID_SCREENSHOT
    const out = keep ?? join(mkdtempSync(join(tmpdir(), 'whosaid-html-')), 'desktop.png')
    writeFileSync(out, desktop)

    await page.setViewportSize({width: 390, height: 844})
    const phone = await page.evaluate(() => {
      const text = document.querySelector('.text')!.getBoundingClientRect()
      const aside = document.querySelector('aside')!.getBoundingClientRect()
      return {
        overflow: document.documentElement.scrollWidth > window.innerWidth,
        oneColumn: aside.top >= text.bottom,
        fontPx: parseFloat(getComputedStyle(document.querySelector('.text')!).fontSize)
      }
    })
    expect(phone).toEqual({overflow: false, oneColumn: true, fontPx: 16.8})
    expect(pngSize(await page.screenshot())).toEqual({width: 390, height: 844})
  })
})
