/** Types for `invariants.js` (plain JS so the Node scripts can share it). */

/** Show a string briefly, with escapes. */
export function preview(value: unknown, max?: number): string

/** Every invariant `result` breaks for `input`, as `"[code] path: detail"` strings. */
export function checkInvariants(input: string, result: unknown): string[]

/** The first path where two results differ, or null when deep equal. */
export function firstDifference(a: unknown, b: unknown, path?: string): string | null

/** Call `extract(input)` twice: no throw, the invariants, the same output twice. */
export function checkRun(extract: (text: string) => unknown, input: string): string[]

/** The rule code of a violation string. */
export function violationCode(violation: string): string
