// Sentence and headline templates of synthetic wire copy, one set per interaction type of the shared
// vocabulary. Each template names one to three actors through slots and says which way the interaction runs,
// so a generated corpus carries its own ground truth. Phrase pools stay free of other types' cue words
// ("troops" only in military sentences) so that each sentence reads as one type.
import type { InteractionType } from '../../graph/vocabulary.ts';

/** Actor references as they appear in this sentence ("Chinese Foreign Minister Wang Yi", later "Wang"). */
export interface SentenceSlots {
  a: string;
  b: string;
  c: string;
  /** Possessive pronoun of actor a: "his", "her" or "its". */
  aPossessive: string;
}

/** Phrase makers drawing from the article's random stream; only the phrases a template uses cost draws. */
export interface SentenceExtras {
  when(): string;
  place(): string;
  topic(): string;
  forum(): string;
  quote(): string;
  clause(): string;
  deal(): string;
  goal(): string;
  disaster(): string;
  occasion(): string;
  issue(): string;
  charge(): string;
  demand(): string;
  product(): string;
  consequence(): string;
  condition(): string;
  count(): number;
  /** The same kind of small number as a word ("three"), as wire copy writes it. */
  countWord(): string;
}

export interface SentenceTemplate {
  actors: 1 | 2 | 3;
  /** `ab`: a acts on b; `both`: a symmetric relation. One-actor templates have no interaction. */
  direction: 'ab' | 'both';
  /** The kind of actor slot b must hold, when the wording needs one. */
  bKind?: 'country' | 'person';
  /** Recalls actors already introduced ("the first meeting between Wang and Vieira"): never a lead. */
  recap?: boolean;
  render(s: SentenceSlots, x: SentenceExtras): string;
}

const T = (
  actors: SentenceTemplate['actors'],
  direction: SentenceTemplate['direction'],
  render: SentenceTemplate['render'],
  bKind?: SentenceTemplate['bKind'],
): SentenceTemplate => (bKind ? { actors, direction, render, bKind } : { actors, direction, render });

