// Incremental counts for the time window, on typed arrays. Interactions are held column-wise and sorted by
// day; moving the window adds and removes only the day slices that enter or leave it, and a jump that
// shares little with the previous window recounts from zero. Two layers are kept at once: the raw one
// (everything in the window, what the filters would bring back) and the filtered one (interaction types,
// entity types as a pair mask, a minimum per edge) that decides what is drawn. Interactions land on drawn
// edges through `edgeOfPair`, so the country view is the same counter over a different mapping. Every
// drawn edge and node whose display changed is remembered until the renderer takes the list, so it can
// hand sigma just those (a partial refresh) instead of the whole graph.

export interface WindowCounterInput {
  /** Day number of each interaction, ascending; undated interactions come last. */
  days: Int32Array;
  /** How many interactions are dated (the undated ones are the tail). */
  dated: number;
  /** Pair index of each interaction. */
  pairs: Uint32Array;
  /** Interaction type code of each interaction, below 32. */
  types: Uint8Array;
  /** Drawn edge of each pair, or -1 when both ends are drawn as one node (the count goes to `folded`). */
  edgeOfPair: Int32Array;
  /** The two drawn nodes of each drawn edge. */
  edgeSources: Uint32Array;
  edgeTargets: Uint32Array;
  nodeCount: number;
  /** A group code per node (its entity type), for counting visible nodes per group. */
  nodeGroups: Uint8Array;
  groupCount: number;
  typeCount: number;
}

export interface CounterFilters {
  /** Bit i set: interactions of type code i count. */
  typeMask: number;
  /** Per pair, 1 when it may count (both ends of a shown entity type); null lets every pair through. */
  acceptedPairs: Uint8Array | null;
  /** Edges with fewer interactions in the window are hidden, with their interactions. */
  minCount: number;
}

export const NO_COUNTER_FILTERS: CounterFilters = { typeMask: 0xffffffff, acceptedPairs: null, minCount: 1 };

export interface WindowTotals {
  /** Interactions on drawn edges, after the filters. */
  interactions: number;
  /** How many of `interactions` are undated. */
  undated: number;
  edges: number;
  nodes: number;
  /** Visible nodes per group. */
  nodesByGroup: Uint32Array;
  /** Before the filters: interactions, edges and nodes the window holds. */
  raw: { interactions: number; edges: number; nodes: number };
  /** In-window interactions per type before the filters. */
  rawByType: Uint32Array;
  /** In-window interactions whose two ends are drawn as one node. */
  folded: number;
}

export interface WindowChanges {
  edges: Uint32Array;
  nodes: Uint32Array;
}

export interface WindowCounter {
  /** Sets the inclusive day window, and whether undated interactions count. */
  setWindow(start: number, end: number, includeUndated: boolean): void;
  /** Sets the filters; recounts. */
  setFilters(filters: CounterFilters): void;
  /** Filtered interactions on a drawn edge, 0 when hidden (outside the window or under the minimum). */
  getEdgeCount(edge: number): number;
  /** Interactions on a node's drawn edges. */
  getNodeDegree(node: number): number;
  getTotals(): WindowTotals;
  /** Edges and nodes whose count changed since the last call. */
  takeChanges(): WindowChanges;
  /** Incremented by every update that changed anything. */
  readonly version: number;
}

