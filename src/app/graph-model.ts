// Turns a loaded bundle's columns into the graphology graph sigma draws: one edge per pair, and nothing
// per interaction. Entity types move to `entityType` because sigma reads `type` as the name of a WebGL
// program; positions are the precomputed ones; each edge carries its index so the reducers read counts
// from typed arrays. Also derives, once per bundle, the timeline index, lookups, size scales and the
// country view's projection. Pairs that only the country view links get edges of their own
// (`countryView: true`), hidden in the entity view, so switching views is a refresh and never a new sigma.
import Graph from 'graphology';
import { createEdgeSizeScale, createNodeSizeScale } from '../graph/appearance.ts';
import type { NodeAttributes } from '../graph/bundle.ts';
import type { GraphColumns } from '../graph/bundle-codec.ts';
import {
  createCountryEndpoint,
  getCountryAffiliations,
  getCountryMembers,
  getCountryViewEdges,
} from '../graph/country-view.ts';
import {
  createIdentityProjection,
  createViewCounter,
  getInteractionTypeCounts,
  type EdgeProjection,
  type GraphEdges,
  type ViewCounter,
} from '../graph/filters.ts';
import { getTypeCounts } from '../graph/summary.ts';
import {
  createTimelineIndex,
  getBucketUnit,
  getHistogram,
  type BucketUnit,
  type HistogramBucket,
  type TimeWindow,
  type TimelineIndex,
} from '../graph/timeline.ts';
import type { EntityType, InteractionType } from '../graph/vocabulary.ts';
import type { LoadedGraph } from './load-graph.ts';

export interface SigmaNodeAttributes {
  x: number;
  y: number;
  label: string;
  entityType: EntityType;
  /** Column index of the node. */
  index: number;
}

export interface SigmaEdgeAttributes {
  weight: number;
  /** Index into the model's GraphEdges. */
  index: number;
  /** True for edges only the country view draws (no article links the pair directly). */
  countryView?: boolean;
}

export type EntityGraph = Graph<SigmaNodeAttributes, SigmaEdgeAttributes>;

/** Interactions per pair over the whole bundle. */
function getPairWeights(columns: GraphColumns): Uint32Array {
  const weights = new Uint32Array(columns.pairSources.length);
  for (let position = 0; position < columns.pairs.length; position += 1) {
    const pair = columns.pairs[position] as number;
    weights[pair] = (weights[pair] as number) + 1;
  }
  return weights;
}

/** The graph of one edge per pair (its index is the pair's), before the country view adds its own. */
export function toEntityGraph(index: TimelineIndex, weights: Uint32Array): EntityGraph {
  const { columns } = index;
  const graph: EntityGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  columns.nodes.forEach((node, at) => {
    graph.addNode(columns.nodeKeys[at] as string, {
      x: node.x,
      y: node.y,
      label: node.label,
      entityType: node.type,
      index: at,
    });
  });
  index.pairKeys.forEach((key, pair) => {
    graph.addEdgeWithKey(
      key,
      columns.nodeKeys[columns.pairSources[pair] as number] as string,
      columns.nodeKeys[columns.pairTargets[pair] as number] as string,
      { weight: weights[pair] as number, index: pair },
    );
  });
  return graph;
}

/** Everything derived once per loaded bundle: the graph sigma draws, the timeline index, lookups, scales. */
export interface GraphModel {
  loaded: LoadedGraph;
  graph: EntityGraph;
  timeline: TimelineIndex;
  /** Every drawn edge: the pairs, then the country view's own. */
  edges: GraphEdges;
  nodes: ReadonlyMap<string, NodeAttributes>;
  unit: BucketUnit;
  histogram: HistogramBucket[];
  totalByType: Record<EntityType, number>;
  interactionTypeTotals: Record<InteractionType, number>;
  /** Entity → country node, for those the country view folds in. */
  affiliations: ReadonlyMap<string, string>;
  projections: { entities: EdgeProjection; countries: EdgeProjection };
  /** One live counter per projection, created when the view is first shown. */
  getCounter: (countryView: boolean) => ViewCounter;
  getNodeSize: (degree: number) => number;
  getEdgeSize: (count: number) => number;
  /** Countries carry their people's interactions in the country view, so they get a scale of their own. */
  getCountryNodeSize: (degree: number) => number;
  getCountryEdgeSize: (count: number) => number;
}

