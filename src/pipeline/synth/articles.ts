// Composes one synthetic wire story at a time: a dateline, a lead sentence carrying the main interaction,
// then two to seven follow-up sentences (quotes, reactions, background, co-mentions) that reuse the actors by
// family name. Each story keeps the actors it mentioned and the interactions its sentences state.
import type { InteractionType } from '../../graph/vocabulary.ts';
import { HEADLINE_TEMPLATES, PHRASES, SENTENCE_TEMPLATES } from './templates.ts';
import type { SentenceExtras, SentenceSlots, SentenceTemplate } from './templates.ts';
import type { SynthCountry, SynthPerson, SynthWorld } from './world.ts';

/** One article as the JSONL ingest reads it. */
export interface SyntheticArticle {
  id: string;
  title: string;
  date: string;
  text: string;
  source: string;
  url: string;
}

/** An interaction a generated sentence states, by node key (`person:wang-yi`, `country:CHN`). */
export interface SyntheticInteraction {
  type: InteractionType;
  source: string;
  target: string;
  directed: boolean;
  /** 0-based index of the sentence in the article. */
  sentence: number;
}

/** One naming of an actor (full, by family name, or as a government) in sentence `sentence`. */
export interface SyntheticMention {
  key: string;
  sentence: number;
}

/** An article with its ground truth: every actor mention in order, and the interactions stated. */
export interface SyntheticStory {
  article: SyntheticArticle;
  mentions: SyntheticMention[];
  interactions: SyntheticInteraction[];
}

export interface StoryContext {
  world: SynthWorld;
  random: () => number;
  seed: number;
}

