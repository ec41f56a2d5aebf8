// The country view: people, organisations and media with a known country are folded into that country,
// so Xi Jinping's calls count for China and Putin's for Russia. This module decides who folds where and
// which country-to-country pairs that creates; entities with no country stay as they are.
import { pairKey } from './bundle.ts';
import type { EntityType } from './vocabulary.ts';

export interface AffiliatedEntity {
  type: EntityType;
  /** Node id of the entity's country, if known. */
  country?: string | undefined;
}

/** Key prefix of edges that exist only in the country view (pairs no article links directly). */
export const COUNTRY_VIEW_EDGE_PREFIX = 'country-view:';

/**
 * Node id → node id of its country, for every non-country entity whose `country` names a country node
 * of the same graph. A dangling or non-country `country` is ignored, so that entity stays on its own.
 */
export function getCountryAffiliations(nodes: ReadonlyMap<string, AffiliatedEntity>): Map<string, string> {
  const affiliations = new Map<string, string>();
  for (const [key, node] of nodes) {
    if (node.type === 'country' || !node.country || node.country === key) continue;
    if (nodes.get(node.country)?.type !== 'country') continue;
    affiliations.set(key, node.country);
  }
  return affiliations;
}

/** Where a node is drawn in the country view: its country, or itself. */
export function createCountryEndpoint(affiliations: ReadonlyMap<string, string>): (node: string) => string {
  return (node) => affiliations.get(node) ?? node;
}

/** Each drawn node of the country view with the nodes folded into it (itself first). */
export function getCountryMembers(
  nodeIds: Iterable<string>,
  affiliations: ReadonlyMap<string, string>,
): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const node of nodeIds) {
    const drawn = affiliations.get(node) ?? node;
    const list = members.get(drawn);
    if (list) {
      if (drawn === node) list.unshift(node);
      else list.push(node);
    } else members.set(drawn, [node]);
  }
  return members;
}

export interface CountryViewEdges {
  /** Drawn edge of each pair: its own index when the drawn ends are linked directly (China–Russia stays
   * the same edge), `pairCount + k` for the k-th extra edge, or -1 when both ends fold together. */
  edgeOfPair: Int32Array;
  /** Pairs that need an edge of their own (no pair links them directly), with their interaction count. */
  extraEdges: { key: string; source: string; target: string; weight: number }[];
}

/**
 * The country view's edge for each pair: the existing edge between the two drawn ends when there is one,
 * else a new `country-view:` edge shared by all pairs that fold onto the same two nodes.
 */
export function getCountryViewEdges(
  pairs: readonly { source: string; target: string; weight: number }[],
  affiliations: ReadonlyMap<string, string>,
): CountryViewEdges {
  const endpoint = createCountryEndpoint(affiliations);
  let pairIndex: Map<string, number> | null = null;
  const findPair = (key: string): number | undefined => {
    pairIndex ??= new Map(pairs.map(({ source, target }, index) => [pairKey(source, target), index]));
    return pairIndex.get(key);
  };
  const extra = new Map<
    string,
    { key: string; source: string; target: string; weight: number; index: number }
  >();
  const edgeOfPair = Int32Array.from(pairs, ({ source, target, weight }, own) => {
    // Most pairs fold nowhere: they stay their own edge, with no keys to build.
    if (!affiliations.has(source) && !affiliations.has(target)) return own;
    const [a, b] = [endpoint(source), endpoint(target)];
    if (a === b) return -1;
    const key = pairKey(a, b);
    const existing = findPair(key);
    if (existing !== undefined) return existing;
    const known = extra.get(key);
    if (known) {
      known.weight += weight;
      return known.index;
    }
    const index = pairs.length + extra.size;
    extra.set(key, {
      key: `${COUNTRY_VIEW_EDGE_PREFIX}${key}`,
      source: a < b ? a : b,
      target: a < b ? b : a,
      weight,
      index,
    });
    return index;
  });
  return {
    edgeOfPair,
    extraEdges: [...extra.values()].map(({ key, source, target, weight }) => ({
      key,
      source,
      target,
      weight,
    })),
  };
}
