/**
 * Logistic regression by stochastic gradient descent over hashed feature
 * indexes, in data order (so the same data gives the same weights), shared
 * by the confidence model and the cue decider.
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
  const weights = new Float64Array(size)
  // With averaging, each change at step t is subtracted t − 1 times, so that
  // weights + summed / steps is the mean of the weights after every step.
  const summed = options.average ? new Float64Array(size) : null
  let steps = 0
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = 0.2 / Math.sqrt(epoch + 1)
    for (const example of data) {
      steps++
      let z = 0
      for (const index of example.indexes) z += weights[index]
      const gradient = (example.right ? 1 : 0) - sigmoid(z)
      for (const index of example.indexes) {
        const step = rate * (gradient - l2 * weights[index])
        weights[index] += step
        if (summed) summed[index] -= (steps - 1) * step
      }
    }
  }
  if (!summed || steps === 0) return weights
  for (let i = 0; i < size; i++) summed[i] = weights[i] + summed[i] / steps
  return summed
}
