/** The small inline script of the annotated view. */

/**
 * In each document, hovering, clicking (tapping) or focusing a marked
 * stretch selects the attribution it stands for (`data-a`): its record in
 * the hidden list gives its spans, and each stretch whose offset (`data-s`)
 * lies in one gets class `sel-cue`, `sel-content`, `sel-source` or
 * `sel-via`; the info line shows the record's title (rule, confidence, …) as
 * text. Clicking unmarked text clears the selection. It reads only the
 * page's own attributes and sets only classes and `textContent`. A block,
 * so it leaves no globals.
 */
export const SCRIPT = `{
const CLASSES = ['sel-cue', 'sel-content', 'sel-source', 'sel-via']
for (const doc of document.querySelectorAll('.doc')) {
  const info = doc.querySelector('.info')
  const hint = info ? info.textContent : ''
  const pieces = [...doc.querySelectorAll('.text [data-s]')]
  let current = null
  const select = (id) => {
    if (id === current) return
    current = id
    for (const piece of pieces) piece.classList.remove(...CLASSES)
    const record = id === null ? null : doc.querySelector('[data-attribution="' + id + '"]')
    if (info) info.textContent = record ? record.title : hint
    if (!record) return
    const spans = record.dataset.spans.split(' ').filter(Boolean).map((entry) => {
      const [role, range] = entry.split(':')
      const [from, to] = range.split('-').map(Number)
      return {role, from, to}
    })
    for (const piece of pieces) {
      const at = Number(piece.dataset.s)
      for (const span of spans) if (at >= span.from && at < span.to) piece.classList.add('sel-' + span.role)
    }
  }
  const marked = (event) => event.target.closest && event.target.closest('[data-a]')
  const follow = (event) => {
    const element = marked(event)
    if (element) select(element.dataset.a)
  }
  doc.addEventListener('mouseover', follow)
  doc.addEventListener('focusin', follow)
  doc.addEventListener('click', (event) => {
    const element = marked(event)
    select(element ? element.dataset.a : null)
  })
}
}`
