/** Write to a stream while respecting its backpressure, and notice when writing fails. */
import type {Writable} from 'node:stream'

/**
 * A writer over `stream` whose `write` waits for `drain` when the stream's
 * buffer is full, so a slow reader slows the producer instead of filling
 * memory. When the reader goes away (`EPIPE`, as with `whosaid … | head`),
 * `closed` becomes `true` and further writes are dropped. Any other write
 * error (a full disk) also closes it and is kept in `failure`, so the run
 * can fail instead of reporting success.
 */
export class Output {
  /** `true` once the stream failed or its reader went away. */
  closed = false
  /** The write error, other than the reader going away, if one happened. */
  failure: Error | undefined
  private readonly stream: Writable
  private waiting: (() => void) | undefined

  /** Wrap `stream`. */
  constructor(stream: Writable) {
    this.stream = stream
    stream.on('error', (error: Error) => this.fail(error))
  }

  /** Write `chunk`, waiting for `drain` when the stream asks for it. */
  async write(chunk: string): Promise<void> {
    if (this.closed || chunk === '') return
    if (this.stream.write(chunk, (error) => error && this.fail(error))) return
    await new Promise<void>((resolve) => {
      this.waiting = resolve
      this.stream.once('drain', () => this.release())
    })
  }

  /** Wait until everything written so far has been handed to the system (or failed). */
  async flush(): Promise<void> {
    if (this.closed) return
    await new Promise<void>((resolve) => {
      this.waiting = resolve
      this.stream.write('', (error) => {
        if (error) this.fail(error)
        this.release()
      })
    })
  }

  /** Note a failure and let a waiting `write` go on. */
  private fail(error: Error): void {
    this.closed = true
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') this.failure ??= error
    this.release()
  }

  /** Let a waiting `write` go on. */
  private release(): void {
    const resolve = this.waiting
    this.waiting = undefined
    resolve?.()
  }
}
