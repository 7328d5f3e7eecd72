/**
 * Every attribution pattern whosaid must understand, one case per behaviour,
 * each with the full expected result. All sentences are invented for this
 * suite. Expectations state what a careful reader would mark, not what the
 * pipeline happens to output: a failing case here is a pipeline bug to fix.
 */
import {describe, it} from 'vitest'
import {runCase, type Case, type Expected} from './helpers.js'

const person = {kind: 'person', anonymous: false} as const
const role = {kind: 'person', anonymous: true} as const
const org = {kind: 'organization', anonymous: true} as const
const unnamed = {source: null, via: null} as const

/** An indirect speech attribution with a named person source (the common case). */
function said(cue: string, content: string, source: string, rule: string, more: Partial<Expected> = {}): Expected {
  return {cue, content, mode: 'indirect', source, via: null, rule, category: 'speech', ...person, ...more}
}

const verbs: Case[] = [
  {
    name: 'goods recalled are no claim ("recalled 2,000 jars", "recalled more than 300 vans", "recalled its envoy")',
    input:
      'Brightline Foods recalled 2,000 jars. The carmaker recalled more than 300 vans. The ministry recalled its envoy.',
    count: 0,
    expect: []
  },
  {
    name: 'a memory recalled is a claim ("recalled the day …")',
    input: 'Pask recalled the day the mill closed.',
    count: 1,
    expect: [said('recalled', 'the day the mill closed', 'Pask', 'verb-subject')]
  },
  {
    name: 'X said that …',
    input: 'Mayor Hilda Brandt said that the new tram line would open in March.',
    count: 1,
    expect: [said('said', 'that the new tram line would open in March', 'Mayor Hilda Brandt', 'verb-subject')]
  },
  {
    name: 'X said … (no "that")',
    input: 'Brandt said the harbour bridge needs urgent repairs.',
    count: 1,
    expect: [said('said', 'the harbour bridge needs urgent repairs', 'Brandt', 'verb-subject')]
  },
  {
    name: '…, X said.',
    input: 'The harbour bridge needs urgent repairs, Brandt said.',
    count: 1,
    expect: [said('said', 'The harbour bridge needs urgent repairs', 'Brandt', 'verb-inverted')]
  },
  {
    name: '…, said X.',
    input: 'The harbour bridge needs urgent repairs, said Councillor Ivo Pask.',
    count: 1,
    expect: [said('said', 'The harbour bridge needs urgent repairs', 'Councillor Ivo Pask', 'verb-postposed')]
  },
  {
    name: 'X told Y that …',
    input: 'Pask told reporters that the repairs would cost millions.',
    count: 1,
    expect: [said('told', 'that the repairs would cost millions', 'Pask', 'verb-subject')]
  },
  {
    name: 'X told Y … (no "that"; the object is a noun phrase)',
    input: 'Pask told the council the repairs would cost millions.',
    count: 1,
    expect: [said('told', 'the repairs would cost millions', 'Pask', 'verb-subject')]
  },
  {
    name: 'X said: … (same sentence)',
    input: 'Pask said: the repairs will take two full years.',
    count: 1,
    expect: [said('said:', 'the repairs will take two full years', 'Pask', 'verb-colon')]
  },
  {
    name: 'perfect tense: has said',
    input: 'The finance minister has said the budget will balance by autumn.',
    count: 1,
    expect: [said('has said', 'the budget will balance by autumn', 'The finance minister', 'verb-subject', role)]
  },
  {
    name: 'future with adverbial: will say on Friday that',
    input: 'The coach will say on Friday that the season is over.',
    count: 1,
    expect: [said('will say', 'that the season is over', 'The coach', 'verb-subject', role)]
  },
  {
    name: 'adverb in the group: strongly reiterated',
    input: 'The finance minister strongly reiterated that no new taxes were planned.',
    count: 1,
    expect: [
      said('strongly reiterated', 'that no new taxes were planned', 'The finance minister', 'verb-subject', role)
    ]
  },
  {
    name: 'catenative: continues to insist',
    input: 'The union continues to insist that wages must rise.',
    count: 1,
    expect: [said('continues to insist', 'that wages must rise', 'The union', 'verb-subject', org)]
  },
  {
    name: 'writing: tweeted',
    input: 'Senator Oona Reyes tweeted that the vote had been rigged.',
    count: 1,
    expect: [
      said('tweeted', 'that the vote had been rigged', 'Senator Oona Reyes', 'verb-subject', {category: 'writing'})
    ]
  },
  {
    name: 'writing: wrote in a letter that',
    input: 'Reyes wrote in a letter that the ban would hurt growers.',
    count: 1,
    expect: [said('wrote', 'that the ban would hurt growers', 'Reyes', 'verb-subject', {category: 'writing'})]
  },
  {
    name: 'stance: argued',
    input: 'Reyes argued that the ban was unconstitutional.',
    count: 1,
    expect: [said('argued', 'that the ban was unconstitutional', 'Reyes', 'verb-subject', {category: 'stance'})]
  },
  {
    name: 'belief: believes that',
    input: 'Reyes believes that the new levy will hurt growers.',
    count: 1,
    expect: [said('believes', 'that the new levy will hurt growers', 'Reyes', 'verb-subject', {category: 'belief'})]
  },
  {
    name: 'a verb inside the content is not a second attribution',
    input: 'Reyes believes that the court will side with farmers.',
    count: 1,
    expect: [said('believes', 'that the court will side with farmers', 'Reyes', 'verb-subject', {category: 'belief'})]
  },
  {
    name: 'a second verb after "and" shares the subject, not the first verb\'s object',
    input: 'The firm denied any wrongdoing and said it would appeal the fine.',
    count: 2,
    expect: [
      said('denied', 'any wrongdoing', 'The firm', 'verb-subject', {...org, category: 'statement'}),
      said('said', 'it would appeal the fine', 'The firm', 'verb-coordinated', {...org, sameSourceAs: 0})
    ]
  }
]