export const SENTENCE_TEMPLATES: Record<InteractionType, readonly SentenceTemplate[]> = {
  meeting: [
    T(
      2,
      'ab',
      (s, x) => `${s.a} met ${s.b} in ${x.place()} ${x.when()}, with ${x.topic()} high on the agenda.`,
    ),
    T(2, 'ab', (s, x) => `${s.a} held talks with ${s.b} ${x.when()} on the sidelines of ${x.forum()}.`),
    T(2, 'both', (s, x) => `${s.a} and ${s.b} held talks in ${x.place()} ${x.when()} on ${x.topic()}.`),
    T(2, 'ab', (s, x) => `${s.a} received ${s.b} ${x.when()} for talks on ${x.topic()}.`, 'person'),
    T(2, 'both', (s, x) => `${s.a} and ${s.b} met for a strategic dialogue on ${x.topic()}.`),
    {
      actors: 2,
      direction: 'both',
      recap: true,
      render: (s) => `It was the first meeting between ${s.a} and ${s.b} this year.`,
    },
    T(3, 'ab', (s, x) => `${s.a} met ${s.b} and ${s.c} at a trilateral summit in ${x.place()}.`),
  ],
  visit: [
    T(
      2,
      'ab',
      (s, x) => `${s.a} visited ${s.b} ${x.when()}, the first such trip in ${x.countWord()} years.`,
      'country',
    ),
    T(
      2,
      'ab',
      (s, x) => `${s.a} began a ${x.countWord()}-day official visit to ${s.b} ${x.when()}.`,
      'country',
    ),
    T(2, 'ab', (s, x) => `${s.a} toured ${s.b} ${x.when()} to promote ${x.topic()}.`, 'country'),
    T(
      2,
      'ab',
      (s, x) => `${s.a} is on a ${x.countWord()}-day trip to ${s.b}, where ${x.topic()} will top the agenda.`,
      'country',
    ),
    T(
      2,
      'ab',
      (s, x) => `${s.a} is due to visit ${s.b} later this month to discuss ${x.topic()}.`,
      'country',
    ),
  ],
  call: [
    T(
      2,
      'ab',
      (s, x) => `${s.a} held a phone call with ${s.b} ${x.when()}, discussing ${x.topic()}.`,
      'person',
    ),
    T(2, 'ab', (s, x) => `${s.a} spoke by phone with ${s.b} ${x.when()} about ${x.topic()}.`, 'person'),
    T(
      2,
      'ab',
      (s, x) => `In a telephone conversation ${x.when()}, ${s.a} told ${s.b} that ${x.clause()}.`,
      'person',
    ),
    T(2, 'both', (s, x) => `${s.a} and ${s.b} discussed ${x.topic()} in a phone call ${x.when()}.`, 'person'),
  ],
  message: [
    T(2, 'ab', (s, x) => `${s.a} sent a message of condolences to ${s.b} after ${x.disaster()}.`),
    T(2, 'ab', (s, x) => `${s.a} sent a congratulatory message to ${s.b} ${x.occasion()}.`, 'person'),
    T(2, 'ab', (s, x) => `${s.a} congratulated ${s.b} ${x.occasion()}.`, 'person'),
    T(
      2,
      'ab',
      (s, x) => `${s.a} wrote a letter to ${s.b} calling for closer dialogue on ${x.topic()}.`,
      'person',
    ),
    T(2, 'both', (s) => `${s.a} and ${s.b} exchanged greetings on the anniversary of diplomatic relations.`),
  ],
  agree: [
    T(2, 'both', (s, x) => `${s.a} and ${s.b} signed ${x.deal()} in ${x.place()} ${x.when()}.`),
    T(2, 'ab', (s, x) => `${s.a} agreed with ${s.b} to ${x.goal()}.`),
    T(2, 'both', (s, x) => `${s.a} and ${s.b} reached a deal on ${x.topic()} after months of negotiations.`),
    T(2, 'both', (s, x) => `The accord signed by ${s.a} and ${s.b} covers ${x.topic()}.`),
    T(2, 'both', (s, x) => `${s.a} and ${s.b} agreed to ${x.goal()}.`),
  ],
  cooperate: [
    T(2, 'ab', (s, x) => `${s.a} pledged support for ${s.b} on ${x.topic()}.`),
    T(2, 'ab', (s, x) => `${s.a} offered aid to ${s.b} after ${x.disaster()}.`),
    T(2, 'both', (s, x) => `${s.a} and ${s.b} vowed to deepen cooperation on ${x.topic()}.`),
    T(2, 'ab', (s, x) => `${s.a} launched a new partnership with ${s.b} on ${x.topic()}.`),
    T(2, 'ab', (s, x) => `${s.a} will help ${s.b} with ${x.topic()}, officials said.`),
  ],
  statement: [
    T(1, 'ab', (s, x) => `"${x.quote()}," ${s.a} said.`),
    T(1, 'ab', (s, x) => `${s.a} said ${x.when()} that ${x.clause()}.`),
    T(1, 'ab', (s, x) => `${s.a} told reporters that ${x.clause()}.`),
    T(1, 'ab', (s, x) => `${s.a} added that ${x.clause()}.`),
    T(1, 'ab', (s, x) => `"${x.quote()}," ${s.a} told a news conference.`),
    T(1, 'ab', (s, x) => `According to ${s.a}, ${x.clause()}.`),
    T(1, 'ab', (s, x) => `${s.a} stressed that ${x.clause()}.`),
    T(2, 'ab', (s, x) => `${s.a} said ${s.b} remained an important partner on ${x.topic()}.`),
    T(2, 'ab', (s, x) => `${s.a} stated that relations with ${s.b} on ${x.topic()} were on a good track.`),
  ],
  criticize: [
    T(2, 'ab', (s, x) => `${s.a} criticised ${s.b} over ${x.issue()}.`),
    T(2, 'ab', (s, x) => `${s.a} condemned ${s.b} for ${x.charge()}.`),
    T(2, 'ab', (s, x) => `${s.a} accused ${s.b} of ${x.charge()}.`),
    T(2, 'ab', (s, x) => `${s.a} urged ${s.b} to ${x.demand()}.`),
    T(2, 'ab', (s, x) => `${s.a} demanded that ${s.b} ${x.demand()}.`),
    T(2, 'ab', (s, x) => `${s.a} protested to ${s.b} over ${x.issue()}.`),
    T(2, 'ab', (s, x) => `${s.a} denounced ${s.b} for ${x.charge()}.`),
  ],
  sanction: [
    T(2, 'ab', (s, x) => `${s.a} imposed sanctions on ${s.b} over ${x.issue()}.`),
    T(2, 'ab', (s, x) => `${s.a} imposed an embargo on ${x.product()} from ${s.b}.`, 'country'),
    T(2, 'ab', (s, x) => `${s.a} banned imports of ${x.product()} from ${s.b}.`, 'country'),
    T(
      2,
      'ab',
      (s, x) => `${s.a} raised tariffs on ${x.product()} from ${s.b} to ${x.count() * 5} percent.`,
      'country',
    ),
    T(
      2,
      'ab',
      (s, x) => `${s.a} expelled ${x.countWord()} diplomats of ${s.b} over ${x.issue()}.`,
      'country',
    ),
    T(2, 'ab', (s, x) => `${s.a} restricted exports of ${x.product()} to ${s.b}.`, 'country'),
  ],
  threaten: [
    T(
      2,
      'ab',
      (s, x) => `${s.a} threatened ${s.b} with ${x.consequence()} if it ${x.condition()}.`,
      'country',
    ),
    T(2, 'ab', (s, x) => `${s.a} warned of ${x.consequence()} if ${s.b} ${x.condition()}.`, 'country'),
    T(2, 'ab', (s, x) => `${s.a} threatened to cut ties with ${s.b} over ${x.issue()}.`, 'country'),
  ],
  military: [
    T(2, 'ab', (s, x) => `${s.a} deployed troops to the border with ${s.b} ${x.when()}.`, 'country'),
    T(
      2,
      'ab',
      (s) => `${s.a} carried out missile strikes against targets in ${s.b}, according to officials.`,
      'country',
    ),
    T(2, 'both', (s, x) => `${s.a} and ${s.b} staged joint military exercises ${x.when()}.`, 'country'),
    T(
      2,
      'ab',
      (s) => `${s.a} mobilised reserve units after clashes with ${s.b} along the border.`,
      'country',
    ),
    T(2, 'ab', (s) => `${s.a} reported shelling by forces of ${s.b} near the frontier.`, 'country'),
  ],
  comention: [
    T(
      2,
      'both',
      (s, x) => `${s.a} and ${s.b} are expected to attend ${x.forum()} in ${x.place()} next month.`,
    ),
    T(
      3,
      'both',
      (s, x) =>
        `${x.forum().replace(/^./, (c) => c.toUpperCase())} will bring together ${s.a}, ${s.b} and ${s.c}.`,
    ),
    T(2, 'both', (s, x) => `Both ${s.a} and ${s.b} have large stakes in ${x.topic()}.`),
    T(
      3,
      'both',
      (s, x) => `The question of ${x.topic()} has drawn attention from ${s.a}, ${s.b} and ${s.c}.`,
    ),
    T(2, 'both', (s) => `Also in the room were ${s.a} and ${s.b}.`, 'person'),
  ],
};

