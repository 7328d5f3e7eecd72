/**
 * A map that holds at most `max` entries: adding a key when it is full
 * forgets every entry first. For caches of results that depend only on
 * their key (classifications, lexicons), whose keys recur within an article
 * or a run: keeping the recent ones cheaply matters more than keeping the
 * best ones, and memory stays bounded on any input.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  /**
   * @param max The most entries the map holds.
   */
  constructor(private readonly max: number) {
    super()
  }

  /** Set `key` to `value`, first forgetting every entry when the map is full and `key` is new. */
  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.clear()
    return super.set(key, value)
  }
}
