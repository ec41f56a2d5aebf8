// How entities and edges look: the colour of each entity type per theme, and the scales that turn
// windowed weighted degree into node size and windowed interaction counts into edge thickness.
import { scaleSqrt } from 'd3-scale';
import type { EntityType } from './vocabulary.ts';

export type Theme = 'light' | 'dark';

export interface ThemeColors {
  entity: Record<EntityType, string>;
  /** Nodes left without a visible edge in the window. */
  faded: string;
  edge: string;
  /** Edges touching the hovered or selected node. */
  edgeHighlight: string;
  /** Everything outside the hovered node's neighbourhood. */
  dimmed: string;
  label: string;
}

// Tableau-10 hues: distinct for the common colour-vision deficiencies and calm enough for a dense graph.
export const THEME_COLORS: Record<Theme, ThemeColors> = {
  light: {
    entity: { country: '#4e79a7', person: '#e15759', organization: '#59a14f', media: '#b07aa1' },
    faded: '#d9dce1',
    edge: '#c3c8d0',
    edgeHighlight: '#5b6472',
    dimmed: '#eceef1',
    label: '#1f2328',
  },
  dark: {
    entity: { country: '#6f9fd8', person: '#ff7b7d', organization: '#7cc46f', media: '#d29fcb' },
    faded: '#3a3f47',
    edge: '#4a515c',
    edgeHighlight: '#aab3c0',
    dimmed: '#262a30',
    label: '#e6e8eb',
  },
};

export const NODE_SIZE_RANGE: readonly [number, number] = [3.5, 20];
export const FADED_NODE_SIZE = 2.5;
export const EDGE_SIZE_RANGE: readonly [number, number] = [0.6, 4];

/**
 * Node radius from weighted degree: square-root so that area, not radius, follows the count.
 * The domain is the largest degree over the whole timeline, so sizes stay comparable while the window moves.
 */
export function createNodeSizeScale(maxDegree: number): (degree: number) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(1, maxDegree)])
    .range([...NODE_SIZE_RANGE])
    .clamp(true);
  return (degree) => scale(degree);
}

/** Edge thickness from the number of interactions in the window. */
export function createEdgeSizeScale(maxCount: number): (count: number) => number {
  const scale = scaleSqrt()
    .domain([1, Math.max(2, maxCount)])
    .range([...EDGE_SIZE_RANGE])
    .clamp(true);
  return (count) => scale(count);
}

/** The `limit` ids with the highest degree (ties broken by id), whose labels are always drawn. */
/**
 * The `limit` busiest of `keys` by degree, busiest first (ties by key); nodes of degree 0 never count.
 * One pass with a small sorted list, so it stays cheap on every window step of a large graph.
 */
export function getTopNodes(
  keys: readonly string[],
  getDegree: (index: number) => number,
  limit: number,
): Set<string> {
  const top: { key: string; degree: number }[] = [];
  const isAbove = (a: { key: string; degree: number }, b: { key: string; degree: number }) =>
    a.degree > b.degree || (a.degree === b.degree && a.key < b.key);
  keys.forEach((key, index) => {
    if (limit <= 0) return;
    const degree = getDegree(index);
    if (degree === 0) return;
    const candidate = { key, degree };
    if (top.length === limit && !isAbove(candidate, top[top.length - 1] as (typeof top)[number])) return;
    let at = top.length;
    while (at > 0 && isAbove(candidate, top[at - 1] as (typeof top)[number])) at -= 1;
    top.splice(at, 0, candidate);
    if (top.length > limit) top.pop();
  });
  return new Set(top.map(({ key }) => key));
}

export function getMaxValue(values: Iterable<number>): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
}
