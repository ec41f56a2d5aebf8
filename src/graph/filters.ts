// Filters on top of the time window: entity types, interaction types and a minimum number of interactions
// per edge, applied through a projection (the graph's own edges, or the country view's folded ones). One
// pass over the window gives what is drawn and what the filters hide; the same rules pick the interactions
// an entity or a pair lists in the panel, and rank an entity's counterparts.
import type { BundleInteraction } from './bundle.ts';
import { formatCount } from './summary.ts';
import { forEachInWindow, type TimeWindow, type TimelineIndex, type Visibility } from './timeline.ts';
import { ENTITY_TYPES, INTERACTION_TYPES, type EntityType, type InteractionType } from './vocabulary.ts';

export interface InteractionFilters {
  /** Entity types shown; an interaction needs both ends of a shown type. */
  entityTypes: readonly EntityType[];
  /** Interaction types shown. */
  interactionTypes: readonly InteractionType[];
  /** Edges with fewer interactions in the window are hidden, with their interactions. */
  minInteractions: number;
}

export const NO_FILTERS: InteractionFilters = {
  entityTypes: ENTITY_TYPES,
  interactionTypes: INTERACTION_TYPES,
  minInteractions: 1,
};

/** How interactions land on drawn edges: the graph as built, or folded into countries. */
export interface EdgeProjection {
  /** The node an entity is drawn as (itself, or its country in the country view). */
  getEndpoint: (node: string) => string;
  /** The entities drawn as a node (itself first, then those folded into it). */
  getMembers: (node: string) => readonly string[];
  /** Drawn edge key per interaction (same order as the timeline index), null when both ends fold together. */
  edgeKeys: readonly (string | null)[];
}

export function createIdentityProjection(index: TimelineIndex): EdgeProjection {
  return { getEndpoint: (node) => node, getMembers: (node) => [node], edgeKeys: index.edgeKeys };
}

export interface HiddenCounts {
  interactions: number;
  edges: number;
  entities: number;
}

export interface FilteredVisibility extends Visibility {
  /** What the window holds but the filters hide. */
  hidden: HiddenCounts;
  /** Interactions in the window whose two ends are drawn as one node (the country view's domestic ones). */
  folded: number;
  /** Interactions in the window per type, before the filters (what each type toggle would bring). */
  byInteractionType: Record<InteractionType, number>;
}

export function isFiltering(filters: InteractionFilters): boolean {
  return (
    filters.minInteractions > 1 ||
    ENTITY_TYPES.some((type) => !filters.entityTypes.includes(type)) ||
    INTERACTION_TYPES.some((type) => !filters.interactionTypes.includes(type))
  );
}

/** A predicate on interaction positions for the type filters (the minimum per edge is applied apart). */
export function createTypeFilter(
  index: TimelineIndex,
  nodeTypes: ReadonlyMap<string, EntityType>,
  filters: InteractionFilters,
): (position: number) => boolean {
  const entityTypes = new Set(filters.entityTypes);
  const interactionTypes = new Set(filters.interactionTypes);
  const allEntities = entityTypes.size === ENTITY_TYPES.length;
  const allInteractions = interactionTypes.size === INTERACTION_TYPES.length;
  return (position) => {
    const interaction = index.interactions[position];
    if (!interaction) return false;
    if (!allInteractions && !interactionTypes.has(interaction.type)) return false;
    if (allEntities) return true;
    const sourceType = nodeTypes.get(interaction.source);
    const targetType = nodeTypes.get(interaction.target);
    return (
      sourceType !== undefined &&
      targetType !== undefined &&
      entityTypes.has(sourceType) &&
      entityTypes.has(targetType)
    );
  };
}

/**
 * What the window leaves on screen once filtered and projected: edge counts and weighted degrees keyed by
 * drawn edges and nodes, totals, and how many interactions, edges and entities the filters hide.
 */
export function getFilteredVisibility(
  index: TimelineIndex,
  nodeTypes: ReadonlyMap<string, EntityType>,
  window: TimeWindow,
  includeUndated: boolean,
  filters: InteractionFilters,
  projection: EdgeProjection,
): FilteredVisibility {
  const accepts = createTypeFilter(index, nodeTypes, filters);
  const rawEdges = new Set<string>();
  const rawNodes = new Set<string>();
  let rawInteractions = 0;
  let folded = 0;
  const typed = new Map<string, number>();
  const kept: number[] = [];
  const dated: boolean[] = [];
  const byInteractionType = getInteractionTypeCounts([]);

  forEachInWindow(index, window, includeUndated, (position, isDated) => {
    const key = projection.edgeKeys[position];
    const interaction = index.interactions[position] as BundleInteraction;
    if (key === null || key === undefined) {
      folded++;
      return;
    }
    rawInteractions++;
    byInteractionType[interaction.type]++;
    rawEdges.add(key);
    rawNodes.add(projection.getEndpoint(interaction.source));
    rawNodes.add(projection.getEndpoint(interaction.target));
    if (!accepts(position)) return;
    typed.set(key, (typed.get(key) ?? 0) + 1);
    kept.push(position);
    dated.push(isDated);
  });

  const edgeCounts = new Map<string, number>();
  const nodeDegrees = new Map<string, number>();
  let interactions = 0;
  let undated = 0;
  kept.forEach((position, at) => {
    const key = projection.edgeKeys[position] as string;
    const count = typed.get(key) ?? 0;
    if (count < filters.minInteractions) return;
    const interaction = index.interactions[position] as BundleInteraction;
    interactions++;
    if (!dated[at]) undated++;
    edgeCounts.set(key, count);
    for (const end of [interaction.source, interaction.target]) {
      const node = projection.getEndpoint(end);
      nodeDegrees.set(node, (nodeDegrees.get(node) ?? 0) + 1);
    }
  });

  return {
    edgeCounts,
    nodeDegrees,
    interactions,
    undated,
    edges: edgeCounts.size,
    entities: nodeDegrees.size,
    hidden: {
      interactions: rawInteractions - interactions,
      edges: rawEdges.size - edgeCounts.size,
      entities: rawNodes.size - nodeDegrees.size,
    },
    folded,
    byInteractionType,
  };
}