/** A window wide enough to hold every day, used when a bundle has no dated interaction at all. */
export const ALL_TIME: TimeWindow = { start: -1e9, end: 1e9 };

/** The busiest edge and node over all time under a projection, which the size scales top out at. */
function getMaxima(edges: GraphEdges, projection: EdgeProjection, weights: Uint32Array, nodeCount: number) {
  const edgeTotals = new Float64Array(edges.keys.length);
  projection.edgeOfPair.forEach((edge, pair) => {
    if (edge >= 0) edgeTotals[edge] = (edgeTotals[edge] as number) + (weights[pair] as number);
  });
  const nodeTotals = new Float64Array(nodeCount);
  edgeTotals.forEach((total, edge) => {
    const source = edges.sources[edge] as number;
    const target = edges.targets[edge] as number;
    nodeTotals[source] = (nodeTotals[source] as number) + total;
    nodeTotals[target] = (nodeTotals[target] as number) + total;
  });
  let edge = 0;
  for (const total of edgeTotals) edge = Math.max(edge, total);
  let node = 0;
  for (const total of nodeTotals) node = Math.max(node, total);
  return { edge, node };
}

export function createGraphModel(loaded: LoadedGraph): GraphModel {
  const { columns, manifest } = loaded;
  const timeline = createTimelineIndex(columns, manifest.meta.dateRange);
  const weights = getPairWeights(columns);
  const graph = toEntityGraph(timeline, weights);
  const unit = timeline.range ? getBucketUnit(timeline.range) : 'day';
  const nodes = new Map(columns.nodeKeys.map((key, at) => [key, columns.nodes[at] as NodeAttributes]));
  const affiliations = getCountryAffiliations(nodes);
  const pairs = timeline.pairKeys.map((_, pair) => ({
    source: columns.nodeKeys[columns.pairSources[pair] as number] as string,
    target: columns.nodeKeys[columns.pairTargets[pair] as number] as string,
    weight: weights[pair] as number,
  }));
  const countryEdges = getCountryViewEdges(pairs, affiliations);
  const edgeKeys = [...timeline.pairKeys];
  const edgeSources = [...columns.pairSources];
  const edgeTargets = [...columns.pairTargets];
  for (const edge of countryEdges.extraEdges) {
    const index = edgeKeys.length;
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, {
      weight: edge.weight,
      index,
      countryView: true,
    });
    edgeKeys.push(edge.key);
    edgeSources.push(timeline.nodeIndex.get(edge.source) as number);
    edgeTargets.push(timeline.nodeIndex.get(edge.target) as number);
  }
  const edges: GraphEdges = {
    keys: edgeKeys,
    sources: Uint32Array.from(edgeSources),
    targets: Uint32Array.from(edgeTargets),
  };
  const members = getCountryMembers(nodes.keys(), affiliations);
  const projections = {
    entities: createIdentityProjection(timeline),
    countries: {
      getEndpoint: createCountryEndpoint(affiliations),
      getMembers: (node: string) => members.get(node) ?? [node],
      edgeOfPair: countryEdges.edgeOfPair,
    } satisfies EdgeProjection,
  };
  const counters: { entities?: ViewCounter; countries?: ViewCounter } = {};
  const getCounter = (countryView: boolean): ViewCounter => {
    if (countryView)
      return (counters.countries ??= createViewCounter(timeline, edges, projections.countries));
    return (counters.entities ??= createViewCounter(timeline, edges, projections.entities));
  };
  const entityMaxima = getMaxima(edges, projections.entities, weights, columns.nodeKeys.length);
  const countryMaxima = getMaxima(edges, projections.countries, weights, columns.nodeKeys.length);
  return {
    loaded,
    graph,
    timeline,
    edges,
    nodes,
    unit,
    histogram: getHistogram(timeline, unit),
    totalByType: getTypeCounts(
      columns.nodeKeys.map((key, at) => ({ key, type: (columns.nodes[at] as NodeAttributes).type })),
    ),
    interactionTypeTotals: getInteractionTypeCounts(columns.types),
    affiliations,
    projections,
    getCounter,
    getNodeSize: createNodeSizeScale(entityMaxima.node),
    getEdgeSize: createEdgeSizeScale(entityMaxima.edge),
    getCountryNodeSize: createNodeSizeScale(countryMaxima.node),
    getCountryEdgeSize: createEdgeSizeScale(countryMaxima.edge),
  };
}
