import { describe, expect, it } from 'vitest';
import { computeLayout, getLayoutIterations } from './layout.ts';

const input = {
  nodes: ['a', 'b', 'c', 'd', 'e', 'f'],
  edges: [
    { source: 'a', target: 'b', weight: 3 },
    { source: 'b', target: 'c', weight: 1 },
    { source: 'a', target: 'c', weight: 2 },
    { source: 'd', target: 'e', weight: 5 },
    { source: 'e', target: 'f', weight: 1 },
    { source: 'd', target: 'f', weight: 1 },
    { source: 'c', target: 'd', weight: 1 },
  ],
};

describe('computeLayout', () => {
  it('gives exactly the same coordinates for the same seed', () => {
    const first = computeLayout(input, { seed: 7 });
    const second = computeLayout(input, { seed: 7 });
    expect([...second.positions]).toEqual([...first.positions]);
    expect([...second.communities]).toEqual([...first.communities]);
  });

  it('gives different coordinates for a different seed', () => {
    const first = computeLayout(input, { seed: 7 });
    const other = computeLayout(input, { seed: 8 });
    expect([...other.positions]).not.toEqual([...first.positions]);
  });

  it('places every node at finite coordinates and finds the two triangles as communities', () => {
    const layout = computeLayout(input, { seed: 7 });
    for (const node of input.nodes) {
      const position = layout.positions.get(node);
      expect(Number.isFinite(position?.x)).toBe(true);
      expect(Number.isFinite(position?.y)).toBe(true);
    }
    expect(layout.communities.get('a')).toBe(layout.communities.get('b'));
    expect(layout.communities.get('d')).toBe(layout.communities.get('e'));
    expect(layout.communities.get('a')).not.toBe(layout.communities.get('e'));
  });

  it('pulls connected nodes closer than unconnected ones', () => {
    const { positions } = computeLayout(input, { seed: 7 });
    const distance = (p: string, q: string): number => {
      const a = positions.get(p) ?? { x: 0, y: 0 };
      const b = positions.get(q) ?? { x: 0, y: 0 };
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    expect(distance('a', 'b')).toBeLessThan(distance('a', 'f'));
  });

  it('bounds iterations for big graphs', () => {
    expect(getLayoutIterations(100)).toBeGreaterThan(getLayoutIterations(50_000));
  });

  it('handles an empty graph and a graph without edges', () => {
    expect(computeLayout({ nodes: [], edges: [] }).positions.size).toBe(0);
    expect(computeLayout({ nodes: ['x'], edges: [] }).positions.get('x')).toBeDefined();
  });
});