/** First position in `days[0, limit)` whose day is >= target. */
function lowerBound(days: Int32Array, limit: number, target: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((days[mid] as number) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Positions `[from, to)` of the dated interactions (the first `dated` of `days`) in the inclusive window. */
export function getWindowPositions(
  days: Int32Array,
  dated: number,
  start: number,
  end: number,
): [number, number] {
  const from = lowerBound(days, dated, start);
  return [from, Math.max(from, lowerBound(days, dated, end + 1))];
}

/** A set of indices with insertion order, cleared by taking it. */
function createChangeSet(size: number) {
  const marked = new Uint8Array(size);
  let list: number[] = [];
  return {
    mark(index: number): void {
      if (marked[index] === 0) {
        marked[index] = 1;
        list.push(index);
      }
    },
    take(): Uint32Array {
      const taken = Uint32Array.from(list);
      for (const index of list) marked[index] = 0;
      list = [];
      return taken;
    },
  };
}

export function createWindowCounter(input: WindowCounterInput): WindowCounter {
  const { days, dated, pairs, types, edgeOfPair, edgeSources, edgeTargets, nodeCount, nodeGroups } = input;
  const total = days.length;
  if (pairs.length !== total || types.length !== total || dated > total) {
    throw new Error('entente/window-counter: days, pairs and types must have the same length.');
  }
  const edgeCount = edgeSources.length;
  const rawCounts = new Uint32Array(edgeCount);
  const rawDegrees = new Uint32Array(nodeCount);
  const counts = new Uint32Array(edgeCount);
  const degrees = new Uint32Array(nodeCount);
  const rawByType = new Uint32Array(Math.max(1, input.typeCount));
  const nodesByGroup = new Uint32Array(Math.max(1, input.groupCount));
  const changedEdges = createChangeSet(edgeCount);
  const changedNodes = createChangeSet(nodeCount);

  let filters: CounterFilters = NO_COUNTER_FILTERS;
  let from = 0;
  let to = 0;
  let undatedIn = false;
  let version = 0;
  const totals = { interactions: 0, edges: 0, nodes: 0, rawInteractions: 0, rawEdges: 0, rawNodes: 0 };
  let folded = 0;

  const contribution = (count: number): number => (count >= filters.minCount ? count : 0);

  const changeDegree = (node: number, change: number): void => {
    const degree = degrees[node] as number;
    degrees[node] = degree + change;
    const group = nodeGroups[node] as number;
    if (degree === 0) {
      totals.nodes += 1;
      nodesByGroup[group] = (nodesByGroup[group] as number) + 1;
    } else if (degree + change === 0) {
      totals.nodes -= 1;
      nodesByGroup[group] = (nodesByGroup[group] as number) - 1;
    }
    changedNodes.mark(node);
  };

  const apply = (position: number, delta: 1 | -1): void => {
    const pair = pairs[position] as number;
    const edge = edgeOfPair[pair] as number;
    if (edge < 0) {
      folded += delta;
      return;
    }
    const type = types[position] as number;
    const source = edgeSources[edge] as number;
    const target = edgeTargets[edge] as number;
    totals.rawInteractions += delta;
    rawByType[type] = (rawByType[type] as number) + delta;
    const rawBefore = rawCounts[edge] as number;
    rawCounts[edge] = rawBefore + delta;
    if (rawBefore === 0) totals.rawEdges += 1;
    else if (rawBefore + delta === 0) totals.rawEdges -= 1;
    // Both ends, unrolled: this runs for every interaction entering or leaving the window.
    const sourceRaw = rawDegrees[source] as number;
    rawDegrees[source] = sourceRaw + delta;
    if (sourceRaw === 0) totals.rawNodes += 1;
    else if (sourceRaw + delta === 0) totals.rawNodes -= 1;
    const targetRaw = rawDegrees[target] as number;
    rawDegrees[target] = targetRaw + delta;
    if (targetRaw === 0) totals.rawNodes += 1;
    else if (targetRaw + delta === 0) totals.rawNodes -= 1;

    if (((filters.typeMask >>> type) & 1) === 0) return;
    if (filters.acceptedPairs && filters.acceptedPairs[pair] !== 1) return;
    const countBefore = counts[edge] as number;
    counts[edge] = countBefore + delta;
    const before = contribution(countBefore);
    const after = contribution(countBefore + delta);
    if (before === after) return;
    const change = after - before;
    totals.interactions += change;
    if (before === 0) totals.edges += 1;
    else if (after === 0) totals.edges -= 1;
    changedEdges.mark(edge);
    changeDegree(source, change);
    changeDegree(target, change);
  };

  const applyRange = (start: number, end: number, delta: 1 | -1): void => {
    for (let position = start; position < end; position += 1) apply(position, delta);
  };

  /** Clears every count, remembering what was drawn, and counts the current window again. */
  const recount = (nextFilters: CounterFilters = filters): void => {
    for (let edge = 0; edge < edgeCount; edge += 1) {
      if (contribution(counts[edge] as number) > 0) changedEdges.mark(edge);
    }
    for (let node = 0; node < nodeCount; node += 1)
      if ((degrees[node] as number) > 0) changedNodes.mark(node);
    filters = nextFilters;
    rawCounts.fill(0);
    rawDegrees.fill(0);
    counts.fill(0);
    degrees.fill(0);
    rawByType.fill(0);
    nodesByGroup.fill(0);
    totals.interactions = 0;
    totals.edges = 0;
    totals.nodes = 0;
    totals.rawInteractions = 0;
    totals.rawEdges = 0;
    totals.rawNodes = 0;
    folded = 0;
    applyRange(from, to, 1);
    if (undatedIn) applyRange(dated, total, 1);
  };

  let undatedVisible: number | null = 0;

  return {
    setWindow(start, end, includeUndated) {
      const [nextFrom, nextTo] = getWindowPositions(days, dated, start, end);
      if (nextFrom === from && nextTo === to && includeUndated === undatedIn) return;
      version += 1;
      undatedVisible = null;
      const overlaps = nextFrom < to && from < nextTo;
      const incrementalWork = overlaps
        ? Math.abs(nextFrom - from) + Math.abs(nextTo - to)
        : to - from + (nextTo - nextFrom);
      if (incrementalWork > nextTo - nextFrom + edgeCount + nodeCount) {
        from = nextFrom;
        to = nextTo;
        undatedIn = includeUndated;
        recount();
        return;
      }
      if (overlaps) {
        applyRange(from, Math.min(nextFrom, to), -1);
        applyRange(nextFrom, from, 1);
        applyRange(Math.max(nextTo, from), to, -1);
        applyRange(to, nextTo, 1);
      } else {
        applyRange(from, to, -1);
        applyRange(nextFrom, nextTo, 1);
      }
      from = nextFrom;
      to = nextTo;
      if (includeUndated !== undatedIn) applyRange(dated, total, includeUndated ? 1 : -1);
      undatedIn = includeUndated;
    },
    setFilters(next) {
      version += 1;
      undatedVisible = null;
      recount({ ...next, minCount: Math.max(1, Math.floor(next.minCount)) });
    },
    getEdgeCount: (edge) => contribution(counts[edge] ?? 0),
    getNodeDegree: (node) => degrees[node] ?? 0,
    getTotals() {
      if (undatedVisible === null) {
        let undated = 0;
        if (undatedIn) {
          for (let position = dated; position < total; position += 1) {
            const pair = pairs[position] as number;
            const edge = edgeOfPair[pair] as number;
            if (edge < 0 || ((filters.typeMask >>> (types[position] as number)) & 1) === 0) continue;
            if (filters.acceptedPairs && filters.acceptedPairs[pair] !== 1) continue;
            if (contribution(counts[edge] as number) > 0) undated += 1;
          }
        }
        undatedVisible = undated;
      }
      return {
        interactions: totals.interactions,
        undated: undatedVisible,
        edges: totals.edges,
        nodes: totals.nodes,
        nodesByGroup: nodesByGroup.slice(),
        raw: { interactions: totals.rawInteractions, edges: totals.rawEdges, nodes: totals.rawNodes },
        rawByType: rawByType.slice(),
        folded,
      };
    },
    takeChanges: () => ({ edges: changedEdges.take(), nodes: changedNodes.take() }),
    get version() {
      return version;
    },
  };
}
