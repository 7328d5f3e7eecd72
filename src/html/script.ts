/** The small inline script of the annotated view. */

/**
 * In each document, hovering, clicking (tapping) or focusing a marked
 * stretch selects the attribution it stands for (`data-a`): every element
 * whose `data-cue`, `data-content`, `data-source` or `data-via` lists it
 * gets class `sel`, and the info line shows the cue's title (rule,
 * confidence, …) as text. Clicking unmarked text clears the selection. It
 * reads only the page's own attributes and sets only classes and
 * `textContent`.
 */
export const SCRIPT = `
for (const doc of document.querySelectorAll('.doc')) {
  const info = doc.querySelector('.info')
  const hint = info ? info.textContent : ''
  let current = null
  const select = (id) => {
    if (id === current) return
    current = id
    for (const element of doc.querySelectorAll('.sel')) element.classList.remove('sel')
    if (id === null) {
      if (info) info.textContent = hint
      return
    }
    for (const role of ['cue', 'content', 'source', 'via']) {
      for (const element of doc.querySelectorAll('[data-' + role + '~="' + id + '"]')) element.classList.add('sel')
    }
    const cue = doc.querySelector('[data-cue~="' + id + '"]')
    if (info) info.textContent = cue ? cue.title : ''
  }
  const marked = (event) => event.target.closest && event.target.closest('[data-a]')
  doc.addEventListener('mouseover', (event) => {
    const element = marked(event)
    if (element) select(element.dataset.a)
  })
  doc.addEventListener('focusin', (event) => {
    const element = marked(event)
    if (element) select(element.dataset.a)
  })
  doc.addEventListener('click', (event) => {
    const element = marked(event)
    select(element ? element.dataset.a : null)
  })
}
`
