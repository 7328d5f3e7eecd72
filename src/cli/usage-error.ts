/** An error in how the command was called; the command exits with status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
