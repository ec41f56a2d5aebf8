// Assembles the extract stage for one article: gazetteer mentions, unknown organisations, people with
// coreference, and typed, directed, dated interactions per sentence. The gazetteer is passed in so tests
// can pin it; index.ts binds the real one.
import type { InteractionType } from '../../graph/vocabulary.ts';
import type {
  ArticleExtraction,
  EntityRef,
  ExtractedInteraction,
  MentionSpan,
  SourceArticle,
} from '../types.ts';
import type { ExtractGazetteer, GazetteerMatch } from './gazetteer-port.ts';
import { choosePairTrigger, findTriggers, getEventDate, type Trigger } from './interactions.ts';
import { findUnknownOrganizations, type OrganizationMention } from './organizations.ts';
import { findPeople, getMajority, type PersonRecord } from './people.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { stripPossessive } from './text.ts';
import { getSentenceTokens, type SentenceToken } from './tokens.ts';

/** Most actors considered in one sentence: long enumerations produce co-mentions, not interactions. */
const MAX_ACTORS_PER_SENTENCE = 6;
const CONSULT_TYPES = new Set<InteractionType>(['meeting', 'visit', 'call', 'message']);

interface ActorMention {
  key: string;
  start: number;
  end: number;
  /** Location use of a capital or place ("talks in Beijing"): only a visit's destination. */
  location: boolean;
  /** A sentence-initial "He"/"She" standing for the previous sentence's first person. */
  pronoun?: boolean;
}

/**
 * "He made the remarks as he exchanged congratulations with ...": a sentence that opens with "He" or "She"
 * continues the first person named in the sentence before (looking back at most two sentences).
 */
function getPronounSubjects(
  sentences: readonly SentenceSpan[],
  people: readonly { key: string; start: number }[],
): ActorMention[] {
  const found: ActorMention[] = [];
  sentences.forEach((sentence, index) => {
    const opener = /^(?:He|She)\b/.exec(sentence.text);
    if (!opener) return;
    for (let back = index - 1; back >= Math.max(0, index - 2); back--) {
      const previous = sentences[back];
      if (!previous) break;
      const first = people.find((p) => p.start >= previous.start && p.start < previous.end);
      if (first) {
        found.push({
          key: first.key,
          start: sentence.start,
          end: sentence.start + opener[0].length,
          location: false,
          pronoun: true,
        });
        return;
      }
    }
  });
  return found;
}