const nonVerb: Case[] = [
  {
    name: 'according to X at the start',
    input: 'According to the port authority, the ferry will resume sailing on Monday.',
    count: 1,
    expect: [
      {
        cue: 'According to',
        content: 'the ferry will resume sailing on Monday',
        mode: 'indirect',
        source: 'the port authority',
        via: null,
        rule: 'according-to',
        category: 'report',
        ...org
      }
    ]
  },
  {
    name: 'according to X in the middle (content in two parts)',
    input: 'The ferry, according to the port authority, will resume sailing on Monday.',
    count: 1,
    expect: [
      {
        cue: 'according to',
        content: 'The ferry, according to the port authority, will resume sailing on Monday',
        parts: ['The ferry', 'will resume sailing on Monday'],
        mode: 'indirect',
        source: 'the port authority',
        via: null,
        rule: 'according-to',
        category: 'report',
        ...org
      }
    ]
  },
  {
    name: 'according to X at the end',
    input: 'The ferry will resume sailing on Monday, according to the port authority.',
    count: 1,
    expect: [
      {
        cue: 'according to',
        content: 'The ferry will resume sailing on Monday',
        mode: 'indirect',
        source: 'the port authority',
        via: null,
        rule: 'according-to',
        category: 'report',
        ...org
      }
    ]
  },
  {
    name: 'per X at the end',
    input: 'The ferry will resume sailing on Monday, per the port authority.',
    count: 1,
    expect: [
      {
        cue: 'per',
        content: 'The ferry will resume sailing on Monday',
        mode: 'indirect',
        source: 'the port authority',
        via: null,
        rule: 'per',
        category: 'report',
        ...org
      }
    ]
  },
  {
    name: 'Per X at the start',
    input: 'Per the port authority, the ferry will resume sailing on Monday.',
    count: 1,
    expect: [
      {
        cue: 'Per',
        content: 'the ferry will resume sailing on Monday',
        mode: 'indirect',
        source: 'the port authority',
        via: null,
        rule: 'per',
        category: 'report',
        ...org
      }
    ]
  },
  {
    // The setting joins the cue; a written statement is a `statement` cue.
    name: 'said in a statement',
    input: 'The rail operator said in a statement that all night trains were cancelled.',
    count: 1,
    expect: [
      {
        cue: 'said in a statement',
        content: 'that all night trains were cancelled',
        mode: 'indirect',
        source: 'The rail operator',
        via: null,
        rule: 'verb-subject',
        category: 'statement',
        ...org
      }
    ]
  },
  {
    // types.ts: `statement` covers "a statement said".
    name: "X's statement said",
    input: "The rail operator's statement said all night trains were cancelled.",
    count: 1,
    expect: [
      {
        cue: 'said',
        content: 'all night trains were cancelled',
        mode: 'indirect',
        source: "The rail operator's statement",
        via: null,
        rule: 'verb-subject',
        category: 'statement',
        kind: 'document',
        anonymous: true
      }
    ]
  },
  {
    name: 'said in an interview with <outlet>',
    input: 'Dr. Lena Voss said in an interview with Reuters that the vaccine trial would expand.',
    count: 1,
    expect: [
      said('said', 'that the vaccine trial would expand', 'Dr. Lena Voss', 'verb-subject', {
        via: 'Reuters',
        viaKind: 'media'
      })
    ]
  }
]

