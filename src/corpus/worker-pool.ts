/** A fixed-size pool of corpus worker threads, one text per worker at a time. */
import type {ResourceLimits, Worker} from 'node:worker_threads'
import type {ExtractResult, Options} from '../types.js'
import {startWorker, workerExecArgv} from './exec-argv.js'
import type {ReplyMessage, TaskMessage} from './messages.js'
import {plainOptions} from './plain-options.js'
import type {Runner} from './runner.js'
import {restoreSpanTexts} from './span-texts.js'
import type {CorpusResult} from './types.js'

/** A task waiting for, or running on, a worker. */
interface Task {
  seq: number
  text: string
  resolve: (reply: ReplyMessage) => void
}

/** One worker thread and the tasks sent to it, oldest (the running one) first. */
interface Slot {
  worker: Worker
  tasks: Task[]
  online: boolean
}

/**
 * How many texts a worker holds at once: one running and one waiting in its
 * message queue, so it never sits idle while the main thread is busy.
 */
const TASKS_PER_WORKER = 2

/**
 * Runs texts on `size` worker threads started from `url`. Each worker holds
 * up to `TASKS_PER_WORKER` texts; further texts wait in a queue (its length
 * is bounded by the caller's window). A worker that dies (out of memory, for
 * instance) fails the text it was running and is replaced; the texts queued
 * behind it go back to the queue. If a worker dies before it started, every
 * waiting text fails, since its replacements would fail the same way.
 */
export class WorkerPool implements Runner {
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  private readonly workerData: {options: Options}
  private readonly execArgv = workerExecArgv(process.execArgv)
  private seq = 0
  private closed = false
  private broken: string | undefined

  /** Start `size` workers that extract with `options`, each within `resourceLimits`. */
  constructor(
    private readonly url: URL,
    size: number,
    options: Options,
    private readonly resourceLimits: ResourceLimits = {}
  ) {
    this.workerData = {options: plainOptions(options)}
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  /** Process one text on the next free worker. */
  async run<Id>(id: Id, text: string): Promise<CorpusResult<Id>> {
    const result = await this.extract(text)
    if ('error' in result) return {id, error: result.error}
    return {id, attributions: result.attributions, sources: result.sources}
  }

  /** Process one text on the next free worker; the span texts are sliced again from `text`. */
  async extract(text: string): Promise<ExtractResult | {error: string}> {
    const reply = await this.submit(text)
    if ('error' in reply) return {error: reply.error}
    restoreSpanTexts(reply, text)
    return {attributions: reply.attributions, sources: reply.sources, skipped: reply.skipped}
  }

  /** Queue one text and resolve with the worker's reply (or a failure). */
  private submit(text: string): Promise<ReplyMessage> {
    const seq = this.seq++
    if (this.closed) return Promise.resolve({seq, error: 'whosaid: the worker pool is closed'})
    if (this.broken !== undefined) return Promise.resolve({seq, error: this.broken})
    return new Promise<ReplyMessage>((resolve) => {
      this.queue.push({seq, text, resolve})
      this.dispatch()
    })
  }

  /** Terminate every worker; texts still waiting fail with an error result. */
  async close(): Promise<void> {
    this.closed = true
    this.failAll('whosaid: the worker pool was closed')
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  /** Start one worker and wire its events to this pool. */
  private spawn(): Slot {
    const worker = startWorker(
      this.url,
      {workerData: this.workerData, resourceLimits: this.resourceLimits},
      this.execArgv
    )
    const slot: Slot = {worker, tasks: [], online: false}
    worker.on('online', () => {
      slot.online = true
    })
    worker.on('message', (reply: ReplyMessage) => {
      // A worker answers in the order it was given texts.
      const task = slot.tasks.shift()
      if (task !== undefined && task.seq === reply.seq) task.resolve(reply)
      this.dispatch()
    })
    worker.on('error', (error) => this.lose(slot, `whosaid: a worker thread failed: ${error.message}`))
    worker.on('exit', (code) => this.lose(slot, `whosaid: a worker thread stopped (exit code ${code})`))
    return slot
  }

  /** Handle the death of a worker: fail its running task, requeue the others, replace it. */
  private lose(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    const [running, ...waiting] = slot.tasks.splice(0)
    if (running !== undefined) running.resolve({seq: running.seq, error: reason})
    this.queue.unshift(...waiting)
    if (this.closed) return this.failAll(reason)
    if (!slot.online) {
      this.broken = reason
      return this.failAll(reason)
    }
    this.slots[index] = this.spawn()
    this.dispatch()
  }

  /** Fail every task still in the queue with `reason`. */
  private failAll(reason: string): void {
    for (const task of this.queue.splice(0)) task.resolve({seq: task.seq, error: reason})
  }

  /** Hand queued tasks to the least busy workers that have room. */
  private dispatch(): void {
    for (let load = 0; load < TASKS_PER_WORKER; load++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return
        if (slot.tasks.length !== load) continue
        const task = this.queue.shift() as Task
        slot.tasks.push(task)
        const message: TaskMessage = {seq: task.seq, text: task.text}
        slot.worker.postMessage(message)
      }
    }
  }
}