export type HeadlineTemplate = (a: string, b: string, x: SentenceExtras) => string;

export const HEADLINE_TEMPLATES: Record<InteractionType, readonly HeadlineTemplate[]> = {
  meeting: [
    (a, b, x) => `${a} meets ${b} in ${x.place()}`,
    (a, b, x) => `${a}, ${b} hold talks on ${x.topic()}`,
  ],
  visit: [(a, b) => `${a} visits ${b}`, (a, b, x) => `${a} in ${b} to push ${x.topic()}`],
  call: [
    (a, b, x) => `${a}, ${b} discuss ${x.topic()} by phone`,
    (a, b) => `${a} holds phone call with ${b}`,
  ],
  message: [(a, b) => `${a} sends message to ${b}`, (a, b) => `${a} writes to ${b}`],
  agree: [(a, b) => `${a}, ${b} sign agreement`, (a, b, x) => `${a}, ${b} agree on ${x.topic()}`],
  cooperate: [
    (a, b, x) => `${a} pledges support for ${b} on ${x.topic()}`,
    (a, b) => `${a}, ${b} to deepen cooperation`,
  ],
  statement: [(a, b) => `${a} says ties with ${b} on track`, (a, b, x) => `${a}, ${b} stress ${x.topic()}`],
  criticize: [(a, b, x) => `${a} criticises ${b} over ${x.issue()}`, (a, b) => `${a} accuses ${b}`],
  sanction: [
    (a, b) => `${a} imposes sanctions on ${b}`,
    (a, b, x) => `${a} restricts ${x.product()} trade with ${b}`,
  ],
  threaten: [(a, b, x) => `${a} threatens ${b} with ${x.consequence()}`, (a, b) => `${a} warns ${b}`],
  military: [
    (a, b) => `${a} deploys troops near ${b} border`,
    (a, b) => `Tensions rise as ${a}, ${b} trade fire`,
  ],
  comention: [
    (a, b, x) => `${a}, ${b} among guests at ${x.forum()}`,
    (a, b, x) => `${a} and ${b} eye ${x.topic()}`,
  ],
};

