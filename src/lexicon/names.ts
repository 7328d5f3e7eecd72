/**
 * Word lists for source phrases: titles, role nouns, organisation and
 * document heads, group nouns, pronouns. All lower case.
 */

/** Abbreviated titles after which retext-english wrongly ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'lt', 'cmdr', 'gen', 'sen', 'rep', 'gov', 'dr', 'mr', 'mrs', 'ms', 'sgt', 'col', 'capt', 'maj',
  'adm', 'prof', 'rev', 'st', 'cpl', 'pvt', 'lt.', 'cmdr.', 'gen.', 'sen.', 'rep.', 'gov.', 'dr.',
  'mr.', 'mrs.', 'ms.', 'sgt.', 'col.', 'capt.', 'maj.', 'adm.', 'prof.', 'rev.', 'st.', 'cpl.',
  'pvt.', 'lt.-gen.', 'brig', 'brig.', 'supt', 'supt.', 'insp', 'insp.', 'det', 'det.', 'hon', 'hon.',
  'amb', 'amb.', 'atty', 'atty.', 'comdr', 'comdr.', 'cmdt', 'cmdt.', 'messrs', 'messrs.'
])

/** Titles and roles that make a following capitalised name a person. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  'president', 'vice', 'senator', 'representative', 'congressman', 'congresswoman', 'governor',
  'mayor', 'minister', 'secretary', 'general', 'admiral', 'colonel', 'captain', 'major',
  'lieutenant', 'commander', 'sergeant', 'officer', 'judge', 'justice', 'ambassador', 'chancellor',
  'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'rabbi', 'imam',
  'sheikh', 'professor', 'doctor', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'ceo',
  'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'leader', 'candidate', 'nominee',
  'attorney', 'prosecutor', 'sheriff', 'detective', 'inspector', 'superintendent', 'commissioner',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'delegate', 'deputy', 'adviser',
  'advisor', 'aide', 'analyst', 'economist', 'strategist', 'pollster', 'lawmaker', 'mr', 'mrs', 'ms',
  'dr', 'sir', 'dame', 'lord', 'lady', 'gen', 'sen', 'rep', 'gov', 'rev', 'father', 'sister',
  'brother', 'coach', 'author', 'activist', 'founder', 'executive', 'manager', 'editor', 'reporter',
  'correspondent', 'columnist', 'host', 'anchor', 'writer', 'researcher', 'scientist', 'expert',
  'historian', 'lawyer', 'physician', 'surgeon', 'nurse', 'pastor', 'emir', 'ayatollah', 'sultan',
  'crown', 'foreign', 'defense', 'defence', 'interior', 'prime', 'press', 'campaign', 'communications'
])

/**
 * Role nouns: a phrase headed by one of these names a person by role
 * ("a Pentagon spokesman"), anonymous unless a name goes with it.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officer', 'source', 'aide', 'adviser',
  'advisor', 'diplomat', 'minister', 'secretary', 'president', 'senator', 'lawmaker', 'legislator',
  'representative', 'congressman', 'congresswoman', 'governor', 'mayor', 'general', 'commander',
  'colonel', 'captain', 'lieutenant', 'sergeant', 'soldier', 'judge', 'lawyer', 'attorney',
  'prosecutor', 'investigator', 'detective', 'analyst', 'expert', 'economist', 'strategist',
  'pollster', 'researcher', 'scientist', 'professor', 'doctor', 'physician', 'nurse', 'witness',
  'resident', 'neighbor', 'neighbour', 'student', 'teacher', 'worker', 'employee', 'executive',
  'director', 'manager', 'chairman', 'chairwoman', 'chief', 'leader', 'member', 'candidate',
  'nominee', 'voter', 'supporter', 'critic', 'activist', 'protester', 'organizer', 'insider',
  'person', 'man', 'woman', 'insider', 'observer', 'commentator', 'historian', 'ambassador',
  'envoy', 'negotiator', 'delegate', 'staffer', 'operative', 'consultant', 'donor', 'owner',
  'founder', 'partner', 'friend', 'relative', 'father', 'mother', 'son', 'daughter', 'wife',
  'husband', 'brother', 'sister', 'victim', 'survivor', 'farmer', 'veteran', 'journalist',
  'reporter', 'editor', 'correspondent', 'columnist', 'writer', 'author', 'blogger', 'host',
  'anchor', 'deputy', 'surrogate', 'ally', 'rival', 'opponent', 'colleague', 'counterpart',
  'agent', 'inspector', 'commissioner', 'trooper', 'sheriff', 'administrator', 'coordinator',
  'campaigner', 'pundit', 'adversary', 'defector', 'whistleblower', 'contractor', 'participant',
  'attendee', 'delegate', 'fan', 'parent', 'citizen', 'shopper', 'customer', 'patient', 'user',
  'people', 'official', 'coach', 'engineer', 'treasurer', 'warden', 'clerk', 'guard', 'pilot',
  'captain', 'chef', 'banker', 'broker', 'trader', 'planner', 'inspector', 'auditor', 'accountant',
  'architect', 'designer', 'developer', 'programmer', 'technician', 'mechanic', 'driver', 'miner',
  'fisherman', 'firefighter', 'paramedic', 'ranger', 'principal', 'dean', 'provost', 'chancellor',
  'rector', 'pastor', 'priest', 'minister', 'rabbi', 'imam', 'monk', 'nun', 'surgeon', 'dentist',
  'pharmacist', 'therapist', 'psychologist', 'psychiatrist', 'epidemiologist', 'virologist',
  'biologist', 'chemist', 'physicist', 'geologist', 'meteorologist', 'forecaster', 'climatologist',
  'sociologist', 'anthropologist', 'spokesperson', 'landlord', 'tenant', 'shopkeeper', 'vendor',
  'bystander', 'passenger', 'commuter', 'homeowner', 'retiree', 'mayor', 'councillor', 'councilor',
  'master', 'postmaster', 'harbourmaster', 'harbormaster'
])

/** Heads of a description that fits any named organisation ("the company", "the group"). */
export const GENERIC_ORGANIZATION_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'corporation', 'group', 'organization', 'organisation'])

