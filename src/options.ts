/**
 * Check user options, throwing a `TypeError` that says what was expected.
 */
import {isRuleId, RULES} from './rules/registry.js'
import type {CueCategory, Options} from './types.js'

const CATEGORIES = new Set<CueCategory>([
  'speech',
  'writing',
  'report',
  'statement',
  'belief',
  'stance',
  'intention',
  'evidence',
  'refusal'
])

function fail(message: string): never {
  throw new TypeError(`whosaid: ${message}`)
}

/** A short, safe rendering of any value for an error message. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'symbol') return 'a symbol'
  if (value === null || typeof value !== 'object') return String(value)
  return kind(value)
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}

/** The first index of `list` that holds no string (or a blank one, when `nonBlank`), or -1; a hole holds no string. */
function firstNonString(list: readonly unknown[], nonBlank: boolean): number {
  for (let i = 0; i < list.length; i++) {
    const item = list[i]
    if (typeof item !== 'string' || (nonBlank && item.trim() === '')) return i
  }
  return -1
}

/** Throw a `TypeError` unless `options` is undefined or a well-formed `Options`. */
export function validateOptions(options: unknown): asserts options is Options | undefined {
  if (options === undefined || options === null) return
  if (typeof options !== 'object' || Array.isArray(options))
    fail(`expected \`options\` to be an object, got ${kind(options)}`)
  const o = options as Record<string, unknown>
  if (o.verbs !== undefined) {
    if (Array.isArray(o.verbs)) {
      // Index loops, not forEach or some: those skip the holes of a sparse array, which later reads would hit.
      for (let i = 0; i < o.verbs.length; i++) {
        const item: unknown = o.verbs[i]
        if (typeof item === 'string') {
          if (item.trim() === '') fail(`expected \`options.verbs[${i}]\` to be a non-empty string`)
          continue
        }
        if (
          typeof item !== 'object' ||
          item === null ||
          typeof (item as {lemma?: unknown}).lemma !== 'string' ||
          (item as {lemma: string}).lemma.trim() === ''
        ) {
          fail(
            `expected \`options.verbs[${i}]\` to be a string or {lemma: string, category?, forms?} with a non-empty lemma, got ${kind(item)}`
          )
        }
        const entry = item as {category?: unknown; forms?: unknown}
        if (entry.category !== undefined && !CATEGORIES.has(entry.category as CueCategory))
          fail(`expected \`options.verbs[${i}].category\` to be one of ${[...CATEGORIES].join(', ')}`)
        if (entry.forms !== undefined && (!Array.isArray(entry.forms) || firstNonString(entry.forms, true) !== -1))
          fail(`expected \`options.verbs[${i}].forms\` to be an array of strings, none empty`)
      }
    } else if (typeof o.verbs === 'object' && o.verbs !== null) {
      for (const [lemma, category] of Object.entries(o.verbs)) {
        if (lemma.trim() === '') fail('expected the keys of `options.verbs` to be non-empty verbs')
        if (!CATEGORIES.has(category as CueCategory))
          fail(
            `expected \`options.verbs.${lemma}\` to be a category (${[...CATEGORIES].join(', ')}), got ${show(category)}`
          )
      }
    } else {
      fail(`expected \`options.verbs\` to be an array or an object, got ${kind(o.verbs)}`)
    }
  }
  if (o.outlets !== undefined) {
    if (!Array.isArray(o.outlets))
      fail(`expected \`options.outlets\` to be an array of strings, got ${kind(o.outlets)}`)
    const bad = firstNonString(o.outlets, false)
    if (bad !== -1)
      fail(`expected \`options.outlets\` to be an array of strings, got ${show(o.outlets[bad])} at index ${bad}`)
  }
  if (o.categories !== undefined) {
    if (!Array.isArray(o.categories))
      fail(`expected \`options.categories\` to be an array of categories, got ${kind(o.categories)}`)
    for (const category of o.categories) {
      if (!CATEGORIES.has(category as CueCategory))
        fail(`expected \`options.categories\` to hold only ${[...CATEGORIES].join(', ')}; got ${show(category)}`)
    }
  }
  if (o.rules !== undefined) {
    const known = RULES.map((rule) => rule.id).join(', ')
    if (!Array.isArray(o.rules)) fail(`expected \`options.rules\` to be an array of rule names, got ${kind(o.rules)}`)
    for (let i = 0; i < o.rules.length; i++) {
      if (!isRuleId(o.rules[i]))
        fail(`expected \`options.rules\` to hold only rule names (${known}); got ${show(o.rules[i])} at index ${i}`)
    }
  }
  if (o.includeRefusals !== undefined && typeof o.includeRefusals !== 'boolean') {
    fail(`expected \`options.includeRefusals\` to be a boolean, got ${kind(o.includeRefusals)}`)
  }
  if (o.keepBoilerplate !== undefined && typeof o.keepBoilerplate !== 'boolean') {
    fail(`expected \`options.keepBoilerplate\` to be a boolean, got ${kind(o.keepBoilerplate)}`)
  }
  if (o.gender !== undefined && typeof o.gender !== 'boolean') {
    fail(`expected \`options.gender\` to be a boolean, got ${kind(o.gender)}`)
  }
  if (
    o.minConfidence !== undefined &&
    (typeof o.minConfidence !== 'number' || !(o.minConfidence >= 0 && o.minConfidence <= 1))
  ) {
    fail(`expected \`options.minConfidence\` to be a number from 0 to 1, got ${show(o.minConfidence)}`)
  }
  if (o.model !== undefined && o.model !== null) validateModel(o.model)
  if (o.boundaries !== undefined && o.boundaries !== 'model' && o.boundaries !== 'rules') {
    fail(`expected \`options.boundaries\` to be 'model' or 'rules', got ${show(o.boundaries)}`)
  }
  if (o.cues !== undefined && o.cues !== 'broad' && o.cues !== 'rules') {
    fail(`expected \`options.cues\` to be 'broad' or 'rules', got ${show(o.cues)}`)
  }
}