function mergeMatches(
  gazetteerMatches: readonly GazetteerMatch[],
  extra: readonly GazetteerMatch[],
): GazetteerMatch[] {
  const kept = gazetteerMatches.filter(
    (m) => !extra.some((e) => m.start < e.end && m.end > e.start && !(m.start <= e.start && m.end >= e.end)),
  );
  const added = extra.filter((e) => !kept.some((m) => m.start <= e.start && m.end >= e.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

function toOrgMatch(
  mention: OrganizationMention,
  surface: string,
  via: GazetteerMatch['via'],
): GazetteerMatch {
  return {
    key: mention.key,
    type: 'organization',
    start: mention.start,
    end: mention.end,
    surface,
    via,
    actor: true,
  };
}

/** Finds acronyms defined by unknown organisations used on their own later ("CPAPD"). */
function findAcronymUses(
  text: string,
  byAcronym: ReadonlyMap<string, OrganizationMention>,
  taken: readonly GazetteerMatch[],
): GazetteerMatch[] {
  const uses: GazetteerMatch[] = [];
  for (const [acronym, org] of byAcronym) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + acronym.length;
      if (taken.some((m) => start < m.end && end > m.start)) continue;
      uses.push(toOrgMatch({ ...org, start, end }, acronym, 'acronym'));
    }
  }
  return uses;
}

export function createArticleExtractor(
  gazetteer: ExtractGazetteer,
): (article: SourceArticle) => ArticleExtraction {
  return (article) => {
    try {
      return extractWith(gazetteer, article);
    } catch {
      // Extraction is best effort: one malformed article must never stop a 20k-article build.
      return { articleId: String(article?.id ?? ''), entities: [], mentions: [], interactions: [] };
    }
  };
}

function extractWith(gazetteer: ExtractGazetteer, article: SourceArticle): ArticleExtraction {
  const text = typeof article.text === 'string' ? article.text : '';
  const sentences = splitSentences(text);
  let matches = [...gazetteer.findGazetteerMentions(text, { date: article.date })].sort(
    (a, b) => a.start - b.start,
  );

  // Organisations outside the gazetteer, their acronyms, and the countries they belong to.
  const localOrgs = new Map<
    string,
    { label: string; labels: Map<string, number>; acronym?: string; country?: string }
  >();
  const byAcronym = new Map<string, OrganizationMention>();
  const orgMatches: GazetteerMatch[] = [];
  for (const sentence of sentences) {
    const tokens = getSentenceTokens(text, sentence.start, sentence.end, matches);
    for (const org of findUnknownOrganizations(text, tokens, gazetteer)) {
      if (matches.some((m) => m.type !== 'country' && m.start <= org.start && m.end >= org.end)) continue;
      if (gazetteer.getOrganizationByKey(org.key)) {
        orgMatches.push(toOrgMatch(org, text.slice(org.start, org.end), 'name'));
        continue;
      }
      const record = localOrgs.get(org.key) ?? { label: org.label, labels: new Map<string, number>() };
      record.labels.set(org.label, (record.labels.get(org.label) ?? 0) + 1);
      if (org.acronym && !record.acronym) record.acronym = org.acronym;
      if (org.country && !record.country) record.country = org.country;
      localOrgs.set(org.key, record);
      if (
        org.acronym &&
        !byAcronym.has(org.acronym) &&
        org.key.startsWith('org:') &&
        !gazetteer.getOrganizationByKey(org.key)
      )
        byAcronym.set(org.acronym, org);
      orgMatches.push(toOrgMatch(org, text.slice(org.start, org.end), 'name'));
    }
  }
  // An org named once with and once without its country ("Social Democratic Party") is one org.
  for (const [key, record] of localOrgs) {
    if (record.country) continue;
    const withCountry = [...localOrgs.keys()].filter(
      (k) => k !== key && k.startsWith(`${key}-`) && k.length === key.length + 4,
    );
    if (withCountry.length === 1 && withCountry[0]) {
      const target = withCountry[0];
      for (const m of orgMatches) if (m.key === key) m.key = target;
      const targetRecord = localOrgs.get(target);
      if (targetRecord)
        for (const [label, n] of record.labels)
          targetRecord.labels.set(label, (targetRecord.labels.get(label) ?? 0) + n);
      localOrgs.delete(key);
    }
  }
  // "the Social Democratic Party" after "the Social Democratic Party of Japan": the known org.
  const knownOrgNames = new Map<string, string>();
  for (const m of matches) {
    const org = m.type === 'country' ? undefined : gazetteer.getOrganizationByKey(m.key);
    if (org) for (const name of [org.name, ...org.aliases, m.surface]) knownOrgNames.set(name, m.key);
  }
  for (const [key, record] of localOrgs) {
    if (record.country) continue;
    const target = [...knownOrgNames].find(([name]) => name.startsWith(`${record.label} of `))?.[1];
    if (!target) continue;
    for (const m of orgMatches) if (m.key === key) m.key = target;
    localOrgs.delete(key);
  }
  matches = mergeMatches(matches, orgMatches);
  matches = mergeMatches(matches, findAcronymUses(text, byAcronym, matches));
  const localOrgCountry = new Map<string, string>();
  for (const [key, record] of localOrgs) if (record.country) localOrgCountry.set(key, record.country);

  const sentenceTokens = sentences.map((s) => ({
    start: s.start,
    end: s.end,
    tokens: getSentenceTokens(text, s.start, s.end, matches),
  }));
  const countryCounts = new Map<string, number>();
  for (const m of matches)
    if (m.type === 'country') countryCounts.set(m.key, (countryCounts.get(m.key) ?? 0) + 1);
  const mainCountry = getMajority(countryCounts);
  const { people, mentions: personMentions } = findPeople({
    text,
    sentences: sentenceTokens,
    gazetteer,
    localOrgCountry,
    mainCountry,
    countryCounts,
    date: article.date,
  });

  // Entities and mention spans.
  const entities = new Map<string, EntityRef>();
  const aliasSets = new Map<string, Set<string>>();
  const addAlias = (key: string, alias: string): void => {
    const set = aliasSets.get(key) ?? new Set<string>();
    set.add(alias);
    aliasSets.set(key, set);
  };
  const mentionSpans: MentionSpan[] = [];
  const absorbed = personMentions.flatMap((m) => m.absorbed);
  const absorbedSpans = new Set(absorbed.map(([s, e]) => `${s}:${e}`));
  const isAbsorbed = (m: { start: number; end: number }): boolean => absorbedSpans.has(`${m.start}:${m.end}`);
  const actorMentions: ActorMention[] = [];

  const personSpans = personMentions.map((m) => [m.start, m.end] as const);
  for (const match of matches) {
    if (personSpans.some(([s, e]) => match.start < e && match.end > s)) continue;
    const location = match.type === 'country' && !match.actor;
    if (!ensureMatchEntity(match, gazetteer, entities, localOrgs)) continue;
    if (!location) {
      mentionSpans.push({ key: match.key, start: match.start, end: match.end });
      addAlias(match.key, stripPossessive(match.surface.trim()));
    }
    if (match.type === 'media') continue;
    if (!isAbsorbed(match))
      actorMentions.push({ key: match.key, start: match.start, end: match.end, location });
  }
  for (const person of people.values()) {
    if (!personMentions.some((m) => m.key === person.key)) continue;
    entities.set(person.key, toPersonEntity(person));
  }
  for (const mention of personMentions) {
    mentionSpans.push({ key: mention.key, start: mention.start, end: mention.end });
    actorMentions.push({ key: mention.key, start: mention.start, end: mention.end, location: false });
  }
  for (const [key, aliases] of aliasSets) {
    const entity = entities.get(key);
    if (!entity) continue;
    const merged = new Set([...entity.aliases, ...aliases]);
    merged.delete(entity.label);
    entity.aliases = [...merged].filter((a) => a.length > 0).sort();
  }
  // Location-only countries are destinations, not entities of their own, unless named elsewhere.
  const referenced = new Set([...mentionSpans.map((m) => m.key), ...actorMentions.map((a) => a.key)]);
  for (const key of [...entities.keys()]) if (!referenced.has(key)) entities.delete(key);
  mentionSpans.sort((a, b) => a.start - b.start || a.end - b.end || a.key.localeCompare(b.key));
  actorMentions.push(...getPronounSubjects(sentences, personMentions));
  actorMentions.sort((a, b) => a.start - b.start);

  const countryOf = (key: string): string | undefined => {
    const entity = entities.get(key);
    if (!entity) return undefined;
    return entity.type === 'country' ? entity.key : entity.country;
  };
  const interactions = getInteractions(text, sentences, actorMentions, entities, countryOf, article.date);
  // A place named only as a location stays an entity only when it is a visit's destination.
  const used = new Set([
    ...mentionSpans.map((m) => m.key),
    ...interactions.flatMap((i) => [i.source, i.target]),
  ]);
  for (const key of [...entities.keys()]) if (!used.has(key)) entities.delete(key);
  return {
    articleId: article.id,
    entities: [...entities.values()].sort((a, b) => a.key.localeCompare(b.key)),
    mentions: mentionSpans,
    interactions,
  };
}

function ensureMatchEntity(
  match: GazetteerMatch,
  gazetteer: ExtractGazetteer,
  entities: Map<string, EntityRef>,
  localOrgs: ReadonlyMap<
    string,
    { label: string; labels: Map<string, number>; acronym?: string; country?: string }
  >,
): boolean {
  if (entities.has(match.key)) return true;
  if (match.type === 'country') {
    const country = gazetteer.getCountryByKey(match.key);
    if (!country) return false;
    entities.set(match.key, {
      key: match.key,
      type: 'country',
      label: country.name,
      aliases: [],
      code: country.code,
    });
    return true;
  }
  const known = gazetteer.getOrganizationByKey(match.key);
  if (known) {
    const entity: EntityRef = { key: match.key, type: known.type, label: known.name, aliases: [] };
    if (known.country) entity.country = `country:${known.country}`;
    entities.set(match.key, entity);
    return true;
  }
  const local = localOrgs.get(match.key);
  if (!local) return false;
  const label = getMajority(local.labels) ?? local.label;
  const entity: EntityRef = {
    key: match.key,
    type: 'organization',
    label,
    aliases: local.acronym ? [local.acronym] : [],
  };
  if (local.country) entity.country = local.country;
  entities.set(match.key, entity);
  return true;
}

function toPersonEntity(person: PersonRecord): EntityRef {
  const entity: EntityRef = {
    key: person.key,
    type: 'person',
    label: person.label,
    aliases: [...person.aliases].sort(),
  };
  const role = getMajority(person.roleVotes);
  const country = getMajority(person.countryVotes);
  if (role) entity.role = role;
  if (country) entity.country = country;
  return entity;
}

function getInteractions(
  text: string,
  sentences: readonly SentenceSpan[],
  actors: readonly ActorMention[],
  entities: ReadonlyMap<string, EntityRef>,
  countryOf: (key: string) => string | undefined,
  articleDate: string | null,
): ExtractedInteraction[] {
  const out: ExtractedInteraction[] = [];
  const seen = new Set<string>();
  let cursor = 0;
  let previousDate: string | undefined;
  for (const sentence of sentences) {
    const ownDate = getEventDate(sentence.text, articleDate);
    const continues = actors.some((a) => a.pronoun && a.start === sentence.start);
    const eventDate = ownDate ?? (continues ? previousDate : undefined);
    previousDate = eventDate;
    while (cursor < actors.length && (actors[cursor]?.start ?? 0) < sentence.start) cursor++;
    const inSentence: ActorMention[] = [];
    for (let i = cursor; i < actors.length && (actors[i]?.start ?? 0) < sentence.end; i++) {
      const actor = actors[i];
      if (actor && actor.end <= sentence.end && entities.has(actor.key)) inSentence.push(actor);
    }
    if (inSentence.length < 2) continue;
    const local = sentence.text;
    const triggers = findTriggers(local);
    const clauseStarts = getClauseStarts(local);
    const clauses = clauseStarts.map((c) => sentence.start + c.start);
    // Relative clauses ("Cassis, who jointly held ... with Wang Yi") have the actor before the comma as subject.
    const antecedentOf = new Map<number, ActorMention>();
    const clauseOf = (position: number): number => clauses.filter((c) => c <= position).length;
    const clauseTriggers = (clause: number): Trigger[] => {
      const from = (clauses[clause - 1] ?? sentence.start) - sentence.start;
      const to = (clauses[clause] ?? sentence.end) - sentence.start;
      const inside = triggers.filter((t) => t.start >= from && t.end <= to);
      return inside.length > 0 ? inside : triggers;
    };
    const mayVisit = triggers.some((t) => t.type === 'visit');
    // First mention of each entity; locations count only as a visit's destination.
    const firstByKey = new Map<string, ActorMention>();
    for (const actor of inSentence) {
      if (actor.location && !mayVisit) continue;
      if (!firstByKey.has(actor.key)) firstByKey.set(actor.key, actor);
    }
    // A country whose person is named in the same sentence is represented by that person: "Xi told his
    // Russian counterpart Putin that China and Russia ..." is one Xi -> Putin interaction, not four.
    const represented = new Set<string>();
    for (const key of firstByKey.keys()) {
      const entity = entities.get(key);
      if (entity?.type === 'person' && entity.country) represented.add(entity.country);
    }
    const distinct = [...firstByKey.values()]
      .filter((a) => !represented.has(a.key))
      .slice(0, MAX_ACTORS_PER_SENTENCE);
    if (distinct.length < 2) continue;
    clauseStarts.forEach((c, index) => {
      if (!c.relative) return;
      const start = sentence.start + c.start;
      const before = distinct.filter((d) => d.end <= start);
      const last = before[before.length - 1];
      if (last && /^[\s,]*$/.test(text.slice(last.end, start).replace(/\b(?:who|which)\b/g, '')))
        antecedentOf.set(index + 1, last);
    });
    const listed = getListMembers(text, distinct);
    const typedPairs: ExtractedInteraction[] = [];
    const loosePairs: ExtractedInteraction[] = [];

    for (let i = 0; i < distinct.length; i++) {
      for (let j = i + 1; j < distinct.length; j++) {
        const a = distinct[i];
        const b = distinct[j];
        if (!a || !b || a.key === b.key) continue;
        // "Ireland, Spain, Belgium, Malta, and Luxembourg": members of one enumeration do not interact.
        if (listed.has(a) && listed.get(a) === listed.get(b)) continue;
        // Entities in different clauses ("X visited China, and Y and Z agreed ...") share only the sentence.
        const antecedent = antecedentOf.get(clauseOf(b.start));
        const relative = antecedent === a && clauseOf(a.start) !== clauseOf(b.start);
        const clause = relative ? clauseOf(b.start) : clauseOf(a.start);
        const sameClause = relative || clause === clauseOf(b.start);
        // Only the clause's subject (and what is coordinated with it) acts on the others; two objects of
        // the same verb merely co-occur.
        const clauseActors = distinct.filter((d) => clauseOf(d.start) === clause);
        const subjects = !sameClause
          ? []
          : antecedentOf.has(clause)
            ? [antecedentOf.get(clause) as ActorMention]
            : getSubjectGroup(text, clauseActors);
        const typed = sameClause && (subjects.includes(a) || subjects.includes(b));
        const clauseStart = (clauses[clause - 1] ?? sentence.start) - sentence.start;
        const trigger = typed
          ? choosePairTrigger(
              clauseTriggers(clause),
              Math.max(a.start - sentence.start, relative ? clauseStart : 0),
              clauseStart,
            )
          : undefined;
        const type: InteractionType = trigger?.type ?? 'comention';
        if (a.location || b.location) {
          if (type !== 'visit') continue;
        }
        const triggerStart = trigger ? sentence.start + trigger.start : -1;
        const triggerEnd = trigger ? sentence.start + trigger.end : -1;
        const speaker = trigger?.weak ? getSpeakerAfter(text, distinct, triggerEnd) : undefined;
        if (a.location && b.location) continue;
        // A person and their own country, or an org and its own country, do not interact.
        if (countryOf(a.key) === b.key || countryOf(b.key) === a.key) continue;
        let source = a;
        let target = b;
        let directed = false;
        if (speaker) {
          if (speaker !== a && speaker !== b) continue;
          source = speaker;
          target = speaker === a ? b : a;
          directed = true;
        } else if (trigger && !trigger.noun) {
          const aLeft = a.end <= triggerStart;
          const bRight = b.start >= triggerEnd;
          if (aLeft && bRight) {
            directed = true;
            if (
              isAgentAfterBy(text.slice(triggerEnd, b.start)) &&
              !/\bby\s/.test(text.slice(sentence.start, a.start))
            ) {
              source = b;
              target = a;
            }
          }
        } else if (
          trigger &&
          trigger.noun &&
          isAgentAfterBy(text.slice(triggerEnd, b.start)) &&
          a.start >= triggerEnd
        ) {
          // "the visit to Beijing by Norwegian Foreign Minister Eide"
          source = b;
          target = a;
          directed = true;
        }
        if (source.location) {
          const swap = source;
          source = target;
          target = swap;
          directed = true;
        }
        if (target.location) directed = true;
        const key = `${source.key}|${target.key}|${type}|${sentence.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const bucket = typed ? typedPairs : loosePairs;
        const interaction: ExtractedInteraction = {
          source: source.key,
          target: target.key,
          directed,
          type,
          evidence: local,
          sourceSpan: [source.start - sentence.start, source.end - sentence.start],
          targetSpan: [target.start - sentence.start, target.end - sentence.start],
        };
        if (eventDate) interaction.eventDate = eventDate;
        bucket.push(interaction);
      }
    }
    // Entities in different clauses co-occur only when neither takes part in an interaction of its own clause.
    const engaged = new Set(typedPairs.flatMap((i) => [i.source, i.target]));
    out.push(...typedPairs, ...loosePairs.filter((i) => !engaged.has(i.source) && !engaged.has(i.target)));
  }
  inheritEventDates(out, countryOf);
  return out;
}

/** "... by Norwegian Foreign Minister": the actor right after "by" (past a title) is the agent. */
function isAgentAfterBy(between: string): boolean {
  return /\bby\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|his|her|its|their|foreign|prime|minister|president|counterpart)\s+){0,5}$/u.test(
    between,
  );
}

/**
 * The subject of a clause: its first actor and the actors coordinated with it ("China and Russia agreed",
 * "Premier Li Qiang and his Dutch counterpart Mark Rutte agreed").
 */
function getSubjectGroup(text: string, actors: readonly ActorMention[]): ActorMention[] {
  const sorted = [...actors].sort((x, y) => x.start - y.start);
  const first = sorted[0];
  if (!first) return [];
  const group = [first];
  for (const actor of sorted.slice(1)) {
    const previous = group[group.length - 1] as ActorMention;
    const gap = text.slice(previous.end, actor.start);
    const coordinated =
      /(?:^|\s|,)(?:and|,)(?:\s|$)|^\s*,\s*$/.test(gap) &&
      /^[\s,]*(?:and\s+)?(?:(?:his|her|their|its|the)\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|counterparts?|foreign|prime|minister)[\s,]+)*$/u.test(
        gap,
      );
    if (!coordinated) break;
    group.push(actor);
  }
  return group;
}

/** Enumerations of three or more actors ("A, B, C and D"): each member mapped to its list's number. */
function getListMembers(text: string, actors: readonly ActorMention[]): Map<ActorMention, number> {
  const members = new Map<ActorMention, number>();
  let group: ActorMention[] = [];
  let listNumber = 0;
  const close = (): void => {
    if (group.length >= 3) {
      listNumber++;
      for (const member of group) members.set(member, listNumber);
    }
  };
  for (const actor of [...actors].sort((x, y) => x.start - y.start)) {
    const previous = group[group.length - 1];
    if (
      previous &&
      /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$/.test(text.slice(previous.end, actor.start))
    ) {
      group.push(actor);
      continue;
    }
    close();
    group = [actor];
  }
  close();
  return members;
}

/** Where a sentence's clauses start (after "; ", ", and ", ", while "), relative to the sentence. */
function getClauseStarts(sentence: string): Array<{ start: number; relative: boolean }> {
  const starts: Array<{ start: number; relative: boolean }> = [];
  for (const match of sentence.matchAll(
    /;\s+|,\s+(?:and|but|while|whereas|although|though)\s+(?!(?:his|her|their|the)\s+\p{L}+\s+counterparts?\b)|,\s+(?:who|which)\s+/gu,
  )) {
    starts.push({
      start: (match.index ?? 0) + match[0].length,
      relative: /(?:who|which)\s+$/.test(match[0]),
    });
  }
  return starts;
}

/** "said Chinese President Xi Jinping": the first actor right after a speech verb is the speaker. */
function getSpeakerAfter(
  text: string,
  actors: readonly ActorMention[],
  triggerEnd: number,
): ActorMention | undefined {
  const after = actors.find((a) => a.start >= triggerEnd);
  if (!after) return undefined;
  const between = text.slice(triggerEnd, after.start);
  if (/^[\s\p{L}'’.-]{0,60}$/u.test(between) && !/\b(?:that|to|with|and|the\s+\p{Ll})\b/u.test(between)) {
    const before = actors.filter((a) => a.end <= triggerEnd - 4);
    // Only an inversion when the speech verb comes after the reported clause ("..., said X").
    if (
      before.length > 0 &&
      /,\s*["”’]?\s*$/.test(text.slice(Math.max(0, triggerEnd - 40), triggerEnd - 4).slice(-3))
    )
      return after;
    if (/,["”’]?\s*$/.test(text.slice(Math.max(0, triggerEnd - 8), triggerEnd - 4))) return after;
  }
  return undefined;
}

/** A consult without its own date takes the date of the same kind of contact between the same countries. */
function inheritEventDates(
  interactions: ExtractedInteraction[],
  countryOf: (key: string) => string | undefined,
): void {
  const dated = interactions.filter((i) => i.eventDate && CONSULT_TYPES.has(i.type));
  if (dated.length === 0) return;
  const pairKey = (x: ExtractedInteraction): string | undefined => {
    const a = countryOf(x.source);
    const b = countryOf(x.target);
    if (!a || !b || a === b) return undefined;
    return [a, b].sort().join('|');
  };
  for (const interaction of interactions) {
    if (interaction.eventDate || !CONSULT_TYPES.has(interaction.type)) continue;
    const key = pairKey(interaction);
    if (!key) continue;
    const dates = new Set(
      dated.filter((d) => d.type === interaction.type && pairKey(d) === key).map((d) => d.eventDate),
    );
    if (dates.size === 1) {
      const [date] = [...dates];
      if (date) interaction.eventDate = date;
    }
  }
}

export type { SentenceToken };