interface ArticleActor {
  key: string;
  person: SynthPerson | null;
  country: SynthCountry;
  introduced: boolean;
  /** Another actor of the article shares the family name, so it is always written in full. */
  ambiguous: boolean;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const SOURCES = [
  { name: 'Synthwire', host: 'synthwire.example', weight: 0.6 },
  { name: 'Meridian Press Agency', host: 'meridian-press.example', weight: 0.25 },
  { name: 'Northwind News', host: 'northwind-news.example', weight: 0.15 },
] as const;

const MAIN_TYPE_WEIGHTS: ReadonlyArray<readonly [InteractionType, number]> = [
  ['meeting', 18],
  ['visit', 9],
  ['call', 9],
  ['message', 7],
  ['agree', 8],
  ['cooperate', 9],
  ['statement', 6],
  ['criticize', 10],
  ['sanction', 6],
  ['threaten', 4],
  ['military', 5],
  ['comention', 4],
];
const BACKGROUND_TYPE_WEIGHTS: ReadonlyArray<readonly [InteractionType, number]> = [
  ['meeting', 10],
  ['visit', 6],
  ['call', 6],
  ['message', 4],
  ['agree', 6],
  ['cooperate', 8],
  ['statement', 4],
  ['criticize', 8],
  ['sanction', 4],
  ['threaten', 3],
  ['military', 3],
  ['comention', 8],
];

/** Chance that the acting side is a government rather than a named person. */
const COUNTRY_ACTOR_SHARE: Record<InteractionType, number> = {
  meeting: 0,
  visit: 0,
  call: 0,
  message: 0.05,
  agree: 0.25,
  cooperate: 0.3,
  statement: 0.2,
  criticize: 0.35,
  sanction: 0.75,
  threaten: 0.45,
  military: 1,
  comention: 0.3,
};
/** Chance that the other side is a country, where the wording allows either. */
const COUNTRY_TARGET_SHARE: Record<InteractionType, number> = {
  meeting: 0,
  visit: 1,
  call: 0,
  message: 0.15,
  agree: 0.3,
  cooperate: 0.45,
  statement: 0.4,
  criticize: 0.4,
  sanction: 0.8,
  threaten: 0.5,
  military: 1,
  comention: 0.5,
};

interface DayInfo {
  iso: string;
  monthDay: string;
  weekday: string;
  path: string;
}

function pickFrom<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function createWeightedPicker<T>(entries: ReadonlyArray<readonly [T, number]>): (random: () => number) => T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let target = random() * total;
    for (const [value, weight] of entries) {
      target -= weight;
      if (target < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  };
}

/** Interactions only people conduct: a government meets, visits or calls through a person. */
const IN_PERSON_TYPES: ReadonlySet<InteractionType> = new Set(['meeting', 'visit', 'call', 'message']);

const pickMainType = createWeightedPicker(MAIN_TYPE_WEIGHTS);
const pickBackgroundType = createWeightedPicker(BACKGROUND_TYPE_WEIGHTS);
const pickSource = createWeightedPicker(SOURCES.map((source) => [source, source.weight] as const));

/** Calendar of the span: one entry per day, so dates cost nothing per article. */
export function createDayTable(startDate: string, years: number): DayInfo[] {
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(year, month - 1, day);
  const end = Date.UTC(year + years, month - 1, day);
  const days: DayInfo[] = [];
  for (let time = start; time < end; time += 86_400_000) {
    const date = new Date(time);
    const iso = date.toISOString().slice(0, 10);
    days.push({
      iso,
      monthDay: `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`,
      weekday: WEEKDAYS[date.getUTCDay()] as string,
      path: iso.replace(/-/g, '/'),
    });
  }
  return days;
}

const datelineCities = new Map<string, string>();

/** "San José" -> "SAN JOSE": datelines are plain capitals, as the wires write them. */
function toDatelineCity(place: string): string {
  let city = datelineCities.get(place);
  if (city === undefined) {
    city = place
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase();
    datelineCities.set(place, city);
  }
  return city;
}

function capitalize(sentence: string): string {
  const first = sentence.charCodeAt(0);
  return first >= 97 && first <= 122 ? sentence[0]?.toUpperCase() + sentence.slice(1) : sentence;
}

/** Templates of a type whose slot b accepts an actor of the given kind. */
function getFittingTemplates(
  type: InteractionType,
  bKind: 'person' | 'country',
  actors: number,
): SentenceTemplate[] {
  return SENTENCE_TEMPLATES[type].filter(
    (t) => !t.recap && t.actors === actors && (!t.bKind || t.bKind === bKind),
  );
}

const FITTING: Record<
  InteractionType,
  Record<'person' | 'country', Record<2 | 3, SentenceTemplate[]>>
> = Object.fromEntries(
  Object.keys(SENTENCE_TEMPLATES).map((type) => [
    type,
    {
      person: {
        2: getFittingTemplates(type as InteractionType, 'person', 2),
        3: getFittingTemplates(type as InteractionType, 'person', 3),
      },
      country: {
        2: getFittingTemplates(type as InteractionType, 'country', 2),
        3: getFittingTemplates(type as InteractionType, 'country', 3),
      },
    },
  ]),
) as Record<InteractionType, Record<'person' | 'country', Record<2 | 3, SentenceTemplate[]>>>;
const SOLO_STATEMENTS = SENTENCE_TEMPLATES.statement.filter((t) => t.actors === 1);

/** Builds story number `index` (0-based) of `total`; consumes the context's random stream in order. */
export function createStoryWriter(context: StoryContext, total: number, days: readonly DayInfo[]) {
  const { world, random, seed } = context;

  return function writeStory(index: number): SyntheticStory {
    const actors: ArticleActor[] = [];
    const mentions: SyntheticMention[] = [];
    const sentences: string[] = [];
    const interactions: SyntheticInteraction[] = [];

    const addActor = (person: SynthPerson | null, country: SynthCountry): ArticleActor => {
      const key = person ? person.key : country.key;
      const existing = actors.find((actor) => actor.key === key);
      if (existing) return existing;
      const actor: ArticleActor = { key, person, country, introduced: false, ambiguous: false };
      if (person) {
        for (const other of actors) {
          if (other.person && other.person.family === person.family) {
            other.ambiguous = true;
            actor.ambiguous = true;
          }
        }
      }
      actors.push(actor);
      return actor;
    };

    /**
     * A new actor of the wanted kind from a country none of `avoid` belongs to; in a tiny cast, at least a
     * different actor (a country when no other person is left).
     */
    const drawActor = (kind: 'person' | 'country', avoid: readonly ArticleActor[]): ArticleActor => {
      const draw = (
        drawKind: 'person' | 'country',
      ): { person: SynthPerson | null; country: SynthCountry } => {
        if (drawKind === 'country') return { person: null, country: world.pickCountry(random) };
        const person = world.pickPerson(random);
        return { person, country: person.country };
      };
      const isTaken = (key: string): boolean => avoid.some((actor) => actor.key === key);
      for (let tries = 0; tries < 60; tries += 1) {
        const candidate = draw(kind);
        const key = candidate.person ? candidate.person.key : candidate.country.key;
        if (isTaken(key)) continue;
        if (tries < 12 && avoid.some((actor) => actor.country === candidate.country)) continue;
        return addActor(candidate.person, candidate.country);
      }
      const fallback =
        world.countries.find((country) => !isTaken(country.key)) ?? (world.countries[0] as SynthCountry);
      return addActor(null, fallback);
    };

    const kindForTarget = (type: InteractionType): 'person' | 'country' =>
      random() < COUNTRY_TARGET_SHARE[type] ? 'country' : 'person';

    // Article-wide scene: date, place, source and a main topic the phrases come back to.
    const dayIndex = Math.min(days.length - 1, Math.floor(((index + random()) * days.length) / total));
    const day = days[dayIndex] as DayInfo;
    const source = pickSource(random);
    let place = '';
    let mainTopic = '';
    const extras: SentenceExtras = {
      when: () => (random() < 0.7 ? `on ${day.weekday}` : `on ${day.monthDay}`),
      place: () => place,
      topic: () => {
        if (mainTopic === '' || random() < 0.4) {
          const topic = pickFrom(PHRASES.topics, random);
          if (mainTopic === '') mainTopic = topic;
          return topic;
        }
        return mainTopic;
      },
      forum: () => pickFrom(PHRASES.forums, random),
      quote: () => pickFrom(PHRASES.quotes, random),
      clause: () => pickFrom(PHRASES.clauses, random),
      deal: () => pickFrom(PHRASES.deals, random),
      goal: () => pickFrom(PHRASES.goals, random),
      disaster: () => pickFrom(PHRASES.disasters, random),
      occasion: () => pickFrom(PHRASES.occasions, random),
      issue: () => pickFrom(PHRASES.issues, random),
      charge: () => pickFrom(PHRASES.charges, random),
      demand: () => pickFrom(PHRASES.demands, random),
      product: () => pickFrom(PHRASES.products, random),
      consequence: () => pickFrom(PHRASES.consequences, random),
      condition: () => pickFrom(PHRASES.conditions, random),
      count: () => 2 + Math.floor(random() * 9),
      countWord: () => pickFrom(COUNT_WORDS, random),
    };

    /**
     * How an actor is written here: in full with title on first mention, then by family name. A government
     * named again varies ("Beijing", "the Chinese government") as a subject; as a place visited or struck it
     * keeps its name, since "visited the Chinese government" is not English.
     */
    const refer = (
      actor: ArticleActor,
      position: 'subject' | 'object' | 'site',
      counterpartOf: ArticleActor | null,
    ): string => {
      mentions.push({ key: actor.key, sentence: sentences.length });
      const { person, country } = actor;
      if (person) {
        if (!actor.introduced) {
          actor.introduced = true;
          const other = counterpartOf?.person;
          if (other && other.roleKind === person.roleKind && person.roleKind !== 'ambassador') {
            return `${other.female ? 'her' : 'his'} ${country.demonym} counterpart ${person.fullName}`;
          }
          return person.titled;
        }
        return actor.ambiguous ? person.fullName : person.family;
      }
      if (!actor.introduced) {
        actor.introduced = true;
        return country.name;
      }
      if (position === 'site') return country.name;
      const roll = random();
      if (roll < 0.3 && country.metonym) return country.metonym;
      if (roll < 0.5 && position === 'subject') return `the ${country.demonym} government`;
      return country.name;
    };

    const possessiveOf = (actor: ArticleActor): string =>
      actor.person ? (actor.person.female ? 'her' : 'his') : 'its';

    const say = (
      type: InteractionType,
      template: SentenceTemplate,
      a: ArticleActor,
      b: ArticleActor | null,
      c: ArticleActor | null,
      lead: boolean,
    ): void => {
      const aText = refer(a, 'subject', null);
      const objectPosition = type === 'visit' || type === 'military' ? 'site' : 'object';
      const slots: SentenceSlots = {
        a: aText,
        b: b ? refer(b, objectPosition, lead ? a : null) : '',
        c: c ? refer(c, objectPosition, null) : '',
        aPossessive: possessiveOf(a),
      };
      let sentence = capitalize(template.render(slots, extras));
      // Now and then a lead opens "Wang Yi, China's foreign minister, met ..." instead of the title form.
      if (lead && a.person && sentence.startsWith(aText) && aText === a.person.titled && random() < 0.2) {
        sentence = a.person.appositive + sentence.slice(aText.length);
      }
      const number = sentences.length;
      sentences.push(sentence);
      if (b)
        interactions.push({
          type,
          source: a.key,
          target: b.key,
          directed: template.direction === 'ab',
          sentence: number,
        });
      if (c)
        interactions.push({
          type,
          source: a.key,
          target: c.key,
          directed: template.direction === 'ab',
          sentence: number,
        });
    };

    // Lead: the main interaction between A and B.
    const mainType = pickMainType(random);
    const a = drawActor(random() < COUNTRY_ACTOR_SHARE[mainType] ? 'country' : 'person', []);
    let bKind = kindForTarget(mainType);
    let leadTemplates = FITTING[mainType][bKind][2];
    if (leadTemplates.length === 0) {
      bKind = bKind === 'person' ? 'country' : 'person';
      leadTemplates = FITTING[mainType][bKind][2];
    }
    const b = drawActor(bKind, [a]);
    place =
      mainType === 'visit'
        ? b.country.capital
        : random() < 0.6
          ? a.country.capital
          : random() < 0.5
            ? b.country.capital
            : pickFrom(PHRASES.neutralPlaces, random);
    say(mainType, pickFrom(leadTemplates, random), a, b, null, true);

    // Follow-ups: quotes, the main story again, background with a third actor, co-mentions.
    const followUps = 2 + Math.floor(random() * 6);
    for (let n = 0; n < followUps; n += 1) {
      const roll = random();
      const speaker = random() < 0.65 ? a : b;
      if (roll < 0.3) {
        say('statement', pickFrom(SOLO_STATEMENTS, random), speaker, null, null, false);
      } else if (roll < 0.45) {
        const bKindNow = b.person ? 'person' : 'country';
        const again = SENTENCE_TEMPLATES[mainType].filter(
          (t) => t.actors === 2 && (!t.bKind || t.bKind === bKindNow),
        );
        const template = again.length > 0 ? pickFrom(again, random) : pickFrom(SOLO_STATEMENTS, random);
        say(mainType, template, a, template.actors > 1 ? b : null, null, false);
      } else {
        const type = roll < 0.6 ? 'comention' : pickBackgroundType(random);
        // Governments, not diplomats, impose sanctions and move troops: a person's country acts instead.
        // A government meets, visits or calls through its leader or foreign minister.
        let actor = speaker;
        if (speaker.person && (type === 'military' || type === 'sanction'))
          actor = addActor(null, speaker.country);
        if (!speaker.person && IN_PERSON_TYPES.has(type)) {
          const envoy = world.pickEnvoy(speaker.country, random);
          if (envoy) actor = addActor(envoy, speaker.country);
        }
        const wantsThree = random() < 0.2 && FITTING[type].person[3].length > 0;
        if (wantsThree) {
          const c = drawActor('person', actors);
          say(type, pickFrom(FITTING[type].person[3], random), actor, speaker === a ? b : a, c, false);
          continue;
        }
        const kind = kindForTarget(type);
        const fitting = FITTING[type][kind][2];
        const templates =
          fitting.length > 0 ? fitting : FITTING[type][kind === 'person' ? 'country' : 'person'][2];
        const template = pickFrom(templates, random);
        const targetKind = template.bKind ?? kind;
        const other =
          actors.length > 2 && random() < 0.3
            ? (actors[2 + Math.floor(random() * (actors.length - 2))] as ArticleActor)
            : null;
        const target =
          other &&
          other !== actor &&
          (other.person ? 'person' : 'country') === targetKind &&
          other.country !== actor.country
            ? other
            : drawActor(targetKind, [actor]);
        say(type, template, actor, target, null, false);
      }
    }

    // The headline names the story's main topic, not a side topic of a later sentence.
    const headlineExtras: SentenceExtras = { ...extras, topic: () => mainTopic || extras.topic() };
    const id = `synth-${seed}-${String(index + 1).padStart(7, '0')}`;
    const headlineOf = (actor: ArticleActor): string =>
      actor.person ? actor.person.headline : actor.country.shortName;
    const title = capitalize(
      pickFrom(HEADLINE_TEMPLATES[mainType], random)(headlineOf(a), headlineOf(b), headlineExtras),
    );
    const paragraphs = [`${toDatelineCity(place)}, ${day.monthDay} (${source.name}) - ${sentences[0] ?? ''}`];
    for (let s = 1; s < sentences.length; s += 1) {
      const next = sentences[s + 1];
      if (next !== undefined && random() < 0.35) {
        paragraphs.push(`${sentences[s]} ${next}`);
        s += 1;
      } else {
        paragraphs.push(sentences[s] as string);
      }
    }
    return {
      article: {
        id,
        title,
        date: day.iso,
        text: paragraphs.join('\n\n'),
        source: source.name,
        url: `https://${source.host}/${day.path}/${id}`,
      },
      mentions,
      interactions,
    };
  };
}
