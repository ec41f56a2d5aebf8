import { describe, expect, it } from 'vitest';
import {
  COUNTRY_VIEW_EDGE_PREFIX,
  createCountryEndpoint,
  getCountryAffiliations,
  getCountryMembers,
  getCountryViewEdges,
  type AffiliatedEntity,
} from './country-view.ts';

const nodes = new Map<string, AffiliatedEntity>([
  ['CHN', { type: 'country' }],
  ['RUS', { type: 'country' }],
  ['xi', { type: 'person', country: 'CHN' }],
  ['wang', { type: 'person', country: 'CHN' }],
  ['putin', { type: 'person', country: 'RUS' }],
  ['un', { type: 'organization' }],
  ['ghost', { type: 'person', country: 'ATL' }],
  ['odd', { type: 'person', country: 'un' }],
]);

describe('getCountryAffiliations', () => {
  it('folds affiliated entities into country nodes only', () => {
    const affiliations = getCountryAffiliations(nodes);
    expect([...affiliations]).toEqual([
      ['xi', 'CHN'],
      ['wang', 'CHN'],
      ['putin', 'RUS'],
    ]);
  });

  it('leaves dangling and non-country affiliations alone', () => {
    const endpoint = createCountryEndpoint(getCountryAffiliations(nodes));
    expect(endpoint('ghost')).toBe('ghost');
    expect(endpoint('odd')).toBe('odd');
    expect(endpoint('un')).toBe('un');
    expect(endpoint('xi')).toBe('CHN');
  });
});

describe('getCountryMembers', () => {
  it('lists each drawn node with the entities folded into it, itself first', () => {
    const members = getCountryMembers(
      ['xi', 'CHN', 'wang', 'un'],
      new Map([
        ['xi', 'CHN'],
        ['wang', 'CHN'],
      ]),
    );
    expect(members.get('CHN')).toEqual(['CHN', 'xi', 'wang']);
    expect(members.get('un')).toEqual(['un']);
    expect(members.has('xi')).toBe(false);
  });
});

describe('getCountryViewEdges', () => {
  const affiliations = getCountryAffiliations(nodes);
  const interactions = [
    { source: 'xi', target: 'putin' },
    { source: 'CHN', target: 'RUS' },
    { source: 'xi', target: 'wang' },
    { source: 'putin', target: 'un' },
    { source: 'RUS', target: 'un' },
  ];

  it('reuses direct edges, adds one edge per new pair and drops domestic pairs', () => {
    const edges = getCountryViewEdges(interactions, affiliations, new Map([['CHN|RUS', 'e1']]));
    expect(edges.edgeKeys).toEqual([
      'e1',
      'e1',
      null,
      `${COUNTRY_VIEW_EDGE_PREFIX}RUS|un`,
      `${COUNTRY_VIEW_EDGE_PREFIX}RUS|un`,
    ]);
    expect(edges.extraEdges).toEqual([
      { key: `${COUNTRY_VIEW_EDGE_PREFIX}RUS|un`, source: 'RUS', target: 'un', weight: 2 },
    ]);
  });
});