/** Positions of the interactions touching any of `nodes`, each once, in index order. */
function getPositionsOf(index: TimelineIndex, nodes: readonly string[]): number[] {
  if (nodes.length === 1) return [...(index.byNode.get(nodes[0] as string) ?? [])];
  const positions = new Set<number>();
  for (const node of nodes) for (const position of index.byNode.get(node) ?? []) positions.add(position);
  return [...positions].sort((a, b) => a - b);
}

function isInWindow(index: TimelineIndex, position: number, window: TimeWindow, includeUndated: boolean) {
  const day = index.days[position];
  if (day === null || day === undefined) return includeUndated;
  return day >= window.start && day <= window.end;
}

/** Newest first, undated last; ties keep bundle order. */
function toNewestFirst(index: TimelineIndex, positions: number[]): BundleInteraction[] {
  const dayOf = (position: number): number => index.days[position] ?? -Infinity;
  positions.sort((a, b) => dayOf(b) - dayOf(a) || a - b);
  return positions.map((position) => index.interactions[position] as BundleInteraction);
}

export interface ListingContext {
  index: TimelineIndex;
  nodeTypes: ReadonlyMap<string, EntityType>;
  window: TimeWindow;
  includeUndated: boolean;
  filters: InteractionFilters;
  projection: EdgeProjection;
  /** The drawn edges and their counts: an interaction is listed only when its edge is drawn. */
  visibility: Pick<Visibility, 'edgeCounts'>;
}

/**
 * The interactions behind a drawn node in the window, as filtered, newest first. In the country view a
 * country lists those of everyone folded into it (not the domestic ones, which draw no edge).
 */
export function getEntityInteractions(context: ListingContext, node: string): BundleInteraction[] {
  const { index, projection, visibility } = context;
  const accepts = createTypeFilter(index, context.nodeTypes, context.filters);
  const positions = getPositionsOf(index, projection.getMembers(node)).filter((position) => {
    const key = projection.edgeKeys[position];
    return (
      key !== null &&
      key !== undefined &&
      visibility.edgeCounts.has(key) &&
      isInWindow(index, position, context.window, context.includeUndated) &&
      accepts(position)
    );
  });
  return toNewestFirst(index, positions);
}

/** The interactions behind the drawn edge between two drawn nodes, as filtered, newest first. */
export function getPairInteractions(context: ListingContext, a: string, b: string): BundleInteraction[] {
  const { getEndpoint } = context.projection;
  return getEntityInteractions(context, a).filter(
    (interaction) => getEndpoint(interaction.source) === b || getEndpoint(interaction.target) === b,
  );
}

export interface Counterpart {
  node: string;
  count: number;
  /** Day numbers of the dated interactions with this counterpart (for the sparkline). */
  days: number[];
}

/**
 * A drawn node's counterparts among its interactions, ranked by how many they share (ties by id so the
 * order is stable), with the days they happened on.
 */
export function getCounterparts(
  interactions: readonly BundleInteraction[],
  node: string,
  getEndpoint: (node: string) => string,
): Counterpart[] {
  const byNode = new Map<string, Counterpart>();
  for (const interaction of interactions) {
    const source = getEndpoint(interaction.source);
    const target = getEndpoint(interaction.target);
    const other = source === node ? target : target === node ? source : null;
    if (other === null || other === node) continue;
    let counterpart = byNode.get(other);
    if (!counterpart) {
      counterpart = { node: other, count: 0, days: [] };
      byNode.set(other, counterpart);
    }
    counterpart.count++;
    if (interaction.date !== null) counterpart.days.push(toDay(interaction.date));
  }
  return [...byNode.values()].sort((a, b) => b.count - a.count || (a.node < b.node ? -1 : 1));
}

function toDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** Counts of `days` in `bins` equal slices of the window (days outside it are left out). */
export function getSparklineBins(days: readonly number[], window: TimeWindow, bins: number): number[] {
  const counts = new Array<number>(Math.max(1, bins)).fill(0);
  const span = window.end - window.start + 1;
  for (const day of days) {
    if (day < window.start || day > window.end) continue;
    const bin = Math.min(counts.length - 1, Math.floor(((day - window.start) / span) * counts.length));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}

/** "12 interactions, 3 edges and 2 entities hidden by filters", or null when nothing is hidden. */
export function formatHiddenCounts(hidden: HiddenCounts): string | null {
  const parts = [
    hidden.interactions > 0 ? formatCount(hidden.interactions, 'interaction') : null,
    hidden.edges > 0 ? formatCount(hidden.edges, 'edge') : null,
    hidden.entities > 0 ? formatCount(hidden.entities, 'entity', 'entities') : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${list} hidden by filters`;
}

/** How many interactions of each type the bundle holds, for the type toggles. */
export function getInteractionTypeCounts(
  interactions: readonly { type: InteractionType }[],
): Record<InteractionType, number> {
  const counts = Object.fromEntries(INTERACTION_TYPES.map((type) => [type, 0])) as Record<
    InteractionType,
    number
  >;
  for (const interaction of interactions) counts[interaction.type]++;
  return counts;
}
