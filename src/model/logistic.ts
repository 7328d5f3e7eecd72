/**
 * Logistic regression by stochastic gradient descent over hashed feature
 * indexes, in data order (so the same data gives the same weights), shared
 * by the confidence model and the cue decider; and the averaged weights
 * that it and the boundary re-rankers' fit keep.
 */

/** One labelled example: its hashed feature indexes and whether it is right. */
export interface LabelledIndexes {
  indexes: Int32Array
  right: boolean
}

/** How `fitLogistic` fits, beyond passes and penalty. */
export interface FitOptions {
  /**
   * Return the average of the weights over every update instead of the last
   * ones (averaged SGD): it damps what the last examples taught. Default false.
   */
  average?: boolean
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

/**
 * Fit logistic-regression weights on `data` by SGD in data order.
 *
 * @param data The examples, in a fixed order.
 * @param size The size of the hashed feature space.
 * @param epochs Passes over the data (the rate falls as 0.2 / √(pass + 1)).
 * @param l2 The L2 penalty per update, on the weights the example touches.
 * @param options Whether to average the weights.
 */
export function fitLogistic(
  data: readonly LabelledIndexes[],
  size: number,
  epochs: number,
  l2: number,
  options: FitOptions = {}
): Float64Array {
  const fit = new AveragedWeights(size, options.average ?? false)
  const weights = fit.weights
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = 0.2 / Math.sqrt(epoch + 1)
    for (const example of data) {
      fit.next()
      let z = 0
      for (const index of example.indexes) z += weights[index]
      const gradient = (example.right ? 1 : 0) - sigmoid(z)
      for (const index of example.indexes) fit.add(index, rate * (gradient - l2 * weights[index]))
    }
  }
  return fit.result()
}

/**
 * Weights changed step by step (one step per example), with what averaged
 * SGD needs kept lazily: each change at step t is subtracted t − 1 times
 * from a running sum, so that weights + sum / steps is the mean of the
 * weights after every step. Shared by the logistic fits and the boundary
 * re-rankers' softmax fit.
 */
export class AveragedWeights {
  /** The current weights, to read while fitting. */
  readonly weights: Float64Array
  private readonly summed: Float64Array | null
  private steps = 0

  /**
   * @param size The size of the hashed feature space.
   * @param average Whether `result` gives the average over every step, not the last weights.
   */
  constructor(size: number, average: boolean) {
    this.weights = new Float64Array(size)
    this.summed = average ? new Float64Array(size) : null
  }

  /** Start the next step. */
  next(): void {
    this.steps++
  }

  /** Change weight `index` by `step` in this step. */
  add(index: number, step: number): void {
    this.weights[index] += step
    if (this.summed) this.summed[index] -= (this.steps - 1) * step
  }

  /** The last weights, or, when averaging, their mean over every step (the last ones when there was none). */
  result(): Float64Array {
    const {weights, summed, steps} = this
    if (!summed || steps === 0) return weights
    for (let i = 0; i < weights.length; i++) summed[i] = weights[i] + summed[i] / steps
    return summed
  }
}
