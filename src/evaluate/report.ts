/**
 * A readable text report of an evaluation.
 */
import {ROLES} from './spans.js'
import {formatTable, percent} from './table.js'
import type {EvaluationReport, ExampleGroup, Recall, Score} from './types.js'

/** Return precision, recall and F1 as percentages. */
function prf(score: Score): string[] {
  return [percent(score.precision), percent(score.recall), percent(score.f1)]
}

/** Return a recall as a percentage. */
function rec(recall: Recall): string {
  return recall.count === 0 ? '-' : percent(recall.recall)
}

/** Format example groups, one header line per group and one line per example. */
function formatGroups(groups: ExampleGroup[]): string {
  if (groups.length === 0) return '  (none)'
  const lines: string[] = []
  for (const group of groups) {
    lines.push(`  "${group.cue}" \u00d7 ${group.count}`)
    for (const example of group.examples) lines.push(`      ${example.document} @${example.start}: ${example.context}`)
  }
  return lines.join('\n')
}

/**
 * Render a report as text: role scores under both matchings, linked
 * relations, recall by type and by cue, precision per rule and calibration
 * (when the predictions carry them), misses, false alarms and throughput.
 * Figures are percentages; a recall over no instance shows as `-`.
 */
export function formatReport(report: EvaluationReport): string {
  const out: string[] = []
  out.push(
    `whosaid evaluation: ${report.documents} documents, ${report.goldRelations} gold relations, ` +
      `${report.predictedRelations} predicted`
  )
  out.push('')
  const roleRows = [['role', 'exact P', 'R', 'F1', 'overlap P', 'R', 'F1', 'gold', 'predicted']]
  for (const role of ROLES) {
    const score = report.roles[role]
    roleRows.push([
      role,
      ...prf(score.exact),
      ...prf(score.overlap),
      String(score.exact.tp + score.exact.fn),
      String(score.exact.tp + score.exact.fp)
    ])
  }
  const linked = report.linked
  roleRows.push(['linked', '', '', '', ...prf(linked), String(linked.tp + linked.fn), String(linked.tp + linked.fp)])
  out.push(formatTable(roleRows))
  out.push('(per role: distinct spans per document; linked: cue, content and source overlap one gold relation)')
  out.push('')

  out.push('Recall by gold type (exact/overlap)')
  const typeRows = [['type', 'relations', 'cue', 'source', 'content', 'linked']]
  for (const t of report.byType) {
    typeRows.push([
      t.type,
      String(t.relations),
      `${rec(t.cue.exact)}/${rec(t.cue.overlap)}`,
      `${rec(t.source.exact)}/${rec(t.source.overlap)}`,
      `${rec(t.content.exact)}/${rec(t.content.overlap)}`,
      rec(t.linked)
    ])
  }
  out.push(formatTable(typeRows))
  out.push('')

  out.push(`Cue recall (overlap) for the ${report.byCue.length} most frequent gold cues`)
  const cueRows = [['cue', 'gold', 'found', 'recall', 'linked']]
  for (const c of report.byCue) {
    cueRows.push([c.cue, String(c.count), String(c.found), percent(c.recall), String(c.linked)])
  }
  out.push(formatTable(cueRows))
  out.push('')

  if (report.byRule.length > 0) {
    out.push('Per rule: precision (linked, and cue alone) and part of the recall (linked)')
    const ruleRows = [['rule', 'family', 'predicted', 'right', 'precision', 'cue precision', 'recall']]
    for (const r of report.byRule) {
      const none = r.predicted === 0
      ruleRows.push([
        r.rule,
        r.family ?? '-',
        String(r.predicted),
        String(r.right),
        none ? '-' : percent(r.precision),
        none ? '-' : percent(r.cuePrecision),
        percent(r.recall)
      ])
    }
    out.push(formatTable(ruleRows))
    out.push('')
    out.push('Calibration: share of attributions right in each band of confidence')
    const bandRows = [['confidence', 'attributions', 'right', 'share right']]
    for (const b of report.calibration) {
      bandRows.push([
        `${b.from.toFixed(1)}-${b.to.toFixed(1)}`,
        String(b.count),
        String(b.right),
        b.count === 0 ? '-' : percent(b.share)
      ])
    }
    out.push(formatTable(bandRows))
    out.push('')
  }

  out.push('Misses: gold relations with no linked prediction, by cue')
  out.push(formatGroups(report.misses))
  out.push('')
  out.push('False alarms: predictions whose cue overlaps no gold cue, by cue')
  out.push(formatGroups(report.falseAlarms))

  const t = report.throughput
  if (t) {
    out.push('')
    out.push(
      `Throughput: ${t.megabytes.toFixed(3)} MB in ${t.seconds.toFixed(2)} s inside predict = ` +
        `${t.megabytesPerSecond.toFixed(3)} MB/s, ${t.documentsPerSecond.toFixed(1)} articles/s`
    )
  }
  return out.join('\n')
}
