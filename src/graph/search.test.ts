import { describe, expect, it } from 'vitest';
import { getEntityMatches, getInitials } from './search.ts';

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

  it('finds a name of several words by its initials', () => {
    const withSco = [
      ...entities,
      { key: 'snp', label: 'Scottish National Party', aliases: [] },
      { key: 'sco', label: 'Shanghai Cooperation Organization', aliases: [] },
      { key: 'asean', label: 'Association of Southeast Asian Nations', aliases: [] },
    ];
    expect(getEntityMatches(withSco, 'SCO')[0]?.key).toBe('sco');
    expect(getEntityMatches(withSco, 'asan')[0]?.key).toBe('asean');
    expect(getEntityMatches(withSco, 'x').map((match) => match.key)).not.toContain('sco');
  });
});

describe('getInitials', () => {
  it('gives initials with and without minor words, none for one word', () => {
    expect(getInitials('association of southeast asian nations')).toEqual(['asan', 'aosan']);
    expect(getInitials('united nations')).toEqual(['un']);
    expect(getInitials('china')).toEqual([]);
  });
});