const chains: Case[] = [
  {
    name: 'told a masthead no list holds: capitalised words ending in a word for a newspaper',
    input: '“The pier is finished,” one parent told the Dunmore Gazette.',
    count: 1,
    expect: [
      {
        cue: 'told',
        content: '“The pier is finished,”',
        mode: 'direct',
        source: 'one parent',
        via: 'the Dunmore Gazette',
        viaKind: 'media',
        rule: 'verb-inverted',
        category: 'speech',
        kind: 'person',
        anonymous: true
      }
    ]
  },
  {
    name: 'according to a document obtained by a named outlet: the outlet is the channel',
    input: 'According to a court filing obtained by the Tidewater Courier, the mill owed two years of rent.',
    count: 1,
    expect: [
      {
        cue: 'According to',
        content: 'the mill owed two years of rent',
        mode: 'indirect',
        source: 'a court filing',
        via: 'the Tidewater Courier',
        rule: 'according-to',
        category: 'report',
        kind: 'document',
        anonymous: true
      }
    ]
  },
  {
    name: 'obtained by people, not by a named outlet, stays in the source',
    input: 'According to records obtained by auditors, the mill owed two years of rent.',
    count: 1,
    expect: [
      {
        cue: 'According to',
        content: 'the mill owed two years of rent',
        mode: 'indirect',
        source: 'records obtained by auditors',
        via: null,
        rule: 'according-to',
        category: 'report',
        kind: 'document',
        anonymous: true
      }
    ]
  },
  {
    name: '…, X said, cited by Interfax',
    input: 'The governor will resign, a senior aide said, cited by Interfax.',
    count: 1,
    expect: [
      said('said', 'The governor will resign', 'a senior aide', 'verb-inverted', {
        ...role,
        via: 'Interfax',
        viaKind: 'media'
      })
    ]
  },
  {
    name: 'according to sources cited by Interfax',
    input: 'The plant was shut for safety checks, according to sources cited by Interfax.',
    count: 1,
    expect: [
      {
        cue: 'according to',
        content: 'The plant was shut for safety checks',
        mode: 'indirect',
        source: 'sources',
        via: 'Interfax',
        viaKind: 'media',
        rule: 'according-to',
        category: 'report',
        kind: 'group',
        anonymous: true
      }
    ]
  },
  {
    name: 'Interfax quoted a source as saying (cue in pieces)',
    input: 'Interfax quoted a regional official as saying the plant was shut for safety checks.',
    count: 1,
    expect: [
      {
        cue: 'quoted a regional official as saying',
        cueParts: ['quoted', 'as saying'],
        content: 'the plant was shut for safety checks',
        mode: 'indirect',
        source: 'a regional official',
        via: 'Interfax',
        viaKind: 'media',
        rule: 'quoted-as-saying',
        category: 'report',
        ...role
      }
    ]
  },
  {
    name: 'a paper cited a source as saying (cue in pieces)',
    input: 'The Ledger cited two port workers as saying the cranes had stopped.',
    count: 1,
    expect: [
      {
        cue: 'cited two port workers as saying',
        cueParts: ['cited', 'as saying'],
        content: 'the cranes had stopped',
        mode: 'indirect',
        source: 'two port workers',
        via: 'The Ledger',
        rule: 'quoted-as-saying',
        category: 'report',
        kind: 'group',
        anonymous: true
      }
    ]
  },
  {
    name: 'a section label in capitals opening the sentence stays out of the content',
    input: 'SHIPPING: Freight rates fell again, traders said.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: 'Freight rates fell again',
        mode: 'indirect',
        source: 'traders',
        via: null,
        rule: 'verb-inverted',
        category: 'speech',
        kind: 'group',
        anonymous: true
      }
    ]
  },
  {
    name: '…, X told AFP.',
    input: 'The plant was shut for safety checks, a plant manager told AFP.',
    count: 1,
    expect: [
      said('told', 'The plant was shut for safety checks', 'a plant manager', 'verb-inverted', {
        ...role,
        via: 'AFP',
        viaKind: 'media'
      })
    ]
  },
  {
    name: 'X told AFP that …',
    input: 'Colonel Dara Quill told AFP that the checkpoint had been abandoned.',
    count: 1,
    expect: [
      said('told', 'that the checkpoint had been abandoned', 'Colonel Dara Quill', 'verb-subject', {
        via: 'AFP',
        viaKind: 'media'
      })
    ]
  },
  {
    name: '…, X said in remarks carried by Reuters.',
    input: 'The border would stay closed, the minister said in remarks carried by Reuters.',
    count: 1,
    expect: [
      said('said', 'The border would stay closed', 'the minister', 'verb-inverted', {
        ...role,
        via: 'Reuters',
        viaKind: 'media'
      })
    ]
  },
  {
    name: 'X said in remarks carried by Reuters that …',
    input: 'The minister said in remarks carried by Reuters that the border would stay closed.',
    count: 1,
    expect: [
      said('said', 'that the border would stay closed', 'The minister', 'verb-subject', {
        ...role,
        via: 'Reuters',
        viaKind: 'media'
      })
    ]
  },
  {
    name: 'an agency as the source is media: Interfax reported that …',
    input: 'Interfax reported that the plant was shut for safety checks.',
    count: 1,
    expect: [
      {
        cue: 'reported',
        content: 'that the plant was shut for safety checks',
        mode: 'indirect',
        source: 'Interfax',
        via: null,
        rule: 'verb-subject',
        category: 'report',
        kind: 'media',
        anonymous: false
      }
    ]
  }
]

