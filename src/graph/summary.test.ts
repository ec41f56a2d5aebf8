import { describe, expect, it } from 'vitest';
import { parseDayNumber } from './dates.ts';
import { formatCount, formatVisibleCounts, getTypeCounts } from './summary.ts';

const visibility = (interactions: number, undated: number, edges: number, entities: number) => ({
  interactions,
  undated,
  edges,
  entities,
});

describe('formatVisibleCounts', () => {
  const window = { start: parseDayNumber('2024-02-03'), end: parseDayNumber('2024-02-08') };
  it('reads counts, then the window', () => {
    expect(formatVisibleCounts(visibility(42, 0, 31, 25), window)).toBe(
      '42 interactions · 31 edges · 25 entities · 3 Feb – 8 Feb 2024',
    );
  });
  it('uses singulars and calls out undated interactions', () => {
    expect(formatVisibleCounts(visibility(1, 1, 1, 2), null)).toBe(
      '1 interaction (1 undated) · 1 edge · 2 entities',
    );
  });
  it('groups thousands', () => {
    expect(formatCount(20841, 'article')).toBe('20,841 articles');
  });
});

describe('getTypeCounts', () => {
  it('counts every type, or only the visible entities when given', () => {
    const nodes = [
      { key: 'CHN', type: 'country' as const },
      { key: 'xi', type: 'person' as const },
      { key: 'putin', type: 'person' as const },
    ];
    expect(getTypeCounts(nodes)).toEqual({ country: 1, person: 2, organization: 0, media: 0 });
    expect(getTypeCounts(nodes, new Map([['xi', 1]]))).toEqual({
      country: 0,
      person: 1,
      organization: 0,
      media: 0,
    });
  });
});
