/**
 * Nouns that attribute a claim ("Smith's claim that …", "allegations that …",
 * "in her view, …"), with the category each gives and the complements that
 * introduce their content.
 */
import type {CueCategory} from '../types.js'

export interface NounCue {
  category: CueCategory
  /** Words that may introduce the content right after the noun. */
  complements: readonly string[]
}

const THAT = ['that']
const TO = ['that', 'to']

function entries(category: CueCategory, complements: readonly string[], words: string[]): Array<[string, NounCue]> {
  return words.map((w) => [w, {category, complements}])
}

export const NOUN_CUES: ReadonlyMap<string, NounCue> = new Map([
  ...entries('statement', THAT, [
    'claim',
    'claims',
    'statement',
    'statements',
    'assertion',
    'assertions',
    'announcement',
    'declaration',
    'admission',
    'denial',
    'insistence',
    'contention',
    'acknowledgment',
    'acknowledgement',
    'confirmation',
    'revelation',
    'disclosure'
  ]),
  ...entries('belief', THAT, [
    'view',
    'belief',
    'beliefs',
    'views',
    'fear',
    'fears',
    'hope',
    'hopes',
    'concern',
    'concerns',
    'worry',
    'worries',
    'suspicion',
    'suspicions',
    'assumption',
    'conviction',
    'opinion',
    'impression',
    'sense',
    'feeling',
    'expectation',
    'expectations',
    'assessment',
    'conclusion',
    'prediction',
    'predictions',
    'estimate',
    'argument',
    'arguments',
    'theory',
    'notion',
    'idea',
    'position',
    'suggestion',
    'reminder',
    'message'
  ]),
  ...entries('intention', TO, [
    'promise',
    'promises',
    'pledge',
    'pledges',
    'vow',
    'vows',
    'threat',
    'threats',
    'intention',
    'intent',
    'determination',
    'desire',
    'decision'
  ]),
  ...entries('stance', TO, [
    'criticism',
    'criticisms',
    'accusation',
    'accusations',
    'allegation',
    'allegations',
    'charge',
    'charges',
    'complaint',
    'complaints',
    'warning',
    'warnings',
    'demand',
    'demands',
    'call',
    'calls',
    'plea',
    'insinuation',
    'rebuke',
    'objection',
    'objections',
    'endorsement',
    'endorsements',
    'support',
    'opposition',
    'attack',
    'attacks',
    'question',
    'questions',
    'request',
    'requests'
  ]),
  ...entries('speech', THAT, [
    'comments',
    'comment',
    'remarks',
    'remark',
    'words',
    'testimony',
    'explanation',
    'answer',
    'response',
    'reply',
    'quip',
    'boast',
    'joke'
  ])
])

/**
 * Prepositions that join a reporting noun and open its content, an object
 * ("support for the bill", "questions about the loan", "criticism of the plan"),
 * read by the broad noun rule (`nominal-broad`).
 */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about', 'for', 'on', 'over', 'against', 'to'])
