/**
 * A set of words with a cheap first check: most words of running text are no
 * members, and their shape (first and last character, length) already says
 * so, without hashing the word. A word whose shape no member has is no
 * member; a word whose shape matches is looked up in the set.
 */
export class WordSet {
  /** 1 for every shape some member has. */
  private readonly shapes = new Uint8Array(32 * 32 * 16)

  constructor(readonly words: ReadonlySet<string>) {
    for (const word of words) this.shapes[shapeOf(word)] = 1
  }

  /** Whether `word` is a member. */
  has(word: string): boolean {
    return this.shapes[shapeOf(word)] === 1 && this.words.has(word)
  }
}

/**
 * Low five bits of the first and last character codes (enough to tell the
 * letters apart), and the length (15 for longer words); the table stays small.
 */
function shapeOf(word: string): number {
  const length = word.length
  if (length === 0) return 0
  return ((word.charCodeAt(0) & 31) * 32 + (word.charCodeAt(length - 1) & 31)) * 16 + (length < 15 ? length : 15)
}
