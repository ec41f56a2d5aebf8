// The graph bundle's schema: entities, articles, interactions, mentions and the build report, as the
// pipeline assembles them in memory and as version 1 bundles (one JSON file) hold them. Version 2, what
// the pipeline writes now, stores the same content in columns and slices (see bundle-codec.ts) and decodes
// back to this shape. `parseBundle` validates shape, version and references, so that nothing downstream
// ever sees a half-valid bundle.
import { z } from 'zod';
import { ENTITY_TYPES, INTERACTION_TYPES, type EntityType, type InteractionType } from './vocabulary.ts';

export const BUNDLE_FORMAT = 'entente-bundle';
export const BUNDLE_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const nodeAttributesSchema = z.object({
  label: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  /** ISO 3166 alpha-3 (or 3166-3 for historical states), countries only. */
  code: z.string().optional(),
  aliases: z.array(z.string()),
  /** Node id of the affiliated country (people and organisations). */
  country: z.string().optional(),
  role: z.string().optional(),
  /** Number of mentions across all articles. */
  mentions: z.number().int().nonnegative(),
  /** Number of distinct articles that mention the entity. */
  articles: z.number().int().nonnegative(),
  x: z.number().finite(),
  y: z.number().finite(),
  /** Louvain community index. */
  community: z.number().int().nonnegative(),
});
export type NodeAttributes = z.infer<typeof nodeAttributesSchema>;

export const edgeAttributesSchema = z.object({
  /** Number of interactions between the pair, all dates. */
  weight: z.number().int().positive(),
});
export type EdgeAttributes = z.infer<typeof edgeAttributesSchema>;

const serializedGraphSchema = z.object({
  attributes: z.record(z.string(), z.unknown()).default({}),
  options: z.object({
    type: z.literal('undirected'),
    multi: z.literal(false),
    allowSelfLoops: z.literal(false),
  }),
  nodes: z.array(z.object({ key: z.string().min(1), attributes: nodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: z.string().min(1),
      source: z.string().min(1),
      target: z.string().min(1),
      attributes: edgeAttributesSchema,
    }),
  ),
});

export const articleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** Publication date, or null when none could be determined (never a guess). */
  date: isoDate.nullable(),
  source: z.string().nullable(),
  /** Link to the original; the app only follows http(s) links. */
  url: z.string().nullable(),
  /** Input file the article came from, relative to the build's working directory. */
  file: z.string(),
  /** 1-based line in the input file (JSONL line, or the line the article starts on in a page). */
  line: z.number().int().positive().nullable(),
});
export type BundleArticle = z.infer<typeof articleSchema>;

export const interactionSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  /** True when the sentence makes clear who acts on whom (source → target). */
  directed: z.boolean(),
  type: z.enum(INTERACTION_TYPES),
  /** The article's date: the timeline filters on this. */
  date: isoDate.nullable(),
  /** A date the sentence itself states for the event, when it differs from nothing. */
  eventDate: isoDate.optional(),
  article: z.string().min(1),
  evidence: z.string(),
  /** Character offsets of the two names inside `evidence`. */
  sourceSpan: span,
  targetSpan: span,
});
export type BundleInteraction = z.infer<typeof interactionSchema>;

export const mentionSchema = z.object({
  article: z.string().min(1),
  node: z.string().min(1),
  count: z.number().int().positive(),
});
export type BundleMention = z.infer<typeof mentionSchema>;

export const reportArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  file: z.string(),
  line: z.number().int().positive().nullable(),
  status: z.enum(['used', 'skipped']),
  /** Why an article was skipped, or a note on a used one (e.g. "undated"). */
  reason: z.string().optional(),
});
export type ReportArticle = z.infer<typeof reportArticleSchema>;

export const reportProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().nullable(),
  reason: z.string(),
});
export type ReportProblem = z.infer<typeof reportProblemSchema>;

export const buildReportSchema = z.object({
  /** Articles read from the inputs (including those skipped). */
  read: z.number().int().nonnegative(),
  used: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  skippedByReason: z.record(z.string(), z.number().int().nonnegative()),
  articles: z.array(reportArticleSchema),
  /** Input problems that did not yield an article at all (unreadable files, malformed lines). */
  problems: z.array(reportProblemSchema),
});
export type BuildReport = z.infer<typeof buildReportSchema>;

export const metaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i, 'expected an id of letters, digits, - and _'),
  title: z.string(),
  createdWith: z.string(),
  dateRange: z.object({ start: isoDate, end: isoDate }).nullable(),
  counts: z.object({
    articles: z.number().int().nonnegative(),
    undatedArticles: z.number().int().nonnegative(),
    entities: z.number().int().nonnegative(),
    entitiesByType: z.record(z.string(), z.number().int().nonnegative()),
    interactions: z.number().int().nonnegative(),
    edges: z.number().int().nonnegative(),
    communities: z.number().int().nonnegative(),
  }),
  layout: z.object({
    algorithm: z.string(),
    iterations: z.number().int().nonnegative(),
    seed: z.number().int(),
  }),
  report: buildReportSchema,
});
export type BundleMeta = z.infer<typeof metaSchema>;

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int(),
  meta: metaSchema,
  graph: serializedGraphSchema,
  articles: z.array(articleSchema),
  interactions: z.array(interactionSchema),
  mentions: z.array(mentionSchema),
});
export type Bundle = z.infer<typeof bundleSchema>;
export type SerializedBundleGraph = Bundle['graph'];

