/**
 * Small helpers for turning timings into figures.
 */

/**
 * The median of a list of numbers (the mean of the middle two for even lengths).
 *
 * @param {number[]} values At least one number.
 * @returns {number} The median.
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Throughput in MB/s, where one MB is 1e6 UTF-8 bytes.
 *
 * @param {number} bytes UTF-8 bytes processed.
 * @param {number} seconds Time taken.
 * @returns {number} Megabytes per second.
 */
export function mbPerSecond(bytes, seconds) {
  return bytes / 1e6 / seconds
}

/**
 * Format a number with a fixed count of significant-looking decimals.
 *
 * @param {number} value The number (or NaN / undefined for "not measured").
 * @param {number} [digits=2] Decimals to keep.
 * @returns {string} The formatted number, or `n/a`.
 */
export function fixed(value, digits = 2) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : 'n/a'
}

/**
 * Format a ratio as `1.23×`.
 *
 * @param {number} value The ratio.
 * @returns {string} The formatted ratio, or `n/a`.
 */
export function times(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a'
}

/**
 * Get a function that runs a full garbage collection, even when node was
 * started without `--expose-gc`, so one measured path does not pay for the
 * garbage another left behind.
 *
 * @returns {Promise<() => void>} A function that collects garbage.
 */
export async function getGc() {
  if (typeof globalThis.gc === 'function') return globalThis.gc
  const v8 = await import('node:v8')
  const vm = await import('node:vm')
  v8.setFlagsFromString('--expose-gc')
  return vm.runInNewContext('gc')
}
