/** Copy options into plain data that can be posted to a worker thread. */
import type {Options} from '../types.js'

/** How deep options may nest (`verbs[i].forms[j]` is three levels). */
const MAX_DEPTH = 8

/**
 * Return a copy of `options` made of plain objects, arrays and primitives
 * only, read through any getters or `Proxy` traps once. A `Proxy`, a class
 * instance or a frozen object cannot always be structured-cloned, but the
 * values it exposes can. Throws a TypeError for a function, a symbol, or
 * nesting deeper than the options ever go (a cycle).
 */
export function plainOptions(options: Options): Options {
  return copy(options, 0, 'options') as Options
}

/** Copy one value; `path` names it in error messages. */
function copy(value: unknown, depth: number, path: string): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw new TypeError(`whosaid: \`${path}\` cannot be sent to a worker thread (got a ${typeof value})`)
  }
  if (value === null || typeof value !== 'object') return value
  if (depth >= MAX_DEPTH) throw new TypeError(`whosaid: \`${path}\` nests too deeply (is it circular?)`)
  if (Array.isArray(value)) return Array.from(value, (item, i) => copy(item, depth + 1, `${path}[${i}]`))
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value))
    out[key] = copy((value as Record<string, unknown>)[key], depth + 1, `${path}.${key}`)
  return out
}
