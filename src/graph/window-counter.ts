// Incremental per-pair counts for a sliding time window. Interactions are held column-wise and sorted by
// day; moving the window adds and removes only the day slices that enter or leave it, and reports which
// pairs and nodes changed, so a renderer can refresh just those (sigma's partial refresh) instead of the
// whole graph. A jump that shares little with the previous window falls back to a full recount.

export interface WindowCounterInput {
  /** Day number of each interaction, sorted ascending. */
  days: Int32Array;
  /** Pair index of each interaction (same order as `days`). */
  pairs: Uint32Array;
  /** Interaction type code of each interaction (same order), below 32. */
  types: Uint8Array;
  /** The two node indices of each pair. */
  pairSources: Uint32Array;
  pairTargets: Uint32Array;
  nodeCount: number;
}

export interface WindowChange {
  /** Pairs whose count changed. */
  pairs: Uint32Array;
  /** Nodes whose weighted degree changed. */
  nodes: Uint32Array;
  /** Whether the update was a full recount (every pair may have changed). */
  recounted: boolean;
}

export interface WindowCounter {
  /** Sets the inclusive day window and returns what changed. */
  setWindow(start: number, end: number): WindowChange;
  /** Sets which interaction types count (bit i = type code i); always a full recount. */
  setTypeMask(mask: number): WindowChange;
  getPairCount(pair: number): number;
  getNodeDegree(node: number): number;
  /** Interactions, pairs with at least one interaction, and nodes with at least one, in the window. */
  getTotals(): { interactions: number; pairs: number; nodes: number };
}

/** First position whose day is >= target. */
function lowerBound(days: Int32Array, target: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((days[mid] as number) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

const ALL_TYPES = 0xffffffff;

/**
 * Creates a counter over `input`, starting with an empty window. Incremental updates touch only the
 * interactions between the old and new window edges; when that is more than the new window itself holds,
 * a recount is cheaper and is used instead.
 */
export function createWindowCounter(input: WindowCounterInput): WindowCounter {
  const { days, pairs, types, pairSources, pairTargets, nodeCount } = input;
  if (pairs.length !== days.length || types.length !== days.length) {
    throw new Error('entente/window-counter: days, pairs and types must have the same length.');
  }
  const pairCount = pairSources.length;
  const counts = new Uint32Array(pairCount);
  const degrees = new Uint32Array(nodeCount);
  // Epoch stamps mark what changed in the current update without clearing arrays each time.
  const pairStamp = new Uint32Array(pairCount);
  const nodeStamp = new Uint32Array(nodeCount);
  let epoch = 0;
  let changedPairs: number[] = [];
  let changedNodes: number[] = [];
  let from = 0;
  let to = 0;
  let mask = ALL_TYPES;
  let interactions = 0;
  let visiblePairs = 0;
  let visibleNodes = 0;

  const markPair = (pair: number): void => {
    if (pairStamp[pair] !== epoch) {
      pairStamp[pair] = epoch;
      changedPairs.push(pair);
    }
  };
  const markNode = (node: number): void => {
    if (nodeStamp[node] !== epoch) {
      nodeStamp[node] = epoch;
      changedNodes.push(node);
    }
  };
  const apply = (position: number, delta: 1 | -1): void => {
    if (((mask >>> (types[position] as number)) & 1) === 0) return;
    const pair = pairs[position] as number;
    const before = counts[pair] as number;
    counts[pair] = before + delta;
    if (before === 0) visiblePairs += 1;
    else if (before + delta === 0) visiblePairs -= 1;
    interactions += delta;
    markPair(pair);
    for (const node of [pairSources[pair] as number, pairTargets[pair] as number]) {
      const degree = degrees[node] as number;
      degrees[node] = degree + delta;
      if (degree === 0) visibleNodes += 1;
      else if (degree + delta === 0) visibleNodes -= 1;
      markNode(node);
    }
  };
  const beginUpdate = (): void => {
    epoch += 1;
    if (epoch === 0xffffffff) {
      pairStamp.fill(0);
      nodeStamp.fill(0);
      epoch = 1;
    }
    changedPairs = [];
    changedNodes = [];
  };
  const finishUpdate = (recounted: boolean): WindowChange => ({
    pairs: Uint32Array.from(changedPairs),
    nodes: Uint32Array.from(changedNodes),
    recounted,
  });
  const recount = (nextFrom: number, nextTo: number): WindowChange => {
    // Removing what is there marks exactly the pairs and nodes that were visible.
    for (let position = from; position < to; position += 1) apply(position, -1);
    from = nextFrom;
    to = nextTo;
    for (let position = from; position < to; position += 1) apply(position, 1);
    return finishUpdate(true);
  };

  return {
    setWindow(start, end) {
      beginUpdate();
      const nextFrom = lowerBound(days, start);
      const nextTo = Math.max(nextFrom, lowerBound(days, end + 1));
      const incrementalWork = Math.abs(nextFrom - from) + Math.abs(nextTo - to);
      const overlaps = nextFrom < to && from < nextTo;
      if (!overlaps || incrementalWork > nextTo - nextFrom + (to - from)) return recount(nextFrom, nextTo);
      for (let position = from; position < nextFrom; position += 1) apply(position, -1);
      for (let position = nextFrom; position < from; position += 1) apply(position, 1);
      for (let position = nextTo; position < to; position += 1) apply(position, -1);
      for (let position = to; position < nextTo; position += 1) apply(position, 1);
      from = nextFrom;
      to = nextTo;
      return finishUpdate(false);
    },
    setTypeMask(nextMask) {
      beginUpdate();
      for (let position = from; position < to; position += 1) apply(position, -1);
      mask = nextMask >>> 0;
      for (let position = from; position < to; position += 1) apply(position, 1);
      return finishUpdate(true);
    },
    getPairCount: (pair) => counts[pair] ?? 0,
    getNodeDegree: (node) => degrees[node] ?? 0,
    getTotals: () => ({ interactions, pairs: visiblePairs, nodes: visibleNodes }),
  };
}
