/**
 * A trie of word sequences: user lists may hold many thousands of outlets
 * or phrasal verbs that share a first word, and a match then walks the words
 * of the text once instead of trying every entry.
 */

/** One node: the value of the sequence that ends here, and the nodes one word on. */
export interface WordTrie<T> {
  value: T | undefined
  next: Map<string, WordTrie<T>> | null
}

/** An empty trie. */
export function wordTrie<T>(): WordTrie<T> {
  return {value: undefined, next: null}
}

/**
 * The node for `words` (created as needed); its value is left to the caller.
 *
 * @param root The trie.
 * @param words The sequence, one word per item.
 * @returns The node where the sequence ends.
 */
export function trieNode<T>(root: WordTrie<T>, words: readonly string[]): WordTrie<T> {
  let node = root
  for (const word of words) {
    node.next ??= new Map()
    let child = node.next.get(word)
    if (!child) node.next.set(word, (child = wordTrie<T>()))
    node = child
  }
  return node
}

/** The node one word on from `node`, if any. */
export function trieStep<T>(node: WordTrie<T>, word: string): WordTrie<T> | undefined {
  return node.next?.get(word)
}
