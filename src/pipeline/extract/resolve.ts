// Corpus-wide entity resolution: one node per real entity. Per-article entities with the same key are merged
// (role and country by majority, aliases unioned), and a person named only partly in some article ("Putin",
// "Rebelo de Sousa") joins the one full-name person in the corpus it can be.
import type { ArticleExtraction, EntityRef } from '../types.ts';
import { getMajority } from './people.ts';
import { foldText } from './text.ts';

export interface ResolvedEntity extends EntityRef {
  mentions: number;
  articles: number;
}

export interface Resolution {
  /** Final node id -> merged entity. */
  entities: Map<string, ResolvedEntity>;
  /** Maps every key used in the extractions to its final node id. */
  canonicalKey: (key: string) => string;
}

interface Accumulator {
  key: string;
  types: Map<string, number>;
  labels: Map<string, number>;
  aliases: Set<string>;
  roles: Map<string, number>;
  countries: Map<string, number>;
  codes: Map<string, number>;
  mentions: number;
  articles: Set<number>;
}

function vote(votes: Map<string, number>, value: string | undefined): void {
  if (value) votes.set(value, (votes.get(value) ?? 0) + 1);
}

function getNameTokens(label: string): string[] {
  return foldText(label).toLowerCase().split(/\s+/).filter(Boolean);
}

function isPartOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length || short.length === 0) return false;
  const prefix = short.every((w, i) => w === long[i]);
  const suffix = short.every((w, i) => w === long[long.length - short.length + i]);
  return prefix || suffix;
}

/** Merges per-article entities across the corpus. Deterministic: output depends only on the input's content. */
export function resolveEntities(extractions: readonly ArticleExtraction[]): Resolution {
  const byKey = new Map<string, Accumulator>();
  extractions.forEach((extraction, index) => {
    const mentionCounts = new Map<string, number>();
    for (const mention of extraction.mentions)
      mentionCounts.set(mention.key, (mentionCounts.get(mention.key) ?? 0) + 1);
    for (const entity of extraction.entities) {
      let acc = byKey.get(entity.key);
      if (!acc) {
        acc = {
          key: entity.key,
          types: new Map(),
          labels: new Map(),
          aliases: new Set(),
          roles: new Map(),
          countries: new Map(),
          codes: new Map(),
          mentions: 0,
          articles: new Set(),
        };
        byKey.set(entity.key, acc);
      }
      vote(acc.types, entity.type);
      vote(acc.labels, entity.label);
      for (const alias of entity.aliases) acc.aliases.add(alias);
      vote(acc.roles, entity.role);
      vote(acc.countries, entity.country);
      vote(acc.codes, entity.code);
      acc.mentions += mentionCounts.get(entity.key) ?? 0;
      acc.articles.add(index);
    }
  });

  // Partial person names join the single full-name person they can belong to.
  const keys = [...byKey.keys()].sort();
  const people = keys
    .map((key) => byKey.get(key))
    .filter((acc): acc is Accumulator => acc !== undefined && getMajority(acc.types) === 'person')
    .map((acc) => ({ key: acc.key, tokens: getNameTokens(getMajority(acc.labels) ?? acc.key) }));
  const canonical = new Map<string, string>();
  for (const person of people) {
    const fuller = people.filter(
      (other) => other.key !== person.key && isPartOf(person.tokens, other.tokens),
    );
    // Only the longest candidates count: "Sousa" -> "Rebelo de Sousa" -> "Marcelo Rebelo de Sousa" is one chain.
    const longest = fuller.filter((f) => !fuller.some((g) => g !== f && isPartOf(f.tokens, g.tokens)));
    if (longest.length === 1 && longest[0]) canonical.set(person.key, longest[0].key);
  }
  const canonicalKey = (key: string): string => {
    let current = key;
    for (let hops = 0; hops < 8; hops++) {
      const next = canonical.get(current);
      if (!next || next === current) break;
      current = next;
    }
    return current;
  };

  const groups = new Map<string, Accumulator[]>();
  for (const key of keys) {
    const target = canonicalKey(key);
    const acc = byKey.get(key);
    if (!acc) continue;
    const group = groups.get(target) ?? [];
    group.push(acc);
    groups.set(target, group);
  }

  const entities = new Map<string, ResolvedEntity>();
  for (const target of [...groups.keys()].sort()) {
    const group = groups.get(target) ?? [];
    const main = group.find((acc) => acc.key === target) ?? group[0];
    if (!main) continue;
    const sum = (pick: (acc: Accumulator) => Map<string, number>): Map<string, number> => {
      const total = new Map<string, number>();
      for (const acc of group)
        for (const [value, n] of pick(acc)) total.set(value, (total.get(value) ?? 0) + n);
      return total;
    };
    const label = getMajority(main.labels) ?? target;
    const aliases = new Set<string>();
    for (const acc of group) {
      for (const alias of acc.aliases) aliases.add(alias);
      for (const other of acc.labels.keys()) aliases.add(other);
    }
    aliases.delete(label);
    const articles = new Set<number>();
    for (const acc of group) for (const a of acc.articles) articles.add(a);
    const type = getMajority(sum((acc) => acc.types)) as EntityRef['type'];
    const entity: ResolvedEntity = {
      key: target,
      type,
      label,
      aliases: [...aliases].sort(),
      mentions: group.reduce((n, acc) => n + acc.mentions, 0),
      articles: articles.size,
    };
    const code = getMajority(sum((acc) => acc.codes));
    const role = getMajority(sum((acc) => acc.roles));
    const country = getMajority(sum((acc) => acc.countries));
    if (code) entity.code = code;
    if (role) entity.role = role;
    if (country && country !== target) entity.country = country;
    entities.set(target, entity);
  }
  return { entities, canonicalKey };
}
