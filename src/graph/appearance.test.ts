import { describe, expect, it } from 'vitest';
import {
  EDGE_SIZE_RANGE,
  NODE_SIZE_RANGE,
  THEME_COLORS,
  createEdgeSizeScale,
  createNodeSizeScale,
  getMaxValue,
  getTopNodes,
} from './appearance.ts';
import { ENTITY_TYPES } from './vocabulary.ts';

describe('createNodeSizeScale', () => {
  it('maps degree by square root between the size bounds, clamped', () => {
    const size = createNodeSizeScale(100);
    expect(size(0)).toBe(NODE_SIZE_RANGE[0]);
    expect(size(100)).toBe(NODE_SIZE_RANGE[1]);
    expect(size(400)).toBe(NODE_SIZE_RANGE[1]);
    const quarter = NODE_SIZE_RANGE[0] + (NODE_SIZE_RANGE[1] - NODE_SIZE_RANGE[0]) / 2;
    expect(size(25)).toBeCloseTo(quarter, 6);
  });
  it('survives an empty graph', () => {
    expect(Number.isFinite(createNodeSizeScale(0)(0))).toBe(true);
  });
});

describe('createEdgeSizeScale', () => {
  it('gives one interaction the thinnest line and the busiest edge the thickest', () => {
    const size = createEdgeSizeScale(9);
    expect(size(1)).toBe(EDGE_SIZE_RANGE[0]);
    expect(size(9)).toBe(EDGE_SIZE_RANGE[1]);
    expect(size(4)).toBeGreaterThan(size(2));
  });
});

describe('getTopNodes', () => {
  it('keeps the busiest nodes, breaking ties by id', () => {
    const keys = ['b', 'a', 'c', 'd', 'e'];
    const degrees = [3, 3, 9, 1, 0];
    const getDegree = (index: number) => degrees[index] ?? 0;
    expect([...getTopNodes(keys, getDegree, 3)]).toEqual(['c', 'a', 'b']);
    expect([...getTopNodes(keys, getDegree, 10)]).toEqual(['c', 'a', 'b', 'd']);
    expect(getTopNodes(keys, getDegree, 0).size).toBe(0);
    expect(getMaxValue(degrees)).toBe(9);
  });
});

describe('THEME_COLORS', () => {
  it('gives every entity type a distinct colour in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colors = ENTITY_TYPES.map((type) => THEME_COLORS[theme].entity[type]);
      expect(new Set(colors).size).toBe(ENTITY_TYPES.length);
      for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});
