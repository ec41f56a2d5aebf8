import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  evaluateReutersCountries,
  getArticleCountryCodes,
  getDocumentCounts,
  getLeadEnd,
  toCountryScore,
} from './reuters-countries.ts';

const SAMPLE = [
  {
    id: 'r1',
    date: '1987-03-02',
    title: 'JAPAN SAYS TRADE SURPLUS WITH U.S. NARROWS',
    dateline: 'TOKYO, March 2 -',
    text: "Japan's trade surplus with the United States narrowed in February, the Finance Ministry said.\n    Officials said exports of cars fell.",
    tags: { places: ['japan', 'usa'] },
  },
  {
    id: 'r2',
    date: '1987-03-03',
    title: 'SOVIET GRAIN PURCHASES',
    dateline: 'WASHINGTON, March 3 -',
    text: 'Moscow has bought more wheat, the Agriculture Department said.\n    The purchases were priced in U.S. dlrs.',
    tags: { places: ['ussr', 'usa'] },
  },
  {
    id: 'r3',
    date: '1987-03-04',
    title: 'ACME CORP 4TH QTR NET',
    dateline: 'STAMFORD, Conn., March 4 -',
    text: 'Shr 1.10 dlrs vs 90 cts. The company issued 50 mln Australian dlrs of notes earlier.',
    tags: { places: ['usa'] },
  },
  {
    id: 'r4',
    date: '1987-03-05',
    title: 'BUNDESBANK LEAVES RATES UNCHANGED',
    dateline: '',
    text: 'The Bundesbank left its discount rate unchanged, a spokesman said, citing the Paris accord.',
    tags: { places: ['west-germany'] },
  },
  {
    id: 'r5',
    date: '1987-03-06',
    title: 'UNTAGGED NOTE',
    dateline: 'LONDON, March 6 -',
    text: 'Nothing here.',
    tags: { places: [] },
  },
];

const directory = mkdtempSync(join(tmpdir(), 'entente-reuters-'));
const file = join(directory, 'sample.jsonl');
writeFileSync(file, SAMPLE.map((record) => JSON.stringify(record)).join('\n') + '\n');
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('getArticleCountryCodes', () => {
  it('uses the dateline, the title, the lead and national organisations', () => {
    expect([...getArticleCountryCodes(SAMPLE[0]!)].sort()).toEqual(['JPN', 'USA']);
    expect([...getArticleCountryCodes(SAMPLE[3]!)]).toEqual(['DEU']);
  });

  it('maps Moscow to the Soviet Union in 1987 and ignores currencies and events named after cities', () => {
    expect([...getArticleCountryCodes(SAMPLE[1]!)].sort()).toEqual(['SUN', 'USA']);
    expect([...getArticleCountryCodes(SAMPLE[2]!)]).toEqual(['USA']);
  });

  it('keeps passing mentions out unless asked for all countries', () => {
    const article = {
      title: 'OIL PRICES',
      text: 'Prices rose. Traders cited Norway. Iran was quiet.',
      dateline: 'LONDON, March 1 -',
    };
    expect([...getArticleCountryCodes(article)]).toEqual(['GBR']);
    expect([...getArticleCountryCodes(article, { all: true })].sort()).toEqual(['GBR', 'IRN', 'NOR']);
  });
});

describe('getLeadEnd', () => {
  it('ends the lead at the first sentence, not at U.S. or Corp.', () => {
    const text = 'The U.S. Commerce Department and Acme Corp. said sales rose. Later news followed.';
    expect(text.slice(0, getLeadEnd(text))).toBe(
      'The U.S. Commerce Department and Acme Corp. said sales rose.',
    );
  });
});

describe('scoring', () => {
  it('counts true and false positives per document', () => {
    expect(getDocumentCounts(new Set(['USA', 'GBR']), new Set(['USA', 'JPN']))).toEqual({
      tp: 1,
      fp: 1,
      fn: 1,
    });
    expect(toCountryScore(2, 3, 1, 1)).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(toCountryScore(0, 0, 0, 0).f1).toBe(0);
  });

  it('scores a Reuters-like sample, tagged documents only by default', async () => {
    const tagged = await evaluateReutersCountries(file);
    expect(tagged).toMatchObject({
      documents: 4,
      truePositives: 6,
      falsePositives: 0,
      falseNegatives: 0,
      f1: 1,
    });
    const all = await evaluateReutersCountries(file, { includeUntagged: true });
    expect(all).toMatchObject({ documents: 5, falsePositives: 1 });
    const progress: number[] = [];
    const limited = await evaluateReutersCountries(file, {
      limit: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(limited.documents).toBe(2);
    expect(progress).toEqual([1, 2]);
  });

  it('rejects unknown place tags with the file and line', async () => {
    const bad = join(directory, 'bad.jsonl');
    writeFileSync(
      bad,
      JSON.stringify({ id: 'x', title: '', text: '', tags: { places: ['atlantis'] } }) + '\n',
    );
    await expect(evaluateReutersCountries(bad)).rejects.toThrow(
      /bad\.jsonl:1: unknown Reuters place tag "atlantis"/,
    );
  });
});
