import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, EntityRef } from '../types.ts';
import { resolveEntities } from './resolve.ts';

function person(key: string, label: string, extra: Partial<EntityRef> = {}): EntityRef {
  return { key, type: 'person', label, aliases: [], ...extra };
}

function article(id: string, entities: EntityRef[]): ArticleExtraction {
  return {
    articleId: id,
    entities,
    mentions: entities.map((e, i) => ({ key: e.key, start: i * 10, end: i * 10 + 5 })),
    interactions: [],
  };
}

describe('resolveEntities', () => {
  it('merges a surname-only person into the one full name that has it', () => {
    const { entities, canonicalKey } = resolveEntities([
      article('a', [
        person('person:vladimir-putin', 'Vladimir Putin', { role: 'President', country: 'country:RUS' }),
      ]),
      article('b', [person('person:putin', 'Putin', { aliases: ['President Putin'], role: 'President' })]),
      article('c', [
        person('person:xi', 'Xi', { role: 'President' }),
        person('person:xi-jinping', 'Xi Jinping'),
      ]),
      article('d', [person('person:rebelo-de-sousa', 'Rebelo de Sousa')]),
      article('e', [
        person('person:marcelo-rebelo-de-sousa', 'Marcelo Rebelo de Sousa', { country: 'country:PRT' }),
      ]),
    ]);
    expect(canonicalKey('person:putin')).toBe('person:vladimir-putin');
    expect(canonicalKey('person:xi')).toBe('person:xi-jinping');
    expect(canonicalKey('person:rebelo-de-sousa')).toBe('person:marcelo-rebelo-de-sousa');
    expect(canonicalKey('country:CHN')).toBe('country:CHN');
    const putin = entities.get('person:vladimir-putin');
    expect(putin).toMatchObject({
      label: 'Vladimir Putin',
      role: 'President',
      country: 'country:RUS',
      mentions: 2,
      articles: 2,
    });
    expect(putin?.aliases).toEqual(['President Putin', 'Putin']);
    expect(entities.has('person:putin')).toBe(false);
    expect(entities.get('person:xi-jinping')?.role).toBe('President');
  });

  it('never merges a surname shared by several full names', () => {
    const { entities, canonicalKey } = resolveEntities([
      article('a', [person('person:wang-yi', 'Wang Yi'), person('person:wang-huning', 'Wang Huning')]),
      article('b', [person('person:wang', 'Wang')]),
    ]);
    expect(canonicalKey('person:wang')).toBe('person:wang');
    expect([...entities.keys()].sort()).toEqual(['person:wang', 'person:wang-huning', 'person:wang-yi']);
  });

  it('chooses role and country by majority and unions aliases, whatever the order of articles', () => {
    const extractions = [
      article('a', [
        person('person:xi-jinping', 'Xi Jinping', {
          role: 'President',
          country: 'country:CHN',
          aliases: ['Xi'],
        }),
      ]),
      article('b', [
        person('person:xi-jinping', 'Xi Jinping', { role: 'General Secretary', aliases: ['President Xi'] }),
      ]),
      article('c', [
        person('person:xi-jinping', 'Xi Jinping', { role: 'President', country: 'country:CHN' }),
      ]),
      article('d', [
        { key: 'country:CHN', type: 'country', label: 'China', aliases: ['Chinese'], code: 'CHN' },
      ]),
    ];
    const forward = resolveEntities(extractions);
    const backward = resolveEntities([...extractions].reverse());
    const xi = forward.entities.get('person:xi-jinping');
    expect(xi).toMatchObject({ role: 'President', country: 'country:CHN', articles: 3 });
    expect(xi?.aliases).toEqual(['President Xi', 'Xi']);
    expect(forward.entities.get('country:CHN')).toMatchObject({ code: 'CHN', aliases: ['Chinese'] });
    expect(JSON.stringify([...backward.entities])).toBe(JSON.stringify([...forward.entities]));
  });
});
