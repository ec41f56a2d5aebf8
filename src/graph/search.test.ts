import { describe, expect, it } from 'vitest';
import { getEntityMatches } from './search.ts';

const entities = [
  { key: 'xi', label: 'Xi Jinping', aliases: ['President Xi'] },
  { key: 'CHN', label: 'China', aliases: ['Beijing'] },
  { key: 'xinhua', label: 'Xinhua', aliases: [] },
  { key: 'lula', label: 'Luiz Inácio Lula da Silva', aliases: ['Lula'] },
  { key: 'eide', label: 'Espen Barth Eide', aliases: [] },
];

describe('getEntityMatches', () => {
  it('ranks a prefix before a later word and a substring', () => {
    expect(getEntityMatches(entities, 'xi').map((match) => match.key)).toEqual(['xi', 'xinhua']);
    expect(getEntityMatches(entities, 'eide').map((match) => match.key)).toEqual(['eide']);
  });

  it('finds aliases, ignoring case and accents', () => {
    expect(getEntityMatches(entities, 'BEIJING')[0]?.key).toBe('CHN');
    expect(getEntityMatches(entities, 'inacio')[0]?.key).toBe('lula');
  });

  it('prefers an exact name over an alias and returns nothing for a blank query', () => {
    expect(getEntityMatches(entities, 'china').map((match) => match.rank)).toEqual([0]);
    expect(getEntityMatches(entities, '   ')).toEqual([]);
    expect(getEntityMatches(entities, 'a', 2)).toHaveLength(2);
  });
});