/** Heads that name an organisation. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'government', 'administration', 'agency', 'military', 'army', 'navy',
  'police', 'command', 'office', 'council', 'committee', 'commission', 'court', 'party', 'campaign',
  'company', 'corporation', 'firm', 'bank', 'group', 'organization', 'organisation', 'union',
  'association', 'federation', 'coalition', 'alliance', 'institute', 'foundation', 'university',
  'college', 'school', 'hospital', 'board', 'authority', 'bureau', 'service', 'force', 'forces',
  'regime', 'embassy', 'consulate', 'parliament', 'congress', 'senate', 'house', 'cabinet',
  'kremlin', 'pentagon', 'team', 'club', 'league', 'center', 'centre', 'network', 'lab',
  'laboratory', 'fund', 'society', 'church', 'movement', 'caucus', 'staff', 'secretariat',
  'directorate', 'headquarters', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'co',
  'co.', 'plc', 'nato', 'un', 'eu', 'fbi', 'cia', 'nsa', 'who', 'imf', 'opec', 'gop', 'dnc', 'rnc',
  'white', 'state', 'city', 'county', 'province', 'region', 'country', 'nation', 'kingdom',
  'republic', 'tribunal', 'legislature', 'assembly', 'guard', 'brigade', 'battalion', 'unit',
  'division', 'district', 'watchdog', 'charity', 'nonprofit', 'think', 'tank', 'airline', 'maker',
  'manufacturer', 'retailer', 'operator', 'prosecutors', 'officials', 'systems', 'holdings',
  'partners', 'industries', 'technologies', 'solutions', 'services', 'associates', 'enterprises',
  'labs', 'laboratories', 'group', 'corporation', 'incorporated', 'limited', 'gmbh', 'ag', 'sa'
])

/** Heads that name a document or a statement. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'statement', 'report', 'release', 'letter', 'memo', 'memorandum', 'document', 'documents',
  'study', 'survey', 'poll', 'polls', 'filing', 'complaint', 'indictment', 'lawsuit', 'suit',
  'ruling', 'order', 'decision', 'opinion', 'tweet', 'tweets', 'post', 'email', 'e-mail', 'emails',
  'message', 'note', 'notice', 'analysis', 'assessment', 'estimate', 'data', 'figures', 'records',
  'record', 'transcript', 'footage', 'video', 'audio', 'recording', 'interview', 'editorial',
  'article', 'story', 'book', 'paper', 'review', 'investigation', 'inquiry', 'audit', 'budget',
  'plan', 'proposal', 'bill', 'law', 'policy', 'communique', 'communiqué', 'announcement',
  'declaration', 'warning', 'alert', 'advisory', 'guidance', 'guidelines', 'findings', 'research',
  'evidence', 'testimony', 'affidavit', 'court', 'cable', 'dossier', 'briefing', 'speech',
  'remarks', 'comments', 'website', 'site', 'blog', 'ad', 'advertisement', 'commercial', 'sign',
  'banner', 'headline', 'column', 'op-ed', 'summary', 'timeline', 'chart', 'map', 'model',
  'projection', 'forecast', 'count', 'tally', 'results', 'census', 'numbers', 'statistics',
  'reports', 'studies', 'surveys', 'letters', 'statements', 'accounts', 'account', 'version'
])

/** Plural heads that make a phrase a group. */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  'officials', 'sources', 'critics', 'experts', 'analysts', 'people', 'residents', 'witnesses',
  'lawmakers', 'legislators', 'members', 'leaders', 'diplomats', 'observers', 'investigators',
  'prosecutors', 'authorities', 'aides', 'advisers', 'advisors', 'supporters', 'opponents',
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'voters', 'activists',
  'protesters', 'scientists', 'researchers', 'economists', 'doctors', 'workers', 'employees',
  'executives', 'insiders', 'outlets', 'media', 'reports', 'polls', 'surveys', 'studies',
  'citizens', 'families', 'parents', 'students', 'teachers', 'police', 'troops', 'soldiers',
  'americans', 'others', 'many', 'some', 'both', 'all', 'few', 'several', 'most', 'everyone',
  'everybody', 'nobody', 'somebody', 'someone', 'anyone', 'republicans', 'allies', 'rivals',
  'candidates', 'strategists', 'pollsters', 'operatives', 'staffers', 'donors', 'delegates',
  'commentators', 'pundits', 'journalists', 'reporters', 'historians', 'scholars', 'lawyers',
  'attorneys', 'judges', 'senators', 'governors', 'mayors', 'ministers', 'generals', 'commanders',
  'rebels', 'militants', 'fighters', 'groups', 'organizations', 'agencies', 'governments',
  'countries', 'nations', 'states', 'officers', 'agents', 'guards', 'spokesmen', 'spokespeople',
  'representatives', 'negotiators', 'envoys', 'ambassadors', 'insurers', 'companies', 'firms',
  'banks', 'markets', 'investors', 'traders', 'consumers', 'users', 'fans', 'viewers', 'readers',
  'voices', 'figures', 'persons', 'individuals', 'men', 'women', 'they', 'them', 'we', 'us',
  'those', 'these', 'engineers', 'coaches', 'clerks', 'pilots', 'teachers', 'nurses', 'farmers',
  'miners', 'drivers', 'passengers', 'commuters', 'homeowners', 'retirees', 'veterans', 'survivors',
  'victims', 'relatives', 'neighbors', 'neighbours', 'locals', 'villagers', 'shopkeepers', 'vendors',
  'bystanders', 'inspectors', 'auditors', 'regulators', 'planners', 'crews', 'staff', 'organizers',
  'organisers', 'campaigners', 'protestors', 'demonstrators', 'unions', 'parties', 'councillors'
])

