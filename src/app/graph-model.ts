// Turns a validated bundle into the graphology graph sigma draws. Entity types move to `entityType`
// because sigma reads `type` as the name of a WebGL program; positions are the precomputed ones. Also
// derives, once per bundle, the timeline index, lookups and size scales the view needs, and the country
// view's projection. Pairs that only the country view links get edges of their own (`countryView: true`),
// hidden in the entity view, so switching views is a refresh and never a new sigma.
import Graph from 'graphology';
import { createEdgeSizeScale, createNodeSizeScale, getMaxValue } from '../graph/appearance.ts';
import { pairKey, type Bundle, type BundleArticle, type NodeAttributes } from '../graph/bundle.ts';
import {
  createCountryEndpoint,
  getCountryAffiliations,
  getCountryMembers,
  getCountryViewEdges,
} from '../graph/country-view.ts';
import {
  NO_FILTERS,
  createIdentityProjection,
  getFilteredVisibility,
  getInteractionTypeCounts,
  type EdgeProjection,
} from '../graph/filters.ts';
import { getTypeCounts } from '../graph/summary.ts';
import {
  createTimelineIndex,
  getBucketUnit,
  getHistogram,
  getVisibility,
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
}

export interface SigmaEdgeAttributes {
  weight: number;
  /** True for edges only the country view draws (no article links the pair directly). */
  countryView?: boolean;
}

export type EntityGraph = Graph<SigmaNodeAttributes, SigmaEdgeAttributes>;

export function toEntityGraph(bundle: Bundle): EntityGraph {
  const graph: EntityGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of bundle.graph.nodes) {
    graph.addNode(node.key, {
      x: node.attributes.x,
      y: node.attributes.y,
      label: node.attributes.label,
      entityType: node.attributes.type,
    });
  }
  for (const edge of bundle.graph.edges) {
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, { weight: edge.attributes.weight });
  }
  return graph;
}

export function toNodeLookup(bundle: Bundle): Map<string, NodeAttributes> {
  return new Map(bundle.graph.nodes.map((node) => [node.key, node.attributes]));
}

/** Everything derived once per loaded bundle: the graph sigma draws, the timeline index, lookups, scales. */
export interface GraphModel {
  loaded: LoadedGraph;
  graph: EntityGraph;
  timeline: TimelineIndex;
  nodes: ReadonlyMap<string, NodeAttributes>;
  articles: ReadonlyMap<string, BundleArticle>;
  unit: BucketUnit;
  histogram: HistogramBucket[];
  totalByType: Record<EntityType, number>;
  interactionTypeTotals: Record<InteractionType, number>;
  nodeTypes: ReadonlyMap<string, EntityType>;
  /** Entity → country node, for those the country view folds in. */
  affiliations: ReadonlyMap<string, string>;
  projections: { entities: EdgeProjection; countries: EdgeProjection };
  getNodeSize: (degree: number) => number;
  getEdgeSize: (count: number) => number;
  /** Countries carry their people's interactions in the country view, so they get a scale of their own. */
  getCountryNodeSize: (degree: number) => number;
  getCountryEdgeSize: (count: number) => number;
}

/** A window wide enough to hold every day, used when a bundle has no dated interaction at all. */
export const ALL_TIME: TimeWindow = { start: -1e9, end: 1e9 };

export function createGraphModel(loaded: LoadedGraph): GraphModel {
  const { bundle } = loaded;
  const graph = toEntityGraph(bundle);
  const timeline = createTimelineIndex(bundle);
  const unit = timeline.range ? getBucketUnit(timeline.range) : 'day';
  const everything = getVisibility(timeline, ALL_TIME, true);
  const nodes = toNodeLookup(bundle);
  const nodeTypes = new Map([...nodes].map(([key, node]) => [key, node.type]));
  const affiliations = getCountryAffiliations(nodes);
  const edgeKeyByPair = new Map(
    bundle.graph.edges.map((edge) => [pairKey(edge.source, edge.target), edge.key]),
  );
  const countryEdges = getCountryViewEdges(bundle.interactions, affiliations, edgeKeyByPair);
  for (const edge of countryEdges.extraEdges) {
    graph.addEdgeWithKey(edge.key, edge.source, edge.target, { weight: edge.weight, countryView: true });
  }
  const members = getCountryMembers(nodes.keys(), affiliations);
  const countries: EdgeProjection = {
    getEndpoint: createCountryEndpoint(affiliations),
    getMembers: (node) => members.get(node) ?? [node],
    edgeKeys: countryEdges.edgeKeys,
  };
  const countryEverything = getFilteredVisibility(timeline, nodeTypes, ALL_TIME, true, NO_FILTERS, countries);
  return {
    loaded,
    graph,
    timeline,
    nodes,
    articles: new Map(bundle.articles.map((article) => [article.id, article])),
    unit,
    histogram: getHistogram(timeline, unit),
    totalByType: getTypeCounts(
      bundle.graph.nodes.map((node) => ({ key: node.key, type: node.attributes.type })),
    ),
    interactionTypeTotals: getInteractionTypeCounts(bundle.interactions),
    nodeTypes,
    affiliations,
    projections: { entities: createIdentityProjection(timeline), countries },
    getNodeSize: createNodeSizeScale(getMaxValue(everything.nodeDegrees.values())),
    getEdgeSize: createEdgeSizeScale(getMaxValue(everything.edgeCounts.values())),
    getCountryNodeSize: createNodeSizeScale(getMaxValue(countryEverything.nodeDegrees.values())),
    getCountryEdgeSize: createEdgeSizeScale(getMaxValue(countryEverything.edgeCounts.values())),
  };
}