const passive: Case[] = [
  {
    name: 'it was reported that …',
    input: 'It was reported that the reactor had been restarted.',
    count: 1,
    expect: [
      {
        cue: 'was reported',
        content: 'that the reactor had been restarted',
        mode: 'indirect',
        ...unnamed,
        rule: 'passive',
        category: 'report'
      }
    ]
  },
  {
    // Convention: the raised subject and the infinitive make up the claim.
    name: 'X is said to …',
    input: 'The reactor is said to have been restarted in secret.',
    count: 1,
    expect: [
      {
        cue: 'is said',
        content: 'The reactor is said to have been restarted in secret',
        mode: 'indirect',
        ...unnamed,
        rule: 'passive',
        category: 'speech'
      }
    ]
  },
  {
    name: 'X was quoted as saying',
    input: 'The prison governor was quoted as saying the jail was overcrowded.',
    count: 1,
    expect: [
      {
        cue: 'was quoted as saying',
        cueParts: ['was quoted', 'as saying'],
        content: 'the jail was overcrowded',
        mode: 'indirect',
        source: 'The prison governor',
        via: null,
        rule: 'quoted-as-saying',
        category: 'report',
        ...role
      }
    ]
  },
  {
    name: 'reportedly (after the auxiliary)',
    input: 'The reactor was reportedly restarted in secret.',
    count: 1,
    expect: [
      {
        cue: 'reportedly',
        content: 'The reactor was reportedly restarted in secret',
        mode: 'indirect',
        ...unnamed,
        rule: 'reportedly',
        category: 'report'
      }
    ]
  },
  {
    name: 'reportedly before a passive reporting verb',
    input: 'Maintenance crews were reportedly told to leave the site.',
    count: 1,
    expect: [
      {
        cue: 'reportedly',
        content: 'Maintenance crews were reportedly told to leave the site',
        mode: 'indirect',
        ...unnamed,
        rule: 'reportedly',
        category: 'report'
      }
    ]
  }
]