/** Personal pronouns that can stand for a source, with their kind. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'group' | 'organization' | 'unknown'>> = Object.assign(Object.create(null) as Record<string, 'person' | 'group' | 'organization' | 'unknown'>, {
  he: 'person',
  she: 'person',
  i: 'person',
  we: 'group',
  they: 'group',
  it: 'organization',
  you: 'unknown',
  him: 'person',
  her: 'person',
  them: 'group',
  who: 'unknown'
} as const)

/** Determiners and quantifiers that open a source phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'another', 'other', 'some', 'many', 'several',
  'most', 'few', 'both', 'all', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'his', 'her', 'their', 'its', 'our', 'my',
  'your', 'each', 'every', 'any', 'no', 'various', 'numerous', 'multiple', 'same', 'senior',
  'top', 'former', 'current', 'unnamed', 'anonymous', 'a.', 'more', 'fewer', 'half', 'either',
  'neither', 'such'
])

/** Possessive determiners that are also pronouns ("her friend", "his claim"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', 'its', 'their', 'our', 'my', 'your'])

/**
 * Honorifics and gendered nouns that say a person is a woman or a man when
 * written in the person's name or description ("Ms. Berg", "the
 * spokeswoman", "Karl Voss, a businessman"). Nouns used of either sex
 * ("chairman", "alderman") are left out.
 */
export const GENDERED_WORDS: Readonly<Record<string, 'female' | 'male'>> = Object.assign(Object.create(null) as Record<string, 'female' | 'male'>, {
  ms: 'female', 'ms.': 'female', mrs: 'female', 'mrs.': 'female', miss: 'female', madam: 'female',
  madame: 'female', mme: 'female', 'mme.': 'female', dame: 'female', lady: 'female', queen: 'female',
  princess: 'female', duchess: 'female', countess: 'female', baroness: 'female', empress: 'female',
  sister: 'female', mother: 'female', spokeswoman: 'female', chairwoman: 'female',
  congresswoman: 'female', councilwoman: 'female', businesswoman: 'female', woman: 'female',
  girl: 'female', wife: 'female', daughter: 'female', granddaughter: 'female', grandmother: 'female',
  aunt: 'female', niece: 'female', actress: 'female', policewoman: 'female', assemblywoman: 'female',
  sportswoman: 'female', stateswoman: 'female', widow: 'female', mom: 'female', mum: 'female',
  girlfriend: 'female',
  mr: 'male', 'mr.': 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', duke: 'male',
  baron: 'male', emperor: 'male', brother: 'male', father: 'male', spokesman: 'male',
  congressman: 'male', councilman: 'male', businessman: 'male', man: 'male', boy: 'male',
  husband: 'male', son: 'male', grandson: 'male', grandfather: 'male', uncle: 'male', nephew: 'male',
  policeman: 'male', assemblyman: 'male', sportsman: 'male', statesman: 'male', widower: 'male',
  dad: 'male', boyfriend: 'male'
} as const)

/** Pronouns that say a person is a woman or a man. */
export const GENDERED_PRONOUNS: Readonly<Record<string, 'female' | 'male'>> = Object.assign(Object.create(null) as Record<string, 'female' | 'male'>, {
  she: 'female', her: 'female', hers: 'female', herself: 'female',
  he: 'male', him: 'male', his: 'male', himself: 'male'
} as const)
