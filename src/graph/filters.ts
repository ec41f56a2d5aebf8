// Filters on top of the time window: entity types, interaction types and a minimum number of interactions
// per edge, applied through a projection (the graph's own edges, or the country view's folded ones). The
// view counter keeps what is drawn and what the filters hide up to date as the window moves (see
// window-counter.ts); the same rules pick the interactions an entity or a pair lists in the panel, and
// rank an entity's counterparts.
import { UNDATED, getInteractionCore } from './bundle-codec.ts';
import { formatCount } from './summary.ts';
import { getNodePositions, isInWindow, type TimeWindow, type TimelineIndex } from './timeline.ts';
import { createWindowCounter, type WindowCounter } from './window-counter.ts';
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

/** Every edge the graph holds: one per pair (same index), then those only the country view draws. */
export interface GraphEdges {
  keys: readonly string[];
  sources: Uint32Array;
  targets: Uint32Array;
}

/** How interactions land on drawn edges: the graph as built, or folded into countries. */
export interface EdgeProjection {
  /** The node an entity is drawn as (itself, or its country in the country view). */
  getEndpoint: (node: string) => string;
  /** The entities drawn as a node (itself first, then those folded into it). */
  getMembers: (node: string) => readonly string[];
  /** Drawn edge (index into GraphEdges) of each pair, -1 when both ends fold together. */
  edgeOfPair: Int32Array;
}

export function createIdentityProjection(index: TimelineIndex): EdgeProjection {
  return {
    getEndpoint: (node) => node,
    getMembers: (node) => [node],
    edgeOfPair: Int32Array.from(index.pairKeys, (_, pair) => pair),
  };
}

export interface HiddenCounts {
  interactions: number;
  edges: number;
  entities: number;
}

/**
 * What the window leaves on screen once filtered and projected. The per-edge and per-node figures are read
 * from the live counter, so they are those of the latest update.
 */
export interface Visibility {
  interactions: number;
  /** How many of `interactions` are undated. */
  undated: number;
  edges: number;
  entities: number;
  /** What the window holds but the filters hide. */
  hidden: HiddenCounts;
  /** Interactions in the window whose two ends are drawn as one node (the country view's domestic ones). */
  folded: number;
  /** Interactions in the window per type, before the filters (what each type toggle would bring). */
  byInteractionType: Record<InteractionType, number>;
  /** Visible entities per type (the legend's counts). */
  visibleByType: Record<EntityType, number>;
  /** Interactions on a drawn edge (by GraphEdges index), 0 when hidden. */
  getEdgeCount: (edge: number) => number;
  /** Interactions of a node (by column index) on drawn edges. */
  getNodeDegree: (node: number) => number;
  /** The counter this reads from, and its update count: a new pair means the figures may differ. */
  counter: ViewCounter;
  version: number;
}

export function isFiltering(filters: InteractionFilters): boolean {
  return (
    filters.minInteractions > 1 ||
    ENTITY_TYPES.some((type) => !filters.entityTypes.includes(type)) ||
    INTERACTION_TYPES.some((type) => !filters.interactionTypes.includes(type))
  );
}

/** The filters in the counter's terms: a type bit mask and, when entity types are hidden, a pair mask. */
export interface CompiledFilters {
  typeMask: number;
  acceptedPairs: Uint8Array | null;
  minCount: number;
}

export function compileFilters(index: TimelineIndex, filters: InteractionFilters): CompiledFilters {
  let typeMask = 0;
  INTERACTION_TYPES.forEach((type, code) => {
    if (filters.interactionTypes.includes(type)) typeMask |= 1 << code;
  });
  let acceptedPairs: Uint8Array | null = null;
  if (ENTITY_TYPES.some((type) => !filters.entityTypes.includes(type))) {
    const shown = new Set(filters.entityTypes);
    const { nodes, pairSources, pairTargets } = index.columns;
    const isShown = (node: number) => shown.has((nodes[node] as { type: EntityType }).type);
    acceptedPairs = Uint8Array.from(pairSources, (source, pair) =>
      isShown(source) && isShown(pairTargets[pair] as number) ? 1 : 0,
    );
  }
  return { typeMask: typeMask >>> 0, acceptedPairs, minCount: Math.max(1, filters.minInteractions) };
}

function passes(index: TimelineIndex, compiled: CompiledFilters, position: number): boolean {
  const { types, pairs } = index.columns;
  if (((compiled.typeMask >>> (types[position] as number)) & 1) === 0) return false;
  return compiled.acceptedPairs === null || compiled.acceptedPairs[pairs[position] as number] === 1;
}

/** The counter of one projection, with the last settings it was given so repeated updates are free. */
export interface ViewCounter {
  update(window: TimeWindow, includeUndated: boolean, filters: CompiledFilters): Visibility;
  /** Drawn edges and nodes whose figures changed since the last call (see WindowCounter.takeChanges). */
  takeChanges: WindowCounter['takeChanges'];
}

