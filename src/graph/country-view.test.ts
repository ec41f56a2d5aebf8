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
  const pairs = [
    { source: 'putin', target: 'xi', weight: 4 },
    { source: 'CHN', target: 'RUS', weight: 1 },
    { source: 'wang', target: 'xi', weight: 2 },
    { source: 'putin', target: 'un', weight: 1 },
    { source: 'RUS', target: 'un', weight: 5 },
  ];

  it('reuses direct edges, adds one edge per new pair and drops domestic pairs', () => {
    const edges = getCountryViewEdges(pairs, affiliations);
    // xi–putin folds onto CHN–RUS (pair 1); putin–un onto RUS–un (pair 4); wang–xi is domestic.
    expect([...edges.edgeOfPair]).toEqual([1, 1, -1, 4, 4]);
    expect(edges.extraEdges).toEqual([]);
    const withoutDirect = getCountryViewEdges(
      pairs.filter((pair) => pair.source !== 'RUS'),
      affiliations,
    );
    expect([...withoutDirect.edgeOfPair]).toEqual([1, 1, -1, 4]);
    expect(withoutDirect.extraEdges).toEqual([
      { key: `${COUNTRY_VIEW_EDGE_PREFIX}RUS|un`, source: 'RUS', target: 'un', weight: 1 },
    ]);
  });
});
