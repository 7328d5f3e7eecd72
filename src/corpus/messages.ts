/** The messages the corpus worker threads exchange with the main thread. */
import type {ExtractResult} from '../types.js'

/** A text to process, sent to a worker. */
export interface TaskMessage {
  seq: number
  text: string
}

/**
 * A worker's answer to one `TaskMessage`: the result with every span text
 * blanked (see `span-texts.ts`), or the reason of the failure.
 */
export type ReplyMessage = ({seq: number} & ExtractResult) | {seq: number; error: string}

/** Turn anything thrown into a one-line reason. */
export function errorReason(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}
