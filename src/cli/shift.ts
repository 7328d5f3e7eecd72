/** Move the offsets, paragraph numbers and source ids of a part's JSON result into the whole file's. */

/** Where a part starts in the whole file, and how many sources the parts before it found. */
export interface Shift {
  characters: number
  paragraphs: number
  sources: number
}

/**
 * Rewrite the JSON text of a result found in one part of a file so that it
 * describes the whole file: every `start` and `end` moves by the part's
 * offset, every `paragraph` by the paragraphs before it, and source ids
 * (`"id"` and `"sourceId"`, `s1` …) by the sources found before it. Keys
 * are matched outside strings only: inside a JSON string every quotation
 * mark is escaped, so `"start":` cannot occur there.
 */
export function shiftJson(json: string, shift: Shift): string {
  if (shift.characters === 0 && shift.paragraphs === 0 && shift.sources === 0) return json
  return json.replace(/"(start|end|paragraph)":(\d+)|"(sourceId|id)":"s(\d+)"/g, (_match, key?: string, value?: string, idKey?: string, id?: string) => {
    if (key !== undefined) return `"${key}":${Number(value) + (key === 'paragraph' ? shift.paragraphs : shift.characters)}`
    return `"${idKey}":"s${Number(id) + shift.sources}"`
  })
}
