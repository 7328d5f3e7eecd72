/**
 * Worker thread entry of `extractCorpus` and the command line: receives
 * texts, runs `extractAttributions` with the options given in `workerData`,
 * and answers with the result, its span texts blanked, or the reason of the
 * failure.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {extractAttributions} from '../extract.js'
import type {Options} from '../types.js'
import {errorReason, type ReplyMessage, type TaskMessage} from './messages.js'
import {blankSpanTexts} from './span-texts.js'

const port = parentPort
if (port === null) throw new Error('whosaid: corpus-worker must be started as a worker thread')
const options = (workerData as {options?: Options} | undefined)?.options

port.on('message', (task: TaskMessage) => {
  let reply: ReplyMessage
  try {
    const result = extractAttributions(task.text, options)
    // The main thread slices the texts again from its copy of the input.
    blankSpanTexts(result)
    reply = {seq: task.seq, ...result}
  } catch (error) {
    reply = {seq: task.seq, error: errorReason(error)}
  }
  port.postMessage(reply)
})
