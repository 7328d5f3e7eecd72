/** The messages the corpus worker threads exchange with the main thread. */
import type {Attribution, ExtractResult, SourceKind, Source} from '../types.js'

/** A text to process, sent to a worker. */
export interface TaskMessage {
  seq: number
  text: string
  /** Answer with JSON text (`SerializedResult`) instead of objects. */
  serialize: boolean
}

/** The counts the command's summary needs from one result. */
export interface ResultStats {
  attributions: number
  sources: Array<{kind: SourceKind; anonymous: boolean}>
  /** How many stretches were left out, and how many characters they hold. */
  skipped: {count: number; characters: number}
}

/**
 * A result as JSON text: `body` is `"attributions":[…],"sources":[…],"skipped":[…]`, ready
 * to be put inside an object after its leading keys. Serializing in the
 * worker spares the main thread from copying and re-encoding object graphs.
 */
export type SerializedResult = {body: string; stats: ResultStats} | {error: string}

/** A worker's answer to one `TaskMessage`. */
export type ReplyMessage =
  | {seq: number; attributions: Attribution[]; sources: Source[]}
  | {seq: number; body: string; stats: ResultStats}
  | {seq: number; error: string}

/** Serialize an extraction result into a `SerializedResult` body with its counts. */
export function serializeResult(result: ExtractResult): {body: string; stats: ResultStats} {
  return {
    body: `"attributions":${JSON.stringify(result.attributions)},"sources":${JSON.stringify(result.sources)},"skipped":${JSON.stringify(result.skipped)}`,
    stats: {
      attributions: result.attributions.length,
      sources: result.sources.map((source) => ({kind: source.kind, anonymous: source.anonymous})),
      skipped: {count: result.skipped.length, characters: result.skipped.reduce((sum, span) => sum + span.end - span.start, 0)}
    }
  }
}

/** Turn anything thrown into a one-line reason. */
export function errorReason(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}