/** Phrase pools behind `SentenceExtras`. */
export const PHRASES = {
  neutralPlaces: [
    'Geneva',
    'New York',
    'Vienna',
    'Brussels',
    'Doha',
    'Singapore',
    'Istanbul',
    'Addis Ababa',
    'Jakarta',
    'Nairobi',
  ],
  topics: [
    'trade',
    'energy security',
    'climate change',
    'regional security',
    'grain exports',
    'counterterrorism',
    'infrastructure investment',
    'maritime security',
    'nuclear non-proliferation',
    'public health',
    'migration',
    'debt relief',
    'the digital economy',
    'arms control',
    'fisheries',
    'water management',
    'tourism',
    'education exchanges',
    'food security',
    'critical minerals',
    'visa rules',
    'renewable energy',
    'refugee resettlement',
    'cyber security',
  ],
  forums: [
    'a regional security conference',
    'an international conference on reconstruction',
    'a ministerial forum on energy',
    'a gathering of regional leaders',
    'a business forum',
    'a climate conference',
    'the annual economic forum',
    'a conference on food security',
  ],
  quotes: [
    'We had frank and constructive discussions',
    'Dialogue remains the only way forward',
    'Our two countries share a long history of friendship',
    'We will not accept interference in our internal affairs',
    'This is an important step for regional stability',
    'The door to negotiations remains open',
    'We expect concrete results, not promises',
    'Our partnership has never been stronger',
    'Nobody benefits from escalation',
    'We are ready to do our part',
  ],
  clauses: [
    'the two sides would step up coordination',
    'relations had entered a new stage',
    'the government was ready to work with all partners',
    'there was no alternative to dialogue',
    'negotiations would resume next month',
    'the region needed calm and restraint',
    'both governments shared an interest in stability',
    'the matter would be raised again at the next round',
    'progress had been made on several fronts',
    'more needed to be done to rebuild trust',
  ],
  deals: [
    'a memorandum of understanding on infrastructure investment',
    'a free trade agreement',
    'a treaty on double taxation',
    'an agreement on visa-free travel',
    'a pact on energy supplies',
    'a deal on grain shipments',
    'an accord on border demarcation',
    'an agreement on scientific research',
  ],
  goals: [
    'expand direct flights',
    'set up a joint working group',
    'double bilateral trade within five years',
    'resume talks on a free trade zone',
    'hold annual consultations',
    'open new consulates',
  ],
  disasters: [
    'deadly floods',
    'a powerful earthquake',
    'a deadly fire',
    'a mining accident',
    'a plane crash',
    'a devastating cyclone',
  ],
  occasions: [
    'on winning re-election',
    'on taking office',
    'on the national day',
    'on the anniversary of independence',
  ],
  issues: [
    'human rights',
    'a maritime dispute',
    'election irregularities',
    'the detention of journalists',
    'trade practices',
    'cyber attacks',
    'the treatment of minorities',
    'a disputed dam project',
    'the arrest of an opposition leader',
    'fishing rights',
  ],
  charges: [
    'interfering in its internal affairs',
    'violating the ceasefire',
    'undermining regional stability',
    'spreading disinformation',
    'harbouring militants',
    'dumping steel on world markets',
    'persecuting journalists',
  ],
  demands: [
    'release the detained fishermen',
    'return to the negotiating table',
    'respect the ceasefire',
    'reopen its embassy',
    'halt construction of the dam',
    'hold free and fair elections',
  ],
  products: [
    'steel',
    'grain',
    'rice',
    'rare earths',
    'solar panels',
    'seafood',
    'timber',
    'semiconductors',
    'fertiliser',
    'cars',
    'wine',
  ],
  consequences: [
    'retaliatory measures',
    'countermeasures',
    'serious consequences',
    'economic reprisals',
    'a suspension of talks',
  ],
  conditions: [
    'went ahead with the plan',
    'failed to free the detained crew',
    'pressed ahead with the referendum',
    'kept the border crossing closed',
    'did not reverse the decision',
  ],
} as const;
