/** Write to a stream while respecting its backpressure, and survive a closed pipe. */
import type {Writable} from 'node:stream'

/**
 * A writer over `stream` whose `write` waits for `drain` when the stream's
 * buffer is full, so a slow reader slows the producer instead of filling
 * memory. When the reader goes away (`EPIPE`, as with `whosaid … | head`),
 * `closed` becomes `true` and further writes are dropped.
 */
export class Output {
  /** `true` once the stream failed or its reader went away. */
  closed = false
  private readonly stream: Writable
  private waiting: (() => void) | undefined

  /** Wrap `stream`. */
  constructor(stream: Writable) {
    this.stream = stream
    stream.on('error', () => {
      this.closed = true
      this.release()
    })
  }

  /** Write `chunk`, waiting for `drain` when the stream asks for it. */
  async write(chunk: string): Promise<void> {
    if (this.closed || chunk === '') return
    if (this.stream.write(chunk)) return
    await new Promise<void>((resolve) => {
      this.waiting = resolve
      this.stream.once('drain', () => this.release())
    })
  }

  /** Let a waiting `write` go on. */
  private release(): void {
    const resolve = this.waiting
    this.waiting = undefined
    resolve?.()
  }
}
