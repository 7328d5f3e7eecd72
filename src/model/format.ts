/**
 * The model file's text: stable JSON, one field a line, so the same model
 * always gives the same bytes and a retrained model's diff stays readable.
 */
import type {ConfidenceModel} from './confidence.js'

/** Serialise `model` as the JSON text `whosaid-train` writes. */
export function formatModel(model: ConfidenceModel): string {
  const fields = [
    ['format', model.format],
    ['version', model.version],
    ['size', model.size],
    ['scale', model.scale],
    ['trainedOn', model.trainedOn],
    ['calibration', model.calibration],
    ['weights', model.weights],
    ...(model.priorRules ? [['priorRules', model.priorRules] as const] : []),
    ...(model.boundaries ? [['boundaries', model.boundaries] as const] : []),
    ...(model.cues ? [['cues', model.cues] as const] : [])
  ] as const
  return `{\n${fields.map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n')}\n}\n`
}