const quotes: Case[] = [
  {
    name: 'curly quote, speaker after',
    input: '“We will not retreat,” the general said.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: '“We will not retreat,”',
        mode: 'direct',
        source: 'the general',
        via: null,
        rule: 'verb-inverted',
        category: 'speech',
        ...role
      }
    ]
  },
  {
    name: 'straight quote, speaker after',
    input: '"We will not retreat," the general said.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: '"We will not retreat,"',
        mode: 'direct',
        source: 'the general',
        via: null,
        rule: 'verb-inverted',
        category: 'speech',
        ...role
      }
    ]
  },
  {
    name: 'speaker before the quote',
    input: 'The general said, “We will not retreat.”',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: '“We will not retreat.”',
        mode: 'direct',
        source: 'The general',
        via: null,
        rule: 'verb-subject',
        category: 'speech',
        ...role
      }
    ]
  },
  {
    name: 'speaker inside the quote',
    input: '“The parade,” Mayor Brandt said, “will go ahead despite the rain.”',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: '“The parade,” Mayor Brandt said, “will go ahead despite the rain.”',
        parts: ['“The parade,”', '“will go ahead despite the rain.”'],
        mode: 'direct',
        source: 'Mayor Brandt',
        via: null,
        rule: 'verb-inverted',
        category: 'speech',
        ...person
      }
    ]
  },
  {
    name: '“…,” she said. “…” (the quote goes on in the next sentence)',
    input: '“We will not retreat,” the general said. “Our lines are holding.” She then left the room.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: '“We will not retreat,” the general said. “Our lines are holding.”',
        parts: ['“We will not retreat,”', '“Our lines are holding.”'],
        mode: 'direct',
        source: 'the general',
        via: null,
        rule: 'verb-inverted',
        category: 'speech',
        ...role
      }
    ]
  },
  {
    name: 'nested curly single quotes',
    input: '“We were told ‘stay indoors’ and nothing more,” a resident said.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: '“We were told ‘stay indoors’ and nothing more,”',
        mode: 'direct',
        source: 'a resident',
        via: null,
        rule: 'verb-inverted',
        category: 'speech',
        ...role
      }
    ]
  },
  {
    name: 'nested straight single quotes',
    input: '"We were told \'stay indoors\' and nothing more," a resident said.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: '"We were told \'stay indoors\' and nothing more,"',
        mode: 'direct',
        source: 'a resident',
        via: null,
        rule: 'verb-inverted',
        category: 'speech',
        ...role
      }
    ]
  },
  {
    name: 'partial quote inside indirect speech is mixed',
    input: 'Olsen said she was “deeply proud” of the crew.',
    count: 1,
    expect: [said('said', 'she was “deeply proud” of the crew', 'Olsen', 'verb-subject', {mode: 'mixed'})]
  },
  {
    name: 'a quote over two paragraphs (unclosed, the next opens with a mark)',
    input:
      'Captain Mara Olsen said the storm had struck at night.\n\n“The waves were taller than the mast. We lost the radio in the first hour.\n\n“By dawn the hull was cracking,” she said.',
    count: 2,
    expect: [
      said('said', 'the storm had struck at night', 'Captain Mara Olsen', 'verb-subject', {name: 'Mara Olsen'}),
      {
        cue: 'said',
        content:
          '“The waves were taller than the mast. We lost the radio in the first hour.\n\n“By dawn the hull was cracking,”',
        parts: [
          '“The waves were taller than the mast. We lost the radio in the first hour.',
          '“By dawn the hull was cracking,”'
        ],
        mode: 'direct',
        source: 'she',
        via: null,
        rule: 'verb-inverted',
        category: 'speech',
        ...person,
        name: 'Mara Olsen',
        sameSourceAs: 0
      }
    ]
  },
  {
    name: 'a following paragraph wholly a quote belongs to the previous speaker',
    input:
      'Captain Mara Olsen spoke to rescuers on Tuesday.\n\n“The waves were taller than the mast,” Olsen said.\n\n“We lost the radio in the first hour and the hull began cracking by dawn.”\n\nThe coast guard has opened an inquiry.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content:
          '“The waves were taller than the mast,” Olsen said.\n\n“We lost the radio in the first hour and the hull began cracking by dawn.”',
        parts: [
          '“The waves were taller than the mast,”',
          '“We lost the radio in the first hour and the hull began cracking by dawn.”'
        ],
        mode: 'direct',
        source: 'Olsen',
        via: null,
        rule: 'verb-inverted',
        category: 'speech',
        ...person
      }
    ]
  },
  {
    name: 'X said: then a quote in the same paragraph',
    input: 'Olsen said: “We lost the radio in the first hour.”',
    count: 1,
    expect: [
      {
        cue: 'said:',
        content: '“We lost the radio in the first hour.”',
        mode: 'direct',
        source: 'Olsen',
        via: null,
        rule: 'verb-colon',
        category: 'speech',
        ...person
      }
    ]
  },
  {
    name: 'X said: at the paragraph end, the quote is the next paragraph',
    input: 'Olsen said:\n\n“We lost the radio in the first hour and the hull began cracking by dawn.”',
    count: 1,
    expect: [
      {
        cue: 'said:',
        content: '“We lost the radio in the first hour and the hull began cracking by dawn.”',
        mode: 'direct',
        source: 'Olsen',
        via: null,
        rule: 'verb-colon',
        category: 'speech',
        ...person
      }
    ]
  },
  {
    name: 'From <outlet>: then a block paragraph',
    input: 'From The Harbour Gazette:\n\nThe storm season has begun early and coastal towns are not ready for it.',
    count: 1,
    expect: [
      {
        cue: ':',
        content: 'The storm season has begun early and coastal towns are not ready for it.',
        mode: 'indirect',
        source: 'The Harbour Gazette',
        via: null,
        rule: 'colon-intro',
        category: 'report',
        kind: 'media',
        anonymous: false
      }
    ]
  }
]

