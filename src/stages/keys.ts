/**
 * Tables keyed by spans. Small integers hash and compare fastest, and
 * looking one up allocates nothing.
 */

/**
 * A table from spans [start, end) to values, for when a text may be long:
 * keyed by start (always a small integer, which the engine hashes fastest),
 * then by end in a short list of `end, value` pairs. Numeric keys built from
 * both ends grow past small integers once a text passes about 32,000
 * characters, and hashing them then costs more with every megabyte.
 */
export type SpanTable<V> = Map<number, Array<number | V>>

/** The value stored for [start, end), if any. */
export function spanGet<V>(table: SpanTable<V>, start: number, end: number): V | undefined {
  const list = table.get(start)
  if (list === undefined) return undefined
  for (let i = 0; i < list.length; i += 2) if (list[i] === end) return list[i + 1] as V
  return undefined
}

/** Store `value` for [start, end), replacing what was there. */
export function spanSet<V>(table: SpanTable<V>, start: number, end: number, value: V): void {
  const list = table.get(start)
  if (list === undefined) {
    table.set(start, [end, value])
    return
  }
  for (let i = 0; i < list.length; i += 2) {
    if (list[i] === end) {
      list[i + 1] = value
      return
    }
  }
  list.push(end, value)
}
