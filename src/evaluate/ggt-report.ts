/**
 * A readable text report of the GGT measures.
 */
import {GENDERS} from './ggt-people.js'
import type {Accuracy, GgtReport} from './ggt-types.js'
import {formatTable, percent} from './table.js'
import type {Score} from './types.js'

/** Return precision, recall and F1 as percentages. */
function prf(score: Score): string[] {
  return [percent(score.precision), percent(score.recall), percent(score.f1)]
}

/** Return an accuracy as a percentage, `-` when nothing was judged. */
function share(accuracy: Accuracy): string {
  return accuracy.count === 0 ? '-' : percent(accuracy.accuracy)
}

/**
 * Render the GGT measures as text: quotes, speaker and canonical source at
 * each threshold, then people quoted overall and by gender. Figures are
 * percentages.
 */
export function formatGgtReport(report: GgtReport): string {
  const out: string[] = [
    `Gender Gap Tracker measures: ${report.documents} documents, ${report.goldQuotes} gold quotes, ` +
      `${report.predictedQuotes} predicted (one per content piece)`,
    ''
  ]
  const quoteRows = [['coverage >', 'quote P', 'R', 'F1', 'speaker', 'canonical', 'matched']]
  for (const t of report.thresholds) {
    quoteRows.push([String(t.threshold), ...prf(t.quotes), share(t.speaker), share(t.canonical), String(t.quotes.tp)])
  }
  out.push(formatTable(quoteRows))
  out.push('(speaker and canonical: shares of the matched quotes)')
  out.push('')
  const people = report.people
  const peopleRows = [['people quoted', 'P', 'R', 'F1', 'gold', 'predicted']]
  const row = (name: string, score: Score): string[] => [
    name,
    ...prf(score),
    String(score.tp + score.fn),
    String(score.tp + score.fp)
  ]
  peopleRows.push(row('overall', people.overall))
  for (const gender of GENDERS) peopleRows.push(row(gender, people.byGender[gender]))
  out.push(formatTable(peopleRows))
  const gender = people.gender
  out.push(
    gender.count === 0
      ? 'Gender: no gold person quoted was found.'
      : `Gender right for ${gender.correct} of the ${gender.count} people found (${share(gender)}%).`
  )
  return out.join('\n')
}