const sources: Case[] = [
  {
    name: '", who said": the source is "who", its antecedent starts after the verb of the clause before it',
    input: 'The closure angered farmers, who said it would ruin the harbour.',
    count: 1,
    expect: [
      said('said', 'it would ruin the harbour', 'who', 'verb-subject', {
        antecedent: 'farmers',
        name: 'farmers',
        kind: 'group',
        anonymous: true
      })
    ]
  },
  {
    name: '", who said" after a verb and a named object: "who" stands for the object',
    input: 'The closure worried Mayor Ines Ortega, who said it would ruin the harbour.',
    count: 1,
    expect: [
      said('said', 'it would ruin the harbour', 'who', 'verb-subject', {
        antecedent: 'Mayor Ines Ortega',
        name: 'Ines Ortega'
      })
    ]
  },
  {
    name: 'a restrictive "who" with no comma is the source too; its claim ends with the phrase that holds it',
    input: 'Residents who oppose the tower say it will block the view.',
    count: 2,
    expect: [
      said('oppose', 'the tower', 'who', 'verb-subject', {
        antecedent: 'Residents',
        kind: 'group',
        anonymous: true,
        category: 'stance'
      }),
      said('say', 'it will block the view', 'Residents who oppose the tower', 'verb-subject', {
        kind: 'group',
        anonymous: true
      })
    ]
  },
  {
    name: 'a relative clause that ends in an object pronoun stays in the source ("People who know him say")',
    input: 'People who know him say he is kind.',
    count: 2,
    expect: [
      said('know', 'him', 'who', 'verb-subject', {
        antecedent: 'People',
        kind: 'group',
        anonymous: true,
        category: 'belief'
      }),
      said('say', 'he is kind', 'People who know him', 'verb-subject', {kind: 'group', anonymous: true})
    ]
  },
  {
    name: '"her" at the end of a relative clause is its object, and the verb after it a cue',
    input: 'Voters who backed her said the plan was fair.',
    count: 2,
    expect: [
      said('backed', 'her', 'who', 'verb-broad', {
        antecedent: 'Voters',
        kind: 'group',
        anonymous: true,
        category: 'stance'
      }),
      said('said', 'the plan was fair', 'Voters who backed her', 'verb-subject', {kind: 'group', anonymous: true})
    ]
  },
  {
    name: '", which said" and "that says": a relative word for a body is the source too',
    input:
      'The fine angered the ferry company, which said it would appeal. A lobby group that says it speaks for farmers.',
    count: 2,
    expect: [
      said('said', 'it would appeal', 'which', 'verb-subject', {antecedent: 'the ferry company', ...org}),
      said('says', 'it speaks for farmers', 'that', 'verb-subject', {antecedent: 'A lobby group', ...org})
    ]
  },
  {
    name: '"who" is no source when a comma closes its own clause before the cue',
    input: 'A harbour official, who asked not to be named, said the cranes were idle.',
    count: 1,
    expect: [said('said', 'the cranes were idle', 'A harbour official', 'verb-subject', role)]
  },
  {
    name: 'titles before the name are part of the source',
    input: 'U.S. Navy spokesman Lt. Cmdr. Ravi Tolan said the destroyer had left port.',
    count: 1,
    expect: [said('said', 'the destroyer had left port', 'U.S. Navy spokesman Lt. Cmdr. Ravi Tolan', 'verb-subject')]
  },
  {
    name: 'an appositive is part of the mention, not of the name',
    input: 'Ravi Tolan, a spokesman for the interior ministry, said the convoy was delayed.',
    count: 1,
    expect: [
      said('said', 'the convoy was delayed', 'Ravi Tolan, a spokesman for the interior ministry', 'verb-subject', {
        name: 'Ravi Tolan'
      })
    ]
  },
  {
    name: 'coordinated: Both A and B said (a named group)',
    input: 'Both Brandt and Pask said the tram line was over budget.',
    count: 1,
    expect: [
      said('said', 'the tram line was over budget', 'Both Brandt and Pask', 'verb-subject', {
        kind: 'group',
        anonymous: false
      })
    ]
  },
  {
    name: 'a bare plural at the sentence start is an anonymous group',
    input: 'Officials said the tram line was over budget.',
    count: 1,
    expect: [
      said('said', 'the tram line was over budget', 'Officials', 'verb-subject', {kind: 'group', anonymous: true})
    ]
  },
  {
    name: 'a counted plural is an anonymous group',
    input: 'Two officials said the tram line was over budget.',
    count: 1,
    expect: [
      said('said', 'the tram line was over budget', 'Two officials', 'verb-subject', {kind: 'group', anonymous: true})
    ]
  },
  {
    name: 'organization',
    input: 'The city council said the tram line was over budget.',
    count: 1,
    expect: [said('said', 'the tram line was over budget', 'The city council', 'verb-subject', org)]
  },
  {
    name: 'document',
    input: 'A leaked memo said the tram line was over budget.',
    count: 1,
    expect: [
      said('said', 'the tram line was over budget', 'A leaked memo', 'verb-subject', {
        kind: 'document',
        anonymous: true
      })
    ]
  },
  {
    name: 'media',
    input: 'The Harbour Gazette reported that the tram line was over budget.',
    count: 1,
    expect: [
      said('reported', 'that the tram line was over budget', 'The Harbour Gazette', 'verb-subject', {
        category: 'report',
        kind: 'media',
        anonymous: false
      })
    ]
  },
  {
    name: 'surname clusters with the full name',
    input: 'Mayor Hilda Brandt said the tram line was over budget. Brandt added that the contract would be reviewed.',
    count: 2,
    expect: [
      said('said', 'the tram line was over budget', 'Mayor Hilda Brandt', 'verb-subject', {name: 'Hilda Brandt'}),
      said('added', 'that the contract would be reviewed', 'Brandt', 'verb-subject', {
        name: 'Hilda Brandt',
        sameSourceAs: 0
      })
    ]
  },
  {
    name: 'a pronoun goes to the nearest compatible earlier source (skips an organization)',
    input:
      'Councillor Ivo Pask said the tram line was over budget. The city council said an audit would follow. He added that the contract would be reviewed.',
    count: 3,
    expect: [
      said('said', 'the tram line was over budget', 'Councillor Ivo Pask', 'verb-subject', {name: 'Ivo Pask'}),
      said('said', 'an audit would follow', 'The city council', 'verb-subject', {...org, name: 'The city council'}),
      said('added', 'that the contract would be reviewed', 'He', 'verb-subject', {name: 'Ivo Pask', sameSourceAs: 0})
    ]
  },
  {
    name: '"the ministry" clusters with the earlier full name',
    input:
      "The country's Defense Ministry said the drills were routine. The ministry added that no live rounds were fired.",
    count: 2,
    expect: [
      said('said', 'the drills were routine', "The country's Defense Ministry", 'verb-subject', {
        kind: 'organization',
        anonymous: false,
        name: "The country's Defense Ministry"
      }),
      said('added', 'that no live rounds were fired', 'The ministry', 'verb-subject', {
        kind: 'organization',
        anonymous: false,
        name: "The country's Defense Ministry",
        sameSourceAs: 0
      })
    ]
  },
  {
    name: '"the same source" clusters with the previous source',
    input: 'A senior aide said the mayor would resign. The same source added that a successor had been chosen.',
    count: 2,
    expect: [
      said('said', 'the mayor would resign', 'A senior aide', 'verb-subject', {...role, name: 'A senior aide'}),
      said('added', 'that a successor had been chosen', 'The same source', 'verb-subject', {
        ...role,
        name: 'A senior aide',
        sameSourceAs: 0
      })
    ]
  }
]

