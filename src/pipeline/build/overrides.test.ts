import { describe, expect, it } from 'vitest';
import { assembleBundle } from './assemble-bundle.ts';
import { addCustomMentions, applyOverrides, getUnknownOverrideIds, parseOverrides } from './overrides.ts';
import { createFixtureResolution, fixtureArticles, fixtureExtractions } from './test-fixtures.ts';

describe('parseOverrides', () => {
  it('fills defaults for missing sections', () => {
    expect(parseOverrides('{"drop": ["person:wang-yi"]}', 'a.json')).toEqual({
      entities: [],
      merge: [],
      drop: ['person:wang-yi'],
    });
  });

  it('names the file and the bad field', () => {
    expect(() => parseOverrides('{"drop": ["wang yi"]}', 'aliases.json')).toThrow(
      /aliases\.json: drop\.0: expected a node id/,
    );
    expect(() => parseOverrides('{"drop": [}', 'aliases.json')).toThrow(/aliases\.json is not valid JSON/);
    expect(() => parseOverrides('{"unknown": 1}', 'aliases.json')).toThrow(/aliases\.json/);
    expect(() => parseOverrides('{"merge": [{"from": "org:a", "into": "org:a"}]}', 'x.json')).toThrow(
      /into itself/,
    );
  });
});

describe('addCustomMentions', () => {
  const overrides = parseOverrides(
    JSON.stringify({
      entities: [
        { id: 'org:weather-office', label: 'Weather Office', type: 'organization', aliases: ['weather'] },
      ],
    }),
    'x.json',
  );

  it('finds added names as whole words and records the new entity', () => {
    const article = fixtureArticles[2]!;
    const extraction = addCustomMentions(article, fixtureExtractions[2]!, overrides);
    expect(extraction.mentions).toEqual([{ key: 'org:weather-office', start: 4, end: 11 }]);
    expect(extraction.entities.map((entity) => entity.key)).toEqual(['org:weather-office']);
  });

  it('links an added name to the other entities of its sentence with the sentence type', () => {
    const withName = parseOverrides(
      JSON.stringify({
        entities: [
          { id: 'person:vladimir-putin', aliases: ['Putin'] },
          { id: 'org:phone', label: 'phone call' },
        ],
      }),
      'x.json',
    );
    const extraction = addCustomMentions(fixtureArticles[0]!, fixtureExtractions[0]!, withName);
    const added = extraction.interactions.filter(
      (interaction) => interaction.source === 'org:phone' || interaction.target === 'org:phone',
    );
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((interaction) => interaction.type === 'call')).toBe(true);
    for (const interaction of added) {
      const [start, end] = interaction.targetSpan;
      expect(interaction.evidence.slice(start, end).length).toBeGreaterThan(0);
    }
  });
});

describe('an added name containing a known one', () => {
  it('wins over the shorter mention inside it, and the interactions read from that mention go', () => {
    const article = {
      ...fixtureArticles[0]!,
      text: 'Friends of Socialist China met Russian officials in Moscow.',
    };
    const extraction = {
      articleId: article.id,
      entities: [],
      mentions: [
        { key: 'country:CHN', start: 21, end: 26 },
        { key: 'country:RUS', start: 31, end: 38 },
      ],
      interactions: [
        {
          source: 'country:CHN',
          target: 'country:RUS',
          directed: true,
          type: 'meeting' as const,
          evidence: article.text,
          sourceSpan: [21, 26] as [number, number],
          targetSpan: [31, 38] as [number, number],
        },
      ],
    };
    const overrides = parseOverrides(
      JSON.stringify({
        entities: [{ id: 'org:fosc', label: 'Friends of Socialist China', type: 'organization' }],
      }),
      'x.json',
    );
    const result = addCustomMentions(article, extraction, overrides);
    expect(result.mentions.map((mention) => mention.key)).toEqual(['org:fosc', 'country:RUS']);
    expect(result.interactions).toEqual([
      expect.objectContaining({
        source: 'org:fosc',
        target: 'country:RUS',
        type: 'meeting',
        sourceSpan: [0, 26],
      }),
    ]);
  });
});

describe('getUnknownOverrideIds', () => {
  it('names merges and drops that match no entity', () => {
    const overrides = parseOverrides(
      JSON.stringify({
        merge: [{ from: 'org:nope', into: 'country:CHN' }],
        drop: ['person:nobody', 'person:wang-yi'],
      }),
      'x.json',
    );
    expect(getUnknownOverrideIds(createFixtureResolution(), overrides)).toEqual([
      'org:nope',
      'person:nobody',
    ]);
  });
});

describe('applyOverrides', () => {
  it('merges, drops and patches entities, and the bundle follows', () => {
    const overrides = parseOverrides(
      JSON.stringify({
        entities: [
          { id: 'person:wang-yi', role: 'Foreign Minister', country: 'country:CHN', aliases: ['Wang'] },
        ],
        merge: [{ from: 'country:NOR', into: 'country:CHN' }],
        drop: ['person:espen-barth-eide'],
      }),
      'x.json',
    );
    const resolution = applyOverrides(createFixtureResolution(), overrides);
    expect(resolution.entities.get('person:wang-yi')).toMatchObject({
      role: 'Foreign Minister',
      country: 'country:CHN',
      aliases: ['Wang'],
    });
    expect(resolution.entities.has('country:NOR')).toBe(false);
    expect(resolution.entities.get('country:CHN')?.aliases).toContain('Norway');
    expect(resolution.canonicalKey('country:NOR')).toBe('country:CHN');
    expect(resolution.canonicalKey('person:xi')).toBe('person:xi-jinping');

    const bundle = assembleBundle({
      id: 'fixture',
      title: 'Fixture',
      articles: fixtureArticles,
      extractions: fixtureExtractions,
      resolution,
      skipped: [],
      problems: [],
    });
    const keys = bundle.graph.nodes.map((node) => node.key);
    expect(keys).not.toContain('person:espen-barth-eide');
    expect(keys).not.toContain('country:NOR');
    expect(bundle.interactions.some((interaction) => interaction.source === 'person:espen-barth-eide')).toBe(
      false,
    );
  });
});
