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
 * @param l2 The L2 penalty per update.
 */
export function fitLogistic(data: readonly LabelledIndexes[], size: number, epochs: number, l2: number): Float64Array {
  const weights = new Float64Array(size)
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = 0.2 / Math.sqrt(epoch + 1)
    for (const example of data) {
      let z = 0
      for (const index of example.indexes) z += weights[index]
      const gradient = (example.right ? 1 : 0) - sigmoid(z)
      for (const index of example.indexes) weights[index] += rate * (gradient - l2 * weights[index])
    }
  }
  return weights
}
