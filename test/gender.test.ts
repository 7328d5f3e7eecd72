/**
 * Source.gender: from coreferent pronouns, then honorifics and gendered
 * nouns, then listed given names; `null` when nothing tells; absent on other
 * kinds and with `gender: false`.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'
import {givenNameGender} from '../src/lexicon/given-names.js'
import {newsText} from '../scripts/news-generator.mjs'
import {viewAttributions, viewSources, type ExpectedSource} from './source-table.js'

const person = (
  name: string,
  gender: ExpectedSource['gender'],
  mentions = [name],
  anonymous = false
): ExpectedSource => ({name, kind: 'person', anonymous, gender, mentions})

const cases: Array<[string, string, string[], ExpectedSource[]]> = [
  [
    'a given name on the female list',
    'Anna Berg said the roads were clear.',
    ['verb-subject: Anna Berg'],
    [person('Anna Berg', 'female')]
  ],
  [
    'a given name on no list',
    'Wiremu Sato said the border was shut.',
    ['verb-subject: Wiremu Sato'],
    [person('Wiremu Sato', null)]
  ],
  [
    'a pronoun opening the content',
    'Wiremu Tane said she would run again.',
    ['verb-subject: Wiremu Tane'],
    [person('Wiremu Tane', 'female')]
  ],
  [
    'a given name only the second list has',
    'Kenji Sato said the border was shut.',
    ['verb-subject: Kenji Sato'],
    [person('Kenji Sato', 'male')]
  ],
  [
    'a pronoun outranks a given name only the second list has',
    'Tavita Vell is new to the work. She said the pay was low.',
    ['verb-subject: She'],
    [person('Tavita Vell', 'female', ['She'])]
  ],
  [
    'an honorific outranks the given name',
    'Mr. Jocelyn Marr said the ferry would run.',
    ['verb-subject: Mr. Jocelyn Marr'],
    [person('Jocelyn Marr', 'male', ['Mr. Jocelyn Marr'])]
  ],
  [
    'a coreferent pronoun outranks the given name',
    'Karl Voss said the vote was close. She said the count would take a week.',
    ['verb-subject: Karl Voss', 'verb-subject: She'],
    [person('Karl Voss', 'female', ['Karl Voss', 'She'])]
  ],
  [
    'a gendered noun in the appositive',
    'Lee Park, a spokeswoman for the port, said the ships were late.',
    ['verb-subject: Lee Park, a spokeswoman for the port'],
    [person('Lee Park', 'female', ['Lee Park, a spokeswoman for the port'])]
  ],
  [
    'a gendered role noun alone',
    'The spokesman said the talks had stalled.',
    ['verb-subject: The spokesman'],
    [person('The spokesman', 'male', ['The spokesman'], true)]
  ],
  [
    'the given name where the text writes the full name elsewhere',
    'Tomas Lind opened the plant in June. Lind said output would double.',
    ['verb-subject: Lind'],
    [person('Tomas Lind', 'male', ['Lind'])]
  ],
  [
    'an honorific where the text writes it elsewhere',
    'Ms. Okafor arrived late. Okafor said the data were sound.',
    ['verb-subject: Okafor'],
    [person('Okafor', 'female')]
  ],
  [
    'a name in one word that is a given name',
    'Elyse said the trip was fun.',
    ['verb-subject: Elyse'],
    [person('Elyse', 'female')]
  ],
  [
    'a name in one word that only the second, weaker list holds is as likely a surname',
    'Orla said the ferry was late.',
    ['verb-subject: Orla'],
    [person('Orla', null)]
  ],
  [
    'a pronoun goes to the nearest person of its gender',
    'Anna Berg said the plan was sound. Karl Voss said it was not. She said he was wrong.',
    ['verb-subject: Anna Berg', 'verb-subject: Karl Voss', 'verb-subject: She'],
    [person('Anna Berg', 'female', ['Anna Berg', 'She']), person('Karl Voss', 'male')]
  ],
  [
    'no gender on an organisation',
    'Nintendo said the console would ship in the spring.',
    ['verb-subject: Nintendo'],
    [{name: 'Nintendo', kind: 'organization', anonymous: false, mentions: ['Nintendo']}]
  ]
]

describe('gender of person sources', () => {
  it.each(cases)('%s', (_name, input, attributions, sources) => {
    const result = extractAttributions(input)
    expect(viewAttributions(result)).toEqual(attributions)
    expect(viewSources(input, result)).toEqual(sources)
  })
})

describe('gender: false', () => {
  it('reports no gender and resolves pronouns by recency alone', () => {
    const input = 'Anna Berg said the plan was sound. Karl Voss said it was not. She said he was wrong.'
    const result = extractAttributions(input, {gender: false})
    expect(viewSources(input, result)).toEqual([
      {name: 'Anna Berg', kind: 'person', anonymous: false, mentions: ['Anna Berg']},
      {name: 'Karl Voss', kind: 'person', anonymous: false, mentions: ['Karl Voss', 'She']}
    ])
  })

  it.each([['yes'], [1], [null]])('rejects gender: %j', (value) => {
    expect(() => extractAttributions('Anna Berg said so.', {gender: value as never})).toThrow(
      new TypeError(
        `whosaid: expected \`options.gender\` to be a boolean, got ${value === null ? 'null' : typeof value}`
      )
    )
  })

  it('leaves every span as it is, on generated news text', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), {maxLength: 120}).map(newsText), (text) => {
        const spans = (r: ReturnType<typeof extractAttributions>) =>
          r.attributions.map((a) => [
            a.cue.start,
            a.cue.end,
            a.content?.start,
            a.content?.end,
            a.source?.start,
            a.source?.end,
            a.via?.start
          ])
        const on = extractAttributions(text)
        const off = extractAttributions(text, {gender: false})
        expect(spans(off)).toEqual(spans(on))
        for (const s of on.sources) expect('gender' in s).toBe(s.kind === 'person')
        for (const s of off.sources) expect('gender' in s).toBe(false)
      }),
      {numRuns: 100}
    )
  })
})

describe('given names', () => {
  const names: Array<[string, 'female' | 'male' | null]> = [
    ['anna', 'female'],
    ['karl', 'male'],
    ['anne-marie', 'female'],
    // On both lists: no evidence either way.
    ['jordan', null],
    ['wiremu', null],
    // Only on the second list (gender-detection-from-name): a weaker guess.
    ['kenji', 'male'],
    ['donald', 'male'],
    ['marit', 'female'],
    ['', null]
  ]
  it.each(names)('%j is %s', (name, gender) => {
    expect(givenNameGender(name)).toBe(gender)
  })
})