const refusal = (cue: string, source: string, more: Partial<Expected> = {}): Expected => ({
  cue,
  content: null,
  mode: 'none',
  source,
  via: null,
  rule: 'refusal',
  category: 'refusal',
  ...org,
  ...more
})

const refusals: Case[] = [
  {
    name: 'a refusal after "but" ends the claim before it (the rules\' edges; the re-ranker agrees)',
    input: 'The airline confirmed the delays but declined to comment further.',
    options: {boundaries: 'rules'},
    count: 2,
    expect: [
      said('confirmed', 'the delays', 'The airline', 'verb-subject', {...org, category: 'statement'}),
      refusal('declined to comment', 'The airline')
    ]
  },
  {
    name: '"refused to" with no word for answering stays in the claim',
    input: 'The pilots said the runway was icy and refused to fly.',
    count: 1,
    expect: [
      said('said', 'the runway was icy and refused to fly', 'The pilots', 'verb-subject', {
        kind: 'group',
        anonymous: true
      })
    ]
  },
  {
    name: 'declined to comment',
    input: 'The airline declined to comment.',
    count: 1,
    expect: [refusal('declined to comment', 'The airline')]
  },
  {
    name: 'declined to comment on …',
    input: 'The airline declined to comment on the crash.',
    count: 1,
    expect: [refusal('declined to comment', 'The airline')]
  },
  {
    name: 'did not respond to … for comment',
    input: 'A spokeswoman for the airline did not respond to our calls seeking comment on Friday.',
    count: 1,
    expect: [refusal('did not respond', 'A spokeswoman for the airline', role)]
  },
  {
    name: 'refused to say',
    input: 'Pask refused to say when the report would be published.',
    count: 1,
    expect: [refusal('refused to say', 'Pask', person)]
  },
  {
    name: 'would not say',
    input: 'The finance minister would not say when the budget would balance.',
    count: 1,
    expect: [refusal('would not say', 'The finance minister', role)]
  },
  {
    // A negated speech cue before "whether/when/…" claims nothing: it is reported
    // as a refusal (content null, mode none), not as an attribution of its clause.
    name: 'negated cue: did not say whether → refusal',
    input: 'Pask did not say whether he would run again.',
    count: 1,
    expect: [refusal('did not say', 'Pask', person)]
  }
]

