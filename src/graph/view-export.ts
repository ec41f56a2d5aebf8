// What the exports hold: the bundle cut down to the interactions in view (a Bundle-shaped object, so the
// CSV writer of `entente export` gives the same columns), file names that say what they contain, and the
// credit line naming the data's sources.
import type { Bundle, BundleInteraction } from './bundle.ts';
import { pairKey } from './bundle.ts';
import { parseDayNumber, toIsoDate } from './dates.ts';
import { formatCount } from './summary.ts';
import type { TimeWindow } from './timeline.ts';
import type { EntityType, InteractionType } from './vocabulary.ts';

export interface ViewFilters {
  window: TimeWindow;
  includeUndated: boolean;
  entityTypes: readonly EntityType[];
  interactionTypes: readonly InteractionType[];
  minInteractions: number;
}

/**
 * The interactions the view shows: inside the window (undated ones if included), of a shown interaction
 * type, between entities of shown types, on pairs with at least `minInteractions` of them.
 */
export function getViewInteractions(
  interactions: readonly BundleInteraction[],
  getEntityType: (node: string) => EntityType | undefined,
  filters: ViewFilters,
): BundleInteraction[] {
  const entityTypes = new Set(filters.entityTypes);
  const interactionTypes = new Set(filters.interactionTypes);
  const isShownEntity = (node: string) => {
    const type = getEntityType(node);
    return type !== undefined && entityTypes.has(type);
  };
  const isInWindow = (date: string | null) => {
    if (date === null) return filters.includeUndated;
    const day = parseDayNumber(date);
    return day >= filters.window.start && day <= filters.window.end;
  };
  const kept = interactions.filter(
    (interaction) =>
      isInWindow(interaction.date) &&
      interactionTypes.has(interaction.type) &&
      isShownEntity(interaction.source) &&
      isShownEntity(interaction.target),
  );
  if (filters.minInteractions <= 1) return kept;
  const perPair = new Map<string, number>();
  for (const interaction of kept) {
    const key = pairKey(interaction.source, interaction.target);
    perPair.set(key, (perPair.get(key) ?? 0) + 1);
  }
  return kept.filter(
    (interaction) =>
      (perPair.get(pairKey(interaction.source, interaction.target)) ?? 0) >= filters.minInteractions,
  );
}

/**
 * The bundle restricted to `interactions`: their entities, articles, mentions of those entities in those
 * articles, and one edge per pair weighted by the interactions kept. Meta counts describe the subset.
 */
export function getViewBundle(bundle: Bundle, interactions: readonly BundleInteraction[]): Bundle {
  const nodeIds = new Set<string>();
  const articleIds = new Set<string>();
  const pairWeights = new Map<string, number>();
  for (const interaction of interactions) {
    nodeIds.add(interaction.source);
    nodeIds.add(interaction.target);
    articleIds.add(interaction.article);
    const key = pairKey(interaction.source, interaction.target);
    pairWeights.set(key, (pairWeights.get(key) ?? 0) + 1);
  }
  const nodes = bundle.graph.nodes.filter((node) => nodeIds.has(node.key));
  const edges = bundle.graph.edges
    .filter((edge) => pairWeights.has(pairKey(edge.source, edge.target)))
    .map((edge) => ({
      ...edge,
      attributes: { ...edge.attributes, weight: pairWeights.get(pairKey(edge.source, edge.target)) ?? 0 },
    }));
  const articles = bundle.articles.filter((article) => articleIds.has(article.id));
  const dates = interactions.flatMap((interaction) => (interaction.date ? [interaction.date] : [])).sort();
  const entitiesByType: Record<string, number> = {};
  for (const node of nodes)
    entitiesByType[node.attributes.type] = (entitiesByType[node.attributes.type] ?? 0) + 1;
  return {
    ...bundle,
    meta: {
      ...bundle.meta,
      dateRange:
        dates.length > 0 ? { start: dates[0] as string, end: dates[dates.length - 1] as string } : null,
      counts: {
        ...bundle.meta.counts,
        articles: articles.length,
        undatedArticles: articles.filter((article) => !article.date).length,
        entities: nodes.length,
        entitiesByType,
        interactions: interactions.length,
        edges: edges.length,
      },
    },
    graph: { ...bundle.graph, nodes, edges },
    articles,
    interactions: [...interactions],
    mentions: bundle.mentions.filter(
      (mention) => articleIds.has(mention.article) && nodeIds.has(mention.node),
    ),
  };
}

/**
 * A file name that says what it holds: `<graph>_<from>_<to>[_<suffix>].<extension>`, or `<graph>_all`
 * when there is no dated window. Only letters, digits, `-` and `_` survive from the graph id.
 */
export function getExportFileName(
  graphId: string,
  window: TimeWindow | null,
  extension: string,
  suffix?: string,
): string {
  const stem = graphId.replace(/[^a-z0-9_-]+/gi, '-').replace(/^-+|-+$/g, '') || 'graph';
  const span = window ? `${toIsoDate(window.start)}_${toIsoDate(window.end)}` : 'all';
  return `${stem}_${span}${suffix ? `_${suffix}` : ''}.${extension}`;
}

/** "45 articles from Xinhua, Reuters and 3 more": the sources most articles come from (ranked counts). */
export function getCreditLine(
  articleCount: number,
  rankedSources: readonly (readonly [string, number])[],
): string {
  const ranked = rankedSources.map(([name]) => name);
  const count = formatCount(articleCount, 'article');
  if (ranked.length === 0) return `Data: ${count}`;
  const named = ranked.slice(0, 2).join(', ');
  const more = ranked.length > 2 ? ` and ${ranked.length - 2} more` : '';
  return `Data: ${count} from ${named}${more}`;
}
