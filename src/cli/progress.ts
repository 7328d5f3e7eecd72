/** The progress line shown on a terminal's stderr while the command runs. */

/** The counts a progress line shows. */
export interface ProgressState {
  records: number
  bytes: number
  /** Total input size in bytes, when known. */
  total: number | undefined
  /** Milliseconds since the start. */
  elapsed: number
}

/** The shortest time between two updates of the line, in milliseconds. */
export const PROGRESS_INTERVAL = 250

/**
 * Format a progress line: records (`unit` is the singular noun), megabytes read, megabytes per second and,
 * when the total size is known, the estimated time left.
 * For example `1,204 records · 8.4 MB · 2.1 MB/s · 1m 12s left`.
 */
export function formatProgress(state: ProgressState, unit = 'record'): string {
  const mb = state.bytes / 1e6
  const seconds = state.elapsed / 1000
  const rate = seconds > 0 ? mb / seconds : 0
  const parts = [
    `${state.records.toLocaleString('en-US')} ${state.records === 1 ? unit : unit + 's'}`,
    `${mb.toFixed(1)} MB`,
    `${rate.toFixed(1)} MB/s`
  ]
  if (state.total !== undefined && rate > 0) {
    const left = Math.max(0, (state.total - state.bytes) / 1e6 / rate)
    parts.push(`${formatDuration(left)} left`)
  }
  return parts.join(' · ')
}

/** `42s`, `3m 05s`, `1h 02m`. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds)
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}

/**
 * Keeps the counts and redraws the line on `stream` at most every
 * `PROGRESS_INTERVAL` ms. With `stream` `null` (stderr is not a terminal, or
 * `--quiet`) it only counts.
 */
export class Progress {
  records = 0
  bytes = 0
  private readonly stream: NodeJS.WritableStream | null
  private readonly total: number | undefined
  private readonly unit: string
  private readonly started = Date.now()
  private last = 0
  private drawn = false

  /** Count for `unit`, drawing on `stream` if given; `total` is the input size if known. */
  constructor(stream: NodeJS.WritableStream | null, total: number | undefined, unit: string) {
    this.stream = stream
    this.total = total
    this.unit = unit
  }

  /** Redraw the line if enough time has passed since the last time. */
  tick(): void {
    if (this.stream === null) return
    const now = Date.now()
    if (now - this.last < PROGRESS_INTERVAL) return
    this.last = now
    const line = formatProgress(
      {records: this.records, bytes: this.bytes, total: this.total, elapsed: now - this.started},
      this.unit
    )
    this.stream.write(`\r\x1b[K${line}`)
    this.drawn = true
  }

  /** Erase the line, if one was drawn. */
  finish(): void {
    if (this.stream !== null && this.drawn) this.stream.write('\r\x1b[K')
    this.drawn = false
  }
}
