// The words the app shows about what is on screen: the visible-counts line under the header and the
// per-type counts in the legend.
import { formatDateRange } from './dates.ts';
import type { TimeWindow } from './timeline.ts';
import { ENTITY_TYPES, type EntityType } from './vocabulary.ts';

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

/**
 * "42 interactions · 31 edges · 25 entities · 3 Feb – 8 Feb 2024"; undated interactions that are included
 * are called out ("42 interactions (3 undated)") so they never pass for dated ones.
 */
export function formatVisibleCounts(
  visibility: { interactions: number; undated: number; edges: number; entities: number },
  window: TimeWindow | null,
): string {
  const interactions =
    visibility.undated > 0
      ? `${formatCount(visibility.interactions, 'interaction')} (${visibility.undated.toLocaleString('en-GB')} undated)`
      : formatCount(visibility.interactions, 'interaction');
  const parts = [
    interactions,
    formatCount(visibility.edges, 'edge'),
    formatCount(visibility.entities, 'entity', 'entities'),
  ];
  if (window && Number.isFinite(window.start) && Number.isFinite(window.end)) {
    parts.push(formatDateRange(window.start, window.end));
  }
  return parts.join(' · ');
}

/** How many entities of each type there are, counting only `visible` ones when given. */
export function getTypeCounts(
  nodes: Iterable<{ key: string; type: EntityType }>,
  visible?: ReadonlyMap<string, unknown>,
): Record<EntityType, number> {
  const counts = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
  for (const node of nodes) {
    if (!visible || visible.has(node.key)) counts[node.type]++;
  }
  return counts;
}
