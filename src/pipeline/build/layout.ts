// Layout and communities for a built graph: seeded initial positions, ForceAtlas2 and Louvain, so the
// same corpus always yields the same coordinates and the app can draw at once without running a layout.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import louvain from 'graphology-communities-louvain';
import noverlap from 'graphology-layout-noverlap';
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

/**
 * Iterations by graph size: small graphs settle fully; big ones start from community-seeded positions
 * (see below), so fewer iterations suffice and the build stays bounded. Fixed counts, never a time budget,
 * keep the layout deterministic.
 */
export function getLayoutIterations(nodeCount: number): number {
  if (nodeCount <= 500) return 600;
  if (nodeCount <= 5_000) return 150;
  if (nodeCount <= 20_000) return 60;
  return 30;
}

/** Rounds coordinates so that bundles stay small and identical across runs. */
function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Warm start: each community gets a centre on a sunflower spiral (largest first, at the middle), and its
 * nodes start scattered around that centre, so ForceAtlas2 only has to refine rather than untangle.
 */
function getWarmStartPositions(
  nodes: readonly string[],
  communityOf: Readonly<Record<string, number>>,
  random: () => number,
): Map<string, { x: number; y: number }> {
  const members = new Map<number, string[]>();
  for (const node of nodes) {
    const community = communityOf[node] ?? -1;
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const communities = [...members.entries()].sort(([a, x], [b, y]) => y.length - x.length || a - b);
  const positions = new Map<string, { x: number; y: number }>();
  let placed = 0;
  communities.forEach(([, list], index) => {
    const centreRadius = Math.sqrt(placed) * 4;
    const angle = index * GOLDEN_ANGLE;
    const centre = { x: Math.cos(angle) * centreRadius, y: Math.sin(angle) * centreRadius };
    const spread = Math.sqrt(list.length) * 2 + 1;
    for (const node of list) {
      const theta = random() * Math.PI * 2;
      const radius = Math.sqrt(random()) * spread;
      positions.set(node, { x: centre.x + Math.cos(theta) * radius, y: centre.y + Math.sin(theta) * radius });
    }
    placed += list.length;
  });
  return positions;
}

/**
 * Above this size the overlap pass costs more than it is worth: its cost grows quickly with node count and
 * hub size (seconds at a few thousand nodes), while on big graphs the camera's zoom separates nodes anyway.
 */
const NOVERLAP_MAX_NODES = 2_000;

/**
 * Nudges apart nodes that ForceAtlas2 left on top of each other (small components collapse onto a point),
 * with radii that grow with weighted degree like the app's node sizes do.
 */
function spreadOverlappingNodes(graph: Graph): void {
  let extent = 0;
  graph.forEachNode((_node, attributes) => {
    extent = Math.max(extent, Math.abs(attributes.x as number), Math.abs(attributes.y as number));
  });
  const unit = Math.max(extent, 1) / 120;
  noverlap.assign(graph, {
    maxIterations: 60,
    inputReducer: (node, attributes) => {
      const degree = graph.getNodeAttribute(node, 'weightedDegree') as number;
      return { x: attributes.x, y: attributes.y, size: unit * (1 + Math.min(Math.sqrt(degree), 8) / 2) };
    },
    settings: { margin: unit / 2, ratio: 1, speed: 3 },
  });
}

/**
 * Finds Louvain communities, then lays the graph out with ForceAtlas2 from community-seeded starting
 * positions, both with generators seeded from `seed`. Deterministic for a given input order and seed.
 */
export function computeLayout(input: LayoutInput, options: LayoutOptions = {}): LayoutResult {
  const seed = options.seed ?? DEFAULT_LAYOUT_SEED;
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of input.nodes) graph.addNode(node, { x: 0, y: 0, weightedDegree: 0 });
  for (const edge of input.edges) {
    graph.mergeEdge(edge.source, edge.target, { weight: edge.weight });
    for (const end of [edge.source, edge.target]) {
      graph.updateNodeAttribute(
        end,
        'weightedDegree',
        (degree) => ((degree as number | undefined) ?? 0) + edge.weight,
      );
    }
  }

  const communityOf: Record<string, number> =
    graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seedrandom(`${seed}:louvain`) }) : {};
  const start = getWarmStartPositions(input.nodes, communityOf, seedrandom(String(seed)));
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, start.get(node) ?? { x: 0, y: 0 }));

  const iterations = options.iterations ?? getLayoutIterations(graph.order);
  if (graph.order > 1 && iterations > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(graph),
        // Hubs with their satellites around them, loose components kept near by a weak pull: chosen by
        // comparing screenshots of the seed graph.
        linLogMode: false,
        strongGravityMode: true,
        gravity: 0.05,
        scalingRatio: 20,
        outboundAttractionDistribution: true,
        adjustSizes: false,
        edgeWeightInfluence: 0.5,
        barnesHutOptimize: graph.order > 1_000,
      },
    });
  }

  if (graph.order > 1 && graph.order <= NOVERLAP_MAX_NODES) spreadOverlappingNodes(graph);

  const positions = new Map<string, { x: number; y: number }>();
  const communities = new Map<string, number>();
  const renumbered = new Map<number, number>();
  graph.forEachNode((node, attributes) => {
    positions.set(node, {
      x: roundCoordinate(attributes.x as number),
      y: roundCoordinate(attributes.y as number),
    });
    // Number communities in node order so the indices are small and stable.
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
