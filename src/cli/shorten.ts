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

/** Control characters (C0 but tab and line breaks, DEL, C1) and the bidirectional overrides. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/**
 * `text` safe to write to a terminal: each control character that could
 * start an escape sequence or reorder the line is written as `\x1B` or
 * `\u202E`, so that an article cannot move the cursor, change colours or
 * set the window title.
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0)
    return code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase()}`
  })
}
