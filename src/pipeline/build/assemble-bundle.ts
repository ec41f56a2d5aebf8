// Assembles the graph bundle from the stage records: articles, per-article extractions and the corpus-wide
// entity resolution. Pure and deterministic: the same records in the same order give the same bundle.
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  pairKey,
  type Bundle,
  type BundleArticle,
  type BundleInteraction,
  type BundleMention,
  type BuildReport,
  type ReportArticle,
  type ReportProblem,
} from '../../graph/bundle.ts';
import { ENTITY_TYPES, type EntityType } from '../../graph/vocabulary.ts';
import type { ArticleExtraction, EntityRef, IngestProblem, SourceArticle } from '../types.ts';
import { computeLayout, type LayoutOptions } from './layout.ts';

export const ENTENTE_VERSION = '0.1.0';

export interface ResolvedEntityRecord extends EntityRef {
  mentions: number;
  articles: number;
}

/** What the resolve stage hands to the build: merged entities and the key remapping. */
export interface EntityResolution {
  entities: Map<string, ResolvedEntityRecord>;
  canonicalKey: (key: string) => string;
}

export interface AssembleInput {
  id: string;
  title: string;
  articles: readonly SourceArticle[];
  /** Aligned with `articles`. */
  extractions: readonly ArticleExtraction[];
  resolution: EntityResolution;
  /** Articles read but not usable. */
  skipped: readonly IngestProblem[];
  /** Inputs that yielded no article. */
  problems: readonly IngestProblem[];
  layout?: LayoutOptions;
  /** Told how long the layout took; kept out of the bundle, which must not depend on timing. */
  onLayoutDone?: (info: { iterations: number; milliseconds: number; nodes: number; edges: number }) => void;
}

export const SKIP_REASON_NO_ENTITIES = 'no entities found';

function compareNullableDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function toBundleArticle(article: SourceArticle): BundleArticle {
  return {
    id: article.id,
    title: article.title,
    date: article.date,
    source: article.source,
    url: article.url,
    file: article.file,
    line: article.line,
  };
}

function toReportProblem(problem: IngestProblem): ReportProblem {
  return { file: problem.file, line: problem.line, reason: problem.reason };
}

/**
 * Groups skip reasons for the report's counts: the category is the reason up to its first colon or
 * parenthesis, so "duplicate id: a1 (first seen at x.jsonl:3)" counts as "duplicate id".
 */