/** One entry of data/graphs/index.json. */
export const graphIndexEntrySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  file: z.string().regex(/^[\w.-]+\.json$/, 'expected a bundle file name in data/graphs'),
  dateRange: z.object({ start: isoDate, end: isoDate }).nullable(),
  counts: z.object({
    articles: z.number().int().nonnegative(),
    entities: z.number().int().nonnegative(),
    interactions: z.number().int().nonnegative(),
  }),
});
export const graphIndexSchema = z.object({
  default: z.string().min(1),
  graphs: z.array(graphIndexEntrySchema).min(1),
});
export type GraphIndex = z.infer<typeof graphIndexSchema>;
export type GraphIndexEntry = z.infer<typeof graphIndexEntrySchema>;

/** A bundle or index that failed validation; `problems` name each bad field by its path. */
export class BundleError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'BundleError';
  }
}

function describeIssues(error: z.ZodError, limit = 8): string[] {
  return error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
}

/**
 * Validates an unknown value as a bundle: format, version, shape, and that every id an interaction,
 * mention or edge refers to exists. Throws a BundleError naming what is wrong.
 */
export function parseBundle(value: unknown): Bundle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BundleError('entente/bundle: not a bundle (expected a JSON object).');
  }
  const record = value as Record<string, unknown>;
  if (record.format !== BUNDLE_FORMAT) {
    throw new BundleError(
      `entente/bundle: not an Entente bundle (format is ${JSON.stringify(record.format)}).`,
    );
  }
  if (record.version !== BUNDLE_VERSION) {
    throw new BundleError(
      `entente/bundle: unsupported bundle version ${JSON.stringify(record.version)}; this app reads versions ${BUNDLE_VERSION} and 2. Rebuild it with \`npx entente build\`.`,
    );
  }
  const parsed = bundleSchema.safeParse(value);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    throw new BundleError(`entente/bundle: invalid bundle: ${problems[0] ?? 'unknown problem'}`, problems);
  }
  const bundle = parsed.data;
  const problems = findDanglingReferences(bundle);
  if (problems.length > 0) {
    throw new BundleError(`entente/bundle: inconsistent bundle: ${problems[0]}`, problems);
  }
  return bundle;
}

function findDanglingReferences(bundle: Bundle, limit = 8): string[] {
  const problems: string[] = [];
  const nodeIds = new Set(bundle.graph.nodes.map((node) => node.key));
  const articleIds = new Set(bundle.articles.map((article) => article.id));
  const edgeKeys = new Set<string>();
  const note = (message: string): boolean => {
    problems.push(message);
    return problems.length >= limit;
  };
  if (nodeIds.size !== bundle.graph.nodes.length && note('graph.nodes: duplicate node keys')) return problems;
  if (articleIds.size !== bundle.articles.length && note('articles: duplicate article ids')) return problems;
  for (const [index, node] of bundle.graph.nodes.entries()) {
    const country = node.attributes.country;
    if (country !== undefined && !nodeIds.has(country)) {
      if (note(`graph.nodes.${index}.attributes.country: unknown node "${country}"`)) return problems;
    }
  }
  for (const [index, edge] of bundle.graph.edges.entries()) {
    for (const end of [edge.source, edge.target]) {
      if (!nodeIds.has(end) && note(`graph.edges.${index}: unknown node "${end}"`)) return problems;
    }
    edgeKeys.add(pairKey(edge.source, edge.target));
  }
  for (const [index, interaction] of bundle.interactions.entries()) {
    for (const end of [interaction.source, interaction.target]) {
      if (!nodeIds.has(end) && note(`interactions.${index}: unknown node "${end}"`)) return problems;
    }
    if (!articleIds.has(interaction.article)) {
      if (note(`interactions.${index}: unknown article "${interaction.article}"`)) return problems;
    }
    if (!edgeKeys.has(pairKey(interaction.source, interaction.target))) {
      if (note(`interactions.${index}: no graph edge for ${interaction.source} – ${interaction.target}`)) {
        return problems;
      }
    }
  }
  for (const [index, mention] of bundle.mentions.entries()) {
    if (!nodeIds.has(mention.node) && note(`mentions.${index}: unknown node "${mention.node}"`))
      return problems;
    if (!articleIds.has(mention.article) && note(`mentions.${index}: unknown article "${mention.article}"`)) {
      return problems;
    }
  }
  return problems;
}

/** Validates data/graphs/index.json. */
export function parseGraphIndex(value: unknown): GraphIndex {
  const parsed = graphIndexSchema.safeParse(value);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    throw new BundleError(
      `entente/index: invalid graph index: ${problems[0] ?? 'unknown problem'}`,
      problems,
    );
  }
  const index = parsed.data;
  if (!index.graphs.some((entry) => entry.id === index.default)) {
    throw new BundleError(`entente/index: the default graph "${index.default}" is not listed in graphs.`);
  }
  return index;
}

/** The undirected key of an entity pair: the same whichever end comes first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export type { EntityType, InteractionType };
