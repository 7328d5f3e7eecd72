/**
 * Baselines: the F1 figures a later run must not fall below.
 */
import type {GgtReport} from './ggt-types.js'
import {ROLES} from './spans.js'
import type {EvaluationReport} from './types.js'

/** The format tag written into every baseline. */
export const BASELINE_FORMAT = 'whosaid-eval-baseline/1'

/**
 * The stored figures: F1 per role and matching (`cue.exact` …) and `linked`,
 * and with the GGT measures their F1s and accuracies (`ggt.quotes@0.3` …).
 */
export interface Baseline {
  format: typeof BASELINE_FORMAT
  /** How many documents the figures were measured on. */
  documents: number
  /** Figures by name, rounded to four decimals. */
  f1: Record<string, number>
}

/** A figure that fell too far below its baseline. */
export interface Regression {
  figure: string
  baseline: number
  current: number
}

/** Return every F1 of a report by name: `cue.exact`, `cue.overlap`, … `linked`. */
export function f1Figures(report: EvaluationReport): Record<string, number> {
  const figures: Record<string, number> = {}
  for (const role of ROLES) {
    figures[`${role}.exact`] = report.roles[role].exact.f1
    figures[`${role}.overlap`] = report.roles[role].overlap.f1
  }
  figures.linked = report.linked.f1
  return figures
}

/**
 * Return the GGT figures by name: quote F1, speaker and canonical-source
 * accuracy at each threshold (`ggt.quotes@0.3`, `ggt.speaker@0.3`,
 * `ggt.canonical@0.3` …), people quoted F1 (`ggt.people`) and gender
 * accuracy (`ggt.gender`).
 */
export function ggtFigures(report: GgtReport): Record<string, number> {
  const figures: Record<string, number> = {}
  for (const t of report.thresholds) {
    figures[`ggt.quotes@${t.threshold}`] = t.quotes.f1
    figures[`ggt.speaker@${t.threshold}`] = t.speaker.accuracy
    figures[`ggt.canonical@${t.threshold}`] = t.canonical.accuracy
  }
  figures['ggt.people'] = report.people.overall.f1
  figures['ggt.gender'] = report.people.gender.accuracy
  return figures
}

/** Build a baseline from figures by name, rounded to four decimals. */
export function baselineOf(figures: Record<string, number>, documents: number): Baseline {
  const f1: Record<string, number> = {}
  for (const [name, value] of Object.entries(figures)) f1[name] = Math.round(value * 1e4) / 1e4
  return {format: BASELINE_FORMAT, documents, f1}
}

/** Build the baseline of a report, with F1 figures rounded to four decimals. */
export function toBaseline(report: EvaluationReport): Baseline {
  return baselineOf(f1Figures(report), report.documents)
}

/**
 * Compare a report with a baseline (as parsed from JSON) and return every
 * figure more than `tolerance` below its baseline value. A baseline figure
 * the report lacks is a regression (current `NaN`). Throws a TypeError when
 * `baseline` is not in the baseline format or `tolerance` is not a
 * non-negative number.
 */
export function compareBaseline(report: EvaluationReport, baseline: unknown, tolerance: number): Regression[] {
  return compareFigures(f1Figures(report), baseline, tolerance)
}

/** Compare figures by name with a baseline, as `compareBaseline` does for a report's. */
export function compareFigures(current: Record<string, number>, baseline: unknown, tolerance: number): Regression[] {
  if (typeof tolerance !== 'number' || !(tolerance >= 0)) {
    throw new TypeError(`compareBaseline: expected \`tolerance\` to be a non-negative number, got ${String(tolerance)}`)
  }
  const record = baseline as Partial<Baseline> | null
  if (
    typeof record !== 'object' ||
    record === null ||
    record.format !== BASELINE_FORMAT ||
    typeof record.f1 !== 'object' ||
    record.f1 === null
  ) {
    throw new TypeError(
      `compareBaseline: expected a baseline object with format "${BASELINE_FORMAT}" and \`f1\` figures`
    )
  }
  const regressions: Regression[] = []
  for (const [figure, value] of Object.entries(record.f1)) {
    if (typeof value !== 'number') {
      throw new TypeError(`compareBaseline: expected baseline figure \`${figure}\` to be a number, got ${typeof value}`)
    }
    const now = figure in current ? current[figure] : Number.NaN
    if (!(now >= value - tolerance - 1e-9)) regressions.push({figure, baseline: value, current: now})
  }
  return regressions
}