export function createViewCounter(
  index: TimelineIndex,
  edges: GraphEdges,
  projection: EdgeProjection,
): ViewCounter {
  const { columns } = index;
  const typeCodes = new Map(ENTITY_TYPES.map((type, code) => [type, code]));
  const counter = createWindowCounter({
    days: columns.days,
    dated: columns.dated,
    pairs: columns.pairs,
    types: columns.types,
    edgeOfPair: projection.edgeOfPair,
    edgeSources: edges.sources,
    edgeTargets: edges.targets,
    nodeCount: columns.nodeKeys.length,
    nodeGroups: Uint8Array.from(columns.nodes, (node) => typeCodes.get(node.type) ?? 0),
    groupCount: ENTITY_TYPES.length,
    typeCount: INTERACTION_TYPES.length,
  });
  let lastFilters: CompiledFilters | null = null;
  const view: ViewCounter = {
    update(window, includeUndated, filters) {
      if (filters !== lastFilters) {
        counter.setWindow(window.start, window.end, includeUndated);
        counter.setFilters(filters);
        lastFilters = filters;
      } else counter.setWindow(window.start, window.end, includeUndated);
      const totals = counter.getTotals();
      const byInteractionType = Object.fromEntries(
        INTERACTION_TYPES.map((type, code) => [type, totals.rawByType[code] ?? 0]),
      ) as Record<InteractionType, number>;
      const visibleByType = Object.fromEntries(
        ENTITY_TYPES.map((type, code) => [type, totals.nodesByGroup[code] ?? 0]),
      ) as Record<EntityType, number>;
      return {
        interactions: totals.interactions,
        undated: totals.undated,
        edges: totals.edges,
        entities: totals.nodes,
        hidden: {
          interactions: totals.raw.interactions - totals.interactions,
          edges: totals.raw.edges - totals.edges,
          entities: totals.raw.nodes - totals.nodes,
        },
        folded: totals.folded,
        byInteractionType,
        visibleByType,
        getEdgeCount: counter.getEdgeCount,
        getNodeDegree: counter.getNodeDegree,
        counter: view,
        version: counter.version,
      };
    },
    takeChanges: () => counter.takeChanges(),
  };
  return view;
}

export interface ListingContext {
  index: TimelineIndex;
  window: TimeWindow;
  includeUndated: boolean;
  filters: CompiledFilters;
  projection: EdgeProjection;
  /** The drawn edges and their counts: an interaction is listed only when its edge is drawn. */
  visibility: Pick<Visibility, 'getEdgeCount'>;
}

/** Newest first, undated last; ties keep bundle order. */
function toNewestFirst(index: TimelineIndex, positions: number[]): number[] {
  const { days } = index.columns;
  const dayOf = (position: number): number => {
    const day = days[position] as number;
    return day === UNDATED ? -Infinity : day;
  };
  return positions.sort((a, b) => dayOf(b) - dayOf(a) || a - b);
}

/**
 * Positions of the interactions behind a drawn node in the window, as filtered, newest first. In the
 * country view a country lists those of everyone folded into it (not the domestic ones, which draw no
 * edge).
 */
export function getEntityInteractions(context: ListingContext, node: string): number[] {
  const { index, projection, visibility } = context;
  const members = projection.getMembers(node);
  const seen = members.length > 1 ? new Set<number>() : null;
  const positions: number[] = [];
  for (const member of members) {
    for (const position of getNodePositions(index, member)) {
      if (seen) {
        if (seen.has(position)) continue;
        seen.add(position);
      }
      const edge = projection.edgeOfPair[index.columns.pairs[position] as number] as number;
      if (edge < 0 || visibility.getEdgeCount(edge) === 0) continue;
      if (!isInWindow(index, position, context.window, context.includeUndated)) continue;
      if (passes(index, context.filters, position)) positions.push(position);
    }
  }
  return toNewestFirst(index, positions);
}

/** Positions of the interactions behind the drawn edge between two drawn nodes, as filtered. */
export function getPairInteractions(context: ListingContext, a: string, b: string): number[] {
  const { getEndpoint } = context.projection;
  const { columns } = context.index;
  return getEntityInteractions(context, a).filter((position) => {
    const core = getInteractionCore(columns, position);
    return getEndpoint(core.source) === b || getEndpoint(core.target) === b;
  });
}

export interface Counterpart {
  node: string;
  count: number;
  /** Day numbers of the dated interactions with this counterpart (for the sparkline). */
  days: number[];
}

/**
 * A drawn node's counterparts among the listed interactions, ranked by how many they share (ties by id
 * so the order is stable), with the days they happened on.
 */
export function getCounterparts(
  index: TimelineIndex,
  positions: readonly number[],
  node: string,
  getEndpoint: (node: string) => string,
): Counterpart[] {
  const { columns } = index;
  const byNode = new Map<string, Counterpart>();
  for (const position of positions) {
    const pair = columns.pairs[position] as number;
    const source = getEndpoint(columns.nodeKeys[columns.pairSources[pair] as number] as string);
    const target = getEndpoint(columns.nodeKeys[columns.pairTargets[pair] as number] as string);
    const other = source === node ? target : target === node ? source : null;
    if (other === null || other === node) continue;
    let counterpart = byNode.get(other);
    if (!counterpart) {
      counterpart = { node: other, count: 0, days: [] };
      byNode.set(other, counterpart);
    }
    counterpart.count++;
    const day = columns.days[position] as number;
    if (day !== UNDATED) counterpart.days.push(day);
  }
  return [...byNode.values()].sort((a, b) => b.count - a.count || (a.node < b.node ? -1 : 1));
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
export function getInteractionTypeCounts(types: Uint8Array): Record<InteractionType, number> {
  const counts = new Float64Array(INTERACTION_TYPES.length);
  for (let position = 0; position < types.length; position += 1) {
    const code = types[position] as number;
    counts[code] = (counts[code] as number) + 1;
  }
  return Object.fromEntries(INTERACTION_TYPES.map((type, code) => [type, counts[code] ?? 0])) as Record<
    InteractionType,
    number
  >;
}
