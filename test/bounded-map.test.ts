/**
 * BoundedMap: the bounded cache behind classification, entity readings and
 * lexicons.
 */
import {describe, expect, it} from 'vitest'
import {BoundedMap} from '../src/bounded-map.js'

/** Set `keys` in order on a map of at most `max` entries; return what it holds after. */
function after(max: number, keys: string[]): Array<[string, number]> {
  const map = new BoundedMap<string, number>(max)
  keys.forEach((key, i) => map.set(key, i))
  return [...map.entries()]
}

describe('BoundedMap', () => {
  it.each<[string, number, string[], Array<[string, number]>]>([
    [
      'under its bound it keeps everything',
      3,
      ['a', 'b'],
      [
        ['a', 0],
        ['b', 1]
      ]
    ],
    [
      'at its bound it keeps everything',
      3,
      ['a', 'b', 'c'],
      [
        ['a', 0],
        ['b', 1],
        ['c', 2]
      ]
    ],
    ['a new key when full forgets the rest first', 3, ['a', 'b', 'c', 'd'], [['d', 3]]],
    [
      'a key it holds, set again when full, forgets nothing',
      3,
      ['a', 'b', 'c', 'b'],
      [
        ['a', 0],
        ['b', 3],
        ['c', 2]
      ]
    ],
    ['after forgetting, it fills again', 2, ['a', 'b', 'c', 'd', 'e'], [['e', 4]]]
  ])('%s', (_name, max, keys, expected) => {
    expect(after(max, keys)).toEqual(expected)
  })
})