/** Throw a `TypeError` unless `m` (named `name`) has a power-of-two `size`, a `scale` and `size` base64 weights. */
function validateWeights(m: Record<string, unknown>, name: string): void {
  const size = m.size
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 2 ** 24 || (size & (size - 1)) !== 0) {
    fail(`expected \`${name}.size\` to be a power of two up to 2^24`)
  }
  if (typeof m.scale !== 'number' || !(m.scale > 0) || !Number.isFinite(m.scale))
    fail(`expected \`${name}.scale\` to be a positive number`)
  if (
    typeof m.weights !== 'string' ||
    !/^[A-Za-z0-9+/]*={0,2}$/.test(m.weights) ||
    m.weights.length !== 4 * Math.ceil((2 * size) / 3)
  ) {
    fail(`expected \`${name}.weights\` to be ${size} 16-bit weights in base64`)
  }
}

/** Models already checked (a model is checked once, however often it is passed). */
const checkedModels = new WeakSet<object>()

/** Throw a `TypeError` unless `model` has the shape `whosaid-train` writes. */
function validateModel(model: unknown): void {
  if (typeof model !== 'object' || model === null || Array.isArray(model))
    fail(`expected \`options.model\` to be a model object or null, got ${kind(model)}`)
  if (checkedModels.has(model)) return
  const m = model as Record<string, unknown>
  if (m.format !== 'whosaid-confidence' || m.version !== 1)
    fail('expected `options.model` to be a whosaid-confidence model of version 1 (from whosaid-train)')
  validateWeights(m, 'options.model')
  if (m.boundaries !== undefined) {
    if (typeof m.boundaries !== 'object' || m.boundaries === null)
      fail(`expected \`options.model.boundaries\` to be a boundary model, got ${kind(m.boundaries)}`)
    const b = m.boundaries as Record<string, unknown>
    validateWeights(b, 'options.model.boundaries')
    if (typeof b.margin !== 'number' || !Number.isFinite(b.margin))
      fail('expected `options.model.boundaries.margin` to be a number')
    if (b.sources !== undefined) {
      if (typeof b.sources !== 'object' || b.sources === null)
        fail(`expected \`options.model.boundaries.sources\` to be a boundary model, got ${kind(b.sources)}`)
      const s = b.sources as Record<string, unknown>
      validateWeights(s, 'options.model.boundaries.sources')
      if (typeof s.margin !== 'number' || !Number.isFinite(s.margin))
        fail('expected `options.model.boundaries.sources.margin` to be a number')
    }
  }
  if (m.priorRules !== undefined) {
    if (!Array.isArray(m.priorRules) || m.priorRules.some((rule) => typeof rule !== 'string'))
      fail('expected `options.model.priorRules` to be a list of rule names')
  }
  if (m.cues !== undefined) {
    if (typeof m.cues !== 'object' || m.cues === null)
      fail(`expected \`options.model.cues\` to be a cue decider, got ${kind(m.cues)}`)
    const c = m.cues as Record<string, unknown>
    validateWeights(c, 'options.model.cues')
    if (
      typeof c.threshold !== 'number' ||
      !Number.isFinite(c.threshold) ||
      typeof c.ruleThreshold !== 'number' ||
      !Number.isFinite(c.ruleThreshold)
    ) {
      fail('expected `options.model.cues.threshold` and `.ruleThreshold` to be numbers')
    }
    if (c.nounThreshold !== undefined && (typeof c.nounThreshold !== 'number' || !Number.isFinite(c.nounThreshold)))
      fail('expected `options.model.cues.nounThreshold` to be a number when given')
    if (!Array.isArray(c.rules) || !c.rules.every(isRuleId))
      fail('expected `options.model.cues.rules` to be an array of rule names')
  }
  const calibration = m.calibration as {scores?: unknown; probabilities?: unknown} | null | undefined
  const numbers = (value: unknown, low: number, high: number): value is number[] =>
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((x, i) => typeof x === 'number' && x >= low && x <= high && (i === 0 || x >= value[i - 1]))
  if (
    typeof calibration !== 'object' ||
    calibration === null ||
    !numbers(calibration.scores, -Infinity, Infinity) ||
    !numbers(calibration.probabilities, 0, 1) ||
    calibration.scores.length !== calibration.probabilities.length
  ) {
    fail(
      'expected `options.model.calibration` to be {scores, probabilities}: equal-length, non-decreasing lists, probabilities in [0, 1]'
    )
  }
  checkedModels.add(model)
}
