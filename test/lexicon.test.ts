/**
 * The word lists: enough reporting lemmas, each with a category, and the
 * inflections derived from them.
 */
import {describe, expect, it} from 'vitest'
import {getLexicon, lemmaCount} from '../src/lexicon/index.js'
import {inflect} from '../src/lexicon/verbs.js'

describe('lexicon', () => {
  it('holds at least 150 reporting lemmas', () => {
    expect(lemmaCount()).toBeGreaterThanOrEqual(150)
  })

  const forms: Array<[string, string[]]> = [
    ['say', ['say', 'says', 'said', 'saying']],
    ['argue', ['argue', 'argues', 'argued', 'arguing']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['point out', ['point out', 'points out', 'pointed out', 'pointing out']],
    ['write', ['write', 'writes', 'wrote', 'written', 'writing']],
    ['slam', ['slam', 'slams', 'slammed', 'slamming']],
    ['fret', ['fret', 'frets', 'fretted', 'fretting']],
    ['stir', ['stir', 'stirs', 'stirred', 'stirring']],
    ['read', ['read', 'reads', 'read', 'reading']],
    ['claim', ['claim', 'claims', 'claimed', 'claiming']],
    ['visit', ['visit', 'visits', 'visited', 'visiting']]
  ]
  it.each(forms)('inflects %s', (lemma, expected) => {
    expect(inflect(lemma)).toEqual(expected)
  })

  const categories: Array<[string, string]> = [
    ['said', 'speech'],
    ['tweeted', 'writing'],
    ['reported', 'report'],
    ['announced', 'statement'],
    ['believes', 'belief'],
    ['urged', 'stance'],
    ['planned', 'intention'],
    ['showed', 'evidence']
  ]
  it.each(categories)('%s has the category %s', (form, category) => {
    const entries = getLexicon(undefined).verbs.get(form)
    expect(entries?.single?.category).toBe(category)
  })

  it('options add verbs with their category and outlets', () => {
    const lexicon = getLexicon({verbs: {opine: 'stance'}, outlets: ['Coastal Herald']})
    expect(lexicon.verbs.get('opined')?.single).toMatchObject({lemma: 'opine', category: 'stance'})
    expect(lexicon.outlets.next?.get('coastal')?.next?.get('herald')?.value).toBe(true)
    expect(lexicon.outlets.next?.get('coastal')?.value).toBeUndefined()
  })
})
