// User overrides (`entente build --aliases FILE`): add entities and aliases the gazetteers do not know,
// merge two entities, or drop one. Recognition of added names runs after extraction; merges, drops and
// attribute patches apply to the corpus-wide resolution. Pure: parsing takes text, not a path.
import { z } from 'zod';
import { ENTITY_TYPES } from '../../graph/vocabulary.ts';
import type {
  ArticleExtraction,
  EntityRef,
  ExtractedInteraction,
  MentionSpan,
  SourceArticle,
} from '../types.ts';
import { splitSentences } from '../extract/sentences.ts';
import type { EntityResolution, ResolvedEntityRecord } from './assemble-bundle.ts';

const nodeId = z
  .string()
  .regex(/^(country|person|org|media):[^\s]+$/, 'expected a node id like person:xi-jinping');

const overrideEntitySchema = z.object({
  id: nodeId,
  label: z.string().min(1).optional(),
  type: z.enum(ENTITY_TYPES).optional(),
  aliases: z.array(z.string().min(2)).default([]),
  role: z.string().min(1).optional(),
  country: nodeId.optional(),
  code: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

export const overridesSchema = z
  .object({
    entities: z.array(overrideEntitySchema).default([]),
    merge: z.array(z.object({ from: nodeId, into: nodeId })).default([]),
    drop: z.array(nodeId).default([]),
  })
  .strict();

export type Overrides = z.infer<typeof overridesSchema>;
export type OverrideEntity = z.infer<typeof overrideEntitySchema>;

/** Validates an overrides file's text; errors name the file and the bad field. */
export function parseOverrides(text: string, file: string): Overrides {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`entente/aliases: ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = overridesSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
    throw new Error(`entente/aliases: ${file}: ${path}: ${issue?.message ?? 'invalid'}`);
  }
  const overrides = parsed.data;
  for (const merge of overrides.merge) {
    if (merge.from === merge.into)
      throw new Error(`entente/aliases: ${file}: cannot merge ${merge.from} into itself`);
  }
  return overrides;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface NamePattern {
  key: string;
  pattern: RegExp;
}

function getNamePatterns(overrides: Overrides): NamePattern[] {
  return overrides.entities.flatMap((entity) => {
    const names = [entity.label, ...entity.aliases].filter((name): name is string => Boolean(name));
    if (names.length === 0) return [];
    // Longest names first so "Espen Barth Eide" wins over "Eide".
    const alternatives = [...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegExp);
    return [
      {
        key: entity.id,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
      },
    ];
  });
}

function overlaps(mentions: readonly MentionSpan[], start: number, end: number): boolean {
  return mentions.some((mention) => mention.start < end && start < mention.end);
}

/**
 * Finds the names the user added in an article and links them to the other entities of their sentence.
 * An added name inherits the interaction type already read from that sentence, or is a co-mention.
 */
export function addCustomMentions(
  article: SourceArticle,
  extraction: ArticleExtraction,
  overrides: Overrides,
): ArticleExtraction {
  const patterns = getNamePatterns(overrides);
  if (patterns.length === 0) return extraction;
  const added: MentionSpan[] = [];
  for (const { key, pattern } of patterns) {
    for (const match of article.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(added, start, end)) continue;
      // A user's name wins over what extraction read inside it ("China" in "Friends of Socialist China"),
      // but not over a longer name that contains it.
      const clashing = extraction.mentions.filter((mention) => mention.start < end && start < mention.end);
      if (clashing.some((mention) => mention.start < start || mention.end > end)) continue;
      added.push({ key, start, end });
    }
  }
  if (added.length === 0) return extraction;

  const isCovered = (start: number, end: number): boolean =>
    added.some((mention) => mention.start <= start && end <= mention.end);
  const kept = extraction.mentions.filter((mention) => !isCovered(mention.start, mention.end));
  const mentions = [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  const sentences = splitSentences(article.text);
  const sentenceStart = new Map(sentences.map((sentence) => [sentence.text, sentence.start]));
  // Interactions read from a name now claimed by the user are dropped with it.
  const interactions: ExtractedInteraction[] = extraction.interactions.filter((interaction) => {
    const offset = sentenceStart.get(interaction.evidence);
    if (offset === undefined) return true;
    return ![interaction.sourceSpan, interaction.targetSpan].some(([start, end]) =>
      isCovered(offset + start, offset + end),
    );
  });
  for (const sentence of sentences) {
    const inSentence = mentions.filter(
      (mention) => mention.start >= sentence.start && mention.end <= sentence.end,
    );
    const custom = inSentence.filter((mention) => added.includes(mention));
    if (custom.length === 0) continue;
    const existing = extraction.interactions.find((interaction) => interaction.evidence === sentence.text);
    for (const mention of custom) {
      for (const other of inSentence) {
        if (other.key === mention.key || (added.includes(other) && other.start < mention.start)) continue;
        const [first, second] = mention.start < other.start ? [mention, other] : [other, mention];
        interactions.push({
          source: first.key,
          target: second.key,
          directed: false,
          type: existing?.type ?? 'comention',
          evidence: sentence.text,
          sourceSpan: [first.start - sentence.start, first.end - sentence.start],
          targetSpan: [second.start - sentence.start, second.end - sentence.start],
        });
      }
    }
  }
  const known = new Set(extraction.entities.map((entity) => entity.key));
  const entities: EntityRef[] = [...extraction.entities];
  for (const key of new Set(added.map((mention) => mention.key))) {
    if (known.has(key)) continue;
    const entity = overrides.entities.find((candidate) => candidate.id === key) as OverrideEntity;
    const ref: EntityRef = {
      key,
      type: entity.type ?? getTypeFromId(key),
      label: entity.label ?? key.slice(key.indexOf(':') + 1),
      aliases: entity.aliases,
    };
    if (entity.role) ref.role = entity.role;
    if (entity.country) ref.country = entity.country;
    if (entity.code) ref.code = entity.code;
    entities.push(ref);
  }
  return { ...extraction, entities, mentions, interactions };
}

/** Merges and drops that name no entity of this corpus: likely typos, so the CLI warns about them. */
export function getUnknownOverrideIds(resolution: EntityResolution, overrides: Overrides): string[] {
  const known = (id: string): boolean => resolution.entities.has(id);
  const unknown = [...overrides.merge.flatMap(({ from, into }) => [from, into]), ...overrides.drop].filter(
    (id) => !known(id) && !overrides.entities.some((entity) => entity.id === id),
  );
  return [...new Set(unknown)].sort();
}

function mergeRecords(into: ResolvedEntityRecord, from: ResolvedEntityRecord): ResolvedEntityRecord {
  return {
    ...into,
    aliases: [...new Set([...into.aliases, from.label, ...from.aliases])].sort(),
    mentions: into.mentions + from.mentions,
    articles: into.articles + from.articles,
  };
}

/** Applies merges, drops and attribute patches to the corpus-wide resolution. */
export function applyOverrides(resolution: EntityResolution, overrides: Overrides): EntityResolution {
  const entities = new Map(resolution.entities);
  for (const entity of overrides.entities) {
    const current = entities.get(entity.id);
    const type = entity.type ?? current?.type ?? getTypeFromId(entity.id);
    const patched: ResolvedEntityRecord = {
      key: entity.id,
      type,
      label: entity.label ?? current?.label ?? entity.id.slice(entity.id.indexOf(':') + 1),
      aliases: [...new Set([...(current?.aliases ?? []), ...entity.aliases])].sort(),
      mentions: current?.mentions ?? 0,
      articles: current?.articles ?? 0,
    };
    const code = entity.code ?? current?.code;
    const role = entity.role ?? current?.role;
    const country = entity.country ?? current?.country;
    if (code) patched.code = code;
    if (role) patched.role = role;
    if (country) patched.country = country;
    entities.set(entity.id, patched);
  }

  const redirect = new Map<string, string>();
  for (const { from, into } of overrides.merge) redirect.set(from, into);
  const follow = (key: string): string => {
    let current = key;
    for (let hops = 0; hops < 32 && redirect.has(current); hops += 1)
      current = redirect.get(current) as string;
    return current;
  };
  for (const { from } of overrides.merge) {
    const source = entities.get(from);
    const target = entities.get(follow(from));
    if (source && target && target.key !== from) {
      entities.set(target.key, mergeRecords(target, source));
      entities.delete(from);
    }
  }
  const dropped = new Set(overrides.drop);
  for (const key of dropped) entities.delete(key);
  for (const [key, entity] of entities) {
    if (entity.country !== undefined) {
      const country = follow(entity.country);
      entities.set(key, { ...entity, country });
    }
  }

  return {
    entities,
    canonicalKey: (key) => {
      const resolved = follow(resolution.canonicalKey(key));
      return dropped.has(resolved) ? `dropped:${resolved}` : resolved;
    },
  };
}

function getTypeFromId(id: string): ResolvedEntityRecord['type'] {
  const prefix = id.slice(0, id.indexOf(':'));
  if (prefix === 'country' || prefix === 'person' || prefix === 'media') return prefix;
  return 'organization';
}