const notAttributions: Case[] = [
  {
    name: 'a noun homograph in a plain sentence ("without warning")',
    input: 'The storm came without warning.',
    count: 0,
    expect: []
  }
]

const PAGE = [
  'Storm closes harbour for third day | The Harbour Gazette',
  '',
  '• Home  • News  • Weather',
  '',
  'Published\u00a0March 4 https://harbourgazette.example/news/storm-harbour',
  '',
  'The harbour will stay closed until Friday, harbour master Ines Corr said on Wednesday.',
  '',
  'Fishing crews have lost a week of catch, according to the local fishing union.',
  '',
  'Share this',
  '',
  '12 Comments',
  '',
  'saltydog77',
  'They said the same thing last winter. Nobody believes the harbour master anymore.',
  'Reply',
  '',
  'marina_k',
  'My cousin told me the breakwater is cracked.',
  'Reply',
  ''
].join('\r\n')

const scraped: Case[] = [
  {
    // Only the article's two attributions: nothing from the header, the URL line or the reader comments.
    name: 'a scraped page: article attributions only',
    input: PAGE,
    count: 2,
    expect: [
      said('said', 'The harbour will stay closed until Friday', 'harbour master Ines Corr', 'verb-inverted'),
      {
        cue: 'according to',
        content: 'Fishing crews have lost a week of catch',
        mode: 'indirect',
        source: 'the local fishing union',
        via: null,
        rule: 'according-to',
        category: 'report',
        ...org
      }
    ]
  }
]

const groups: Array<[string, Case[]]> = [
  ['1. reporting verbs', verbs],
  ['2. non-verb cues', nonVerb],
  ['3. chains (source and via)', chains],
  ['4. passive and unnamed', passive],
  ['5. direct quotes', quotes],
  ['6. sources', sources],
  ['7. refusals', refusals],
  ['8. not attributions', notAttributions],
  ['9. real input', scraped]
]

for (const [title, cases] of groups) {
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      runCase(c)
    })
  })
}
