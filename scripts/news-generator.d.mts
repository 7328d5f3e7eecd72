/** Types for `news-generator.mjs`. */

export interface ChoiceReader {
  pick(n: number): number
  from<T>(list: readonly T[]): T
  chance(percent: number): boolean
  readonly done: boolean
}

export function reader(choices: readonly number[]): ChoiceReader
export function prng(seed: number): () => number
export function randomChoices(random: () => number, count: number): number[]
export function newsText(choices: readonly number[]): string
export function soupText(choices: readonly number[]): string
export function unicodeText(choices: readonly number[]): string
export const HOSTILE: ReadonlyArray<{name: string; build: (size: number) => string}>
export function runOnQuote(size: number, direction: 'forward' | 'backward', cues?: number): string
export function cueDenseText(choices: readonly number[]): string
export function runOnText(choices: readonly number[]): string
export function deepJsonText(choices: readonly number[]): string
export function optionsCase(choices: readonly number[]): {options: unknown; valid: boolean}