export function getReasonCategory(reason: string): string {
  const head = reason.split(/:|\s\(/)[0]?.trim();
  return head && head.length > 0 ? head : reason;
}

/** Builds the complete bundle, layout included. */
export function assembleBundle(input: AssembleInput): Bundle {
  const { resolution } = input;
  if (input.extractions.length !== input.articles.length) {
    throw new Error(
      `entente/build: ${input.extractions.length} extractions for ${input.articles.length} articles.`,
    );
  }

  // Mentions per (article, node), in article order then first-mention order.
  const mentions: BundleMention[] = [];
  const usedNodeIds = new Set<string>();
  const articleIsUsed: boolean[] = [];
  for (const [index, extraction] of input.extractions.entries()) {
    const article = input.articles[index] as SourceArticle;
    const counts = new Map<string, number>();
    for (const mention of extraction.mentions) {
      const node = resolution.canonicalKey(mention.key);
      if (!resolution.entities.has(node)) continue;
      counts.set(node, (counts.get(node) ?? 0) + 1);
    }
    for (const [node, count] of counts) {
      mentions.push({ article: article.id, node, count });
      usedNodeIds.add(node);
    }
    articleIsUsed.push(counts.size > 0);
  }

  // Interactions, sorted by article date (undated last), then article order, then order in the article.
  const articleOrder = new Map(input.articles.map((article, index) => [article.id, index]));
  const collected: Omit<BundleInteraction, 'id'>[] = [];
  for (const [index, extraction] of input.extractions.entries()) {
    const article = input.articles[index] as SourceArticle;
    for (const interaction of extraction.interactions) {
      const source = resolution.canonicalKey(interaction.source);
      const target = resolution.canonicalKey(interaction.target);
      if (source === target || !resolution.entities.has(source) || !resolution.entities.has(target)) continue;
      usedNodeIds.add(source);
      usedNodeIds.add(target);
      collected.push({
        source,
        target,
        directed: interaction.directed,
        type: interaction.type,
        date: article.date,
        ...(interaction.eventDate ? { eventDate: interaction.eventDate } : {}),
        article: article.id,
        evidence: interaction.evidence,
        sourceSpan: interaction.sourceSpan,
        targetSpan: interaction.targetSpan,
      });
    }
  }
  const ordered = collected
    .map((interaction, position) => ({ interaction, position }))
    .sort(
      (a, b) =>
        compareNullableDates(a.interaction.date, b.interaction.date) ||
        (articleOrder.get(a.interaction.article) ?? 0) - (articleOrder.get(b.interaction.article) ?? 0) ||
        a.position - b.position,
    );
  const interactions: BundleInteraction[] = ordered.map(({ interaction }, index) => ({
    id: `i${index + 1}`,
    ...interaction,
  }));

  // Affiliated countries must exist as nodes for the reference to hold.
  for (const node of [...usedNodeIds]) {
    const country = resolution.entities.get(node)?.country;
    if (country !== undefined && resolution.entities.has(country)) usedNodeIds.add(country);
  }
  const nodeIds = [...usedNodeIds].sort();

  const edgeWeights = new Map<string, { source: string; target: string; weight: number }>();
  for (const interaction of interactions) {
    const key = pairKey(interaction.source, interaction.target);
    const existing = edgeWeights.get(key);
    if (existing) existing.weight += 1;
    else {
      const [source, target] =
        interaction.source < interaction.target
          ? [interaction.source, interaction.target]
          : [interaction.target, interaction.source];
      edgeWeights.set(key, { source, target, weight: 1 });
    }
  }
  const edges = [...edgeWeights.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const layoutStarted = performance.now();
  const layout = computeLayout({ nodes: nodeIds, edges: edges.map(([, edge]) => edge) }, input.layout ?? {});
  input.onLayoutDone?.({
    iterations: layout.iterations,
    milliseconds: performance.now() - layoutStarted,
    nodes: nodeIds.length,
    edges: edges.length,
  });

  const entitiesByType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<
    EntityType,
    number
  >;
  const nodes = nodeIds.map((key) => {
    const entity = resolution.entities.get(key) as ResolvedEntityRecord;
    entitiesByType[entity.type] += 1;
    const position = layout.positions.get(key) ?? { x: 0, y: 0 };
    const country =
      entity.country !== undefined && entity.country !== key && usedNodeIds.has(entity.country)
        ? entity.country
        : undefined;
    return {
      key,
      attributes: {
        label: entity.label,
        type: entity.type,
        ...(entity.code ? { code: entity.code } : {}),
        aliases: [...new Set(entity.aliases.filter((alias) => alias !== entity.label))].sort(),
        ...(country ? { country } : {}),
        ...(entity.role ? { role: entity.role } : {}),
        mentions: entity.mentions,
        articles: entity.articles,
        x: position.x,
        y: position.y,
        community: layout.communities.get(key) ?? 0,
      },
    };
  });

  const report = buildReport(input, articleIsUsed);
  const datedArticles = input.articles.filter((article) => article.date !== null);
  const dates = datedArticles.map((article) => article.date as string).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];

  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    meta: {
      id: input.id,
      title: input.title,
      createdWith: `entente ${ENTENTE_VERSION}`,
      dateRange: first !== undefined && last !== undefined ? { start: first, end: last } : null,
      counts: {
        articles: input.articles.length,
        undatedArticles: input.articles.length - datedArticles.length,
        entities: nodes.length,
        entitiesByType,
        interactions: interactions.length,
        edges: edges.length,
        communities: layout.communityCount,
      },
      layout: { algorithm: 'forceatlas2', iterations: layout.iterations, seed: layout.seed },
      report,
    },
    graph: {
      attributes: { title: input.title },
      options: { type: 'undirected', multi: false, allowSelfLoops: false },
      nodes,
      edges: edges.map(([key, edge]) => ({
        key,
        source: edge.source,
        target: edge.target,
        attributes: { weight: edge.weight },
      })),
    },
    articles: input.articles.map(toBundleArticle),
    interactions,
    mentions,
  };
}

function buildReport(input: AssembleInput, articleIsUsed: readonly boolean[]): BuildReport {
  const articles: ReportArticle[] = input.articles.map((article, index) => {
    const used = articleIsUsed[index] === true;
    const entry: ReportArticle = {
      id: article.id,
      title: article.title,
      file: article.file,
      line: article.line,
      status: used ? 'used' : 'skipped',
    };
    const failure = input.extractions[index]?.failure;
    if (failure !== undefined) entry.reason = `extraction failed: ${failure}`;
    else if (!used) entry.reason = SKIP_REASON_NO_ENTITIES;
    else if (article.date === null) entry.reason = 'undated';
    return entry;
  });
  for (const problem of input.skipped) {
    articles.push({
      id: problem.articleId ?? `${problem.file}:${problem.line ?? 0}`,
      title: problem.title ?? '',
      file: problem.file,
      line: problem.line,
      status: 'skipped',
      reason: problem.reason,
    });
  }
  const skippedByReason: Record<string, number> = {};
  let used = 0;
  for (const entry of articles) {
    if (entry.status === 'used') used += 1;
    else {
      const category = getReasonCategory(entry.reason ?? 'unknown');
      skippedByReason[category] = (skippedByReason[category] ?? 0) + 1;
    }
  }
  return {
    read: articles.length,
    used,
    skipped: articles.length - used,
    skippedByReason: Object.fromEntries(Object.entries(skippedByReason).sort(([a], [b]) => (a < b ? -1 : 1))),
    articles,
    problems: input.problems.map(toReportProblem),
  };
}
