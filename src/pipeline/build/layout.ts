// Layout and communities for a built graph: seeded initial positions, ForceAtlas2 and Louvain, so the
// same corpus always yields the same coordinates and the app can draw at once without running a layout.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import louvain from 'graphology-communities-louvain';
import seedrandom from 'seedrandom';

export interface LayoutInput {
  nodes: readonly string[];
  /** Undirected weighted edges; weight is the number of interactions. */
  edges: readonly { source: string; target: string; weight: number }[];
}

export interface LayoutResult {
  positions: Map<string, { x: number; y: number }>;
  communities: Map<string, number>;
  communityCount: number;
  iterations: number;
  seed: number;
}

export interface LayoutOptions {
  seed?: number;
  /** Overrides the iteration count chosen from the graph's size. */
  iterations?: number;
}

export const DEFAULT_LAYOUT_SEED = 20240208;

/** Fewer iterations for big graphs keeps the build bounded; small graphs get enough to settle fully. */
export function getLayoutIterations(nodeCount: number): number {
  if (nodeCount <= 500) return 600;
  if (nodeCount <= 5_000) return 200;
  if (nodeCount <= 20_000) return 80;
  return 40;
}

/** Rounds coordinates so that bundles stay small and identical across runs. */
function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Lays the graph out with ForceAtlas2 from seeded random starting positions, then finds Louvain
 * communities with the same seeded generator. Deterministic for a given input order and seed.
 */
export function computeLayout(input: LayoutInput, options: LayoutOptions = {}): LayoutResult {
  const seed = options.seed ?? DEFAULT_LAYOUT_SEED;
  const random = seedrandom(String(seed));
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const spread = Math.max(10, Math.sqrt(input.nodes.length) * 10);
  for (const node of input.nodes) {
    const angle = random() * Math.PI * 2;
    const radius = Math.sqrt(random()) * spread;
    graph.addNode(node, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
  }
  for (const edge of input.edges) {
    graph.mergeEdge(edge.source, edge.target, { weight: edge.weight });
  }

  const iterations = options.iterations ?? getLayoutIterations(graph.order);
  if (graph.order > 1 && iterations > 0) {
    const inferred = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      settings: {
        ...inferred,
        gravity: 1,
        scalingRatio: 10,
        strongGravityMode: true,
        linLogMode: false,
        outboundAttractionDistribution: true,
        adjustSizes: false,
        edgeWeightInfluence: 0.5,
        barnesHutOptimize: graph.order > 1_000,
      },
    });
  }

  const communityOf: Record<string, number> =
    graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seedrandom(`${seed}:louvain`) }) : {};
  const positions = new Map<string, { x: number; y: number }>();
  const communities = new Map<string, number>();
  const renumbered = new Map<number, number>();
  graph.forEachNode((node, attributes) => {
    positions.set(node, {
      x: roundCoordinate(attributes.x as number),
      y: roundCoordinate(attributes.y as number),
    });
    // Louvain leaves isolated nodes in communities of their own; number communities in node order so
    // the indices are small and stable.
    const raw = communityOf[node] ?? -1;
    let community = renumbered.get(raw);
    if (community === undefined) {
      community = renumbered.size;
      renumbered.set(raw, community);
    }
    communities.set(node, community);
  });
  return { positions, communities, communityCount: renumbered.size, iterations, seed };
}
