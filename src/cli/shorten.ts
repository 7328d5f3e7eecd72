/** Shorten text for display. */

/**
 * Collapse runs of white space in `text` to one space and cut it to at most
 * `max` characters (default 200), ending with `…` when something was cut.
 * The cut falls on a word boundary when one is near.
 */
export function shorten(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return (space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd() + '…'
}
