import { describe, expect, it } from 'vitest';
import { assembleBundle } from '../build/assemble-bundle.ts';
import { createFixtureResolution, fixtureArticles, fixtureExtractions } from '../build/test-fixtures.ts';
import { CSV_COLUMNS, toCsvField, toCsvTables } from '../../graph/csv.ts';

const bundle = assembleBundle({
  id: 'fixture',
  title: 'Fixture',
  articles: fixtureArticles,
  extractions: fixtureExtractions,
  resolution: createFixtureResolution(),
  skipped: [],
  problems: [],
});

describe('toCsvField', () => {
  it('quotes commas, quotes and line breaks and leaves plain text alone', () => {
    expect(toCsvField('plain')).toBe('plain');
    expect(toCsvField('a, b')).toBe('"a, b"');
    expect(toCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(toCsvField('two\nlines')).toBe('"two\nlines"');
    expect(toCsvField(null)).toBe('');
    expect(toCsvField(3)).toBe('3');
  });
});

describe('toCsvTables', () => {
  const tables = toCsvTables(bundle);

  it('writes the stable header rows', () => {
    expect(tables.articles.split('\r\n')[0]).toBe('id,title,date,source,file');
    expect(tables.nodes.split('\r\n')[0]).toBe('id,label,type,code,aliases,country,role,mentions');
    expect(tables.interactions.split('\r\n')[0]).toBe('source,target,date,type,article,evidence');
    expect(tables.mentions.split('\r\n')[0]).toBe('article,node,count');
    expect(Object.keys(CSV_COLUMNS)).toEqual(['articles', 'nodes', 'interactions', 'mentions']);
  });

  it('writes one row per record, with aliases joined by | and the country as a node id', () => {
    const nodeRows = tables.nodes.trim().split('\r\n').slice(1);
    expect(nodeRows).toHaveLength(bundle.graph.nodes.length);
    expect(nodeRows).toContain('person:xi-jinping,Xi Jinping,person,,Xi,country:CHN,President,1');
    expect(nodeRows).toContain('country:CHN,China,country,CHN,Chinese,,,1');
    expect(tables.interactions).toContain(
      'person:xi-jinping,person:vladimir-putin,2024-02-08,call,a1,Chinese President Xi Jinping held a phone call with Vladimir Putin.',
    );
    expect(tables.articles).toContain('a2,Eide visits Beijing,,,corpus/page.txt');
    expect(tables.mentions).toContain('a1,person:xi-jinping,1');
  });
});
