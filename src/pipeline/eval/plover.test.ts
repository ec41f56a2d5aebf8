import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, SourceArticle } from '../types.ts';
import { evaluatePlover, getPloverPairs, parsePloverFile } from './plover.ts';
import type { PloverRecord } from './plover.ts';

const SAMPLE = `[
{ "id": "DOC", "event": "DOCUMENT", "comment": "no text, left out", },
{ "id": "A1", "date": "2000-01-01", "event": "AGREE", "text": "Hungary and Romania agreed, {odd, text,]}",
  "source": [{"actorText": "Hungarian", "code": "HUN"}, {"actorText": "Romanian", "code": "ROU"},], "target": "", },
{ "id": "A2", "event": "THREATEN", "text": "Iran threatened Japan.",
  "source": [{"actorText": "Iran", "code": "IRN"}], "target": [{"actorText": "Tokyo", "code": "JAP"}, {"actorText": "UN", "code": "IGO"}], },
]`;

function record(partial: Partial<PloverRecord>): PloverRecord {
  return { id: 'r', event: 'AGREE', text: '', date: null, source: [], target: [], ...partial };
}

describe('parsePloverFile', () => {
  it('strips trailing commas outside strings only and leaves records without text out', () => {
    const records = parsePloverFile(SAMPLE);
    expect(records.map((r) => r.id)).toEqual(['A1', 'A2']);
    expect(records[0]?.text).toBe('Hungary and Romania agreed, {odd, text,]}');
    expect(records[0]?.target).toEqual([]);
    expect(records[0]?.date).toBe('2000-01-01');
  });

  it('throws a located error on a file that is not JSON', () => {
    expect(() => parsePloverFile('{ not json')).toThrow(/^entente\/eval: PLOVER file/);
  });
});

describe('getPloverPairs', () => {
  it('pairs sources with targets, or sources among themselves for SRC/TAR compounds, skipping non-states', () => {
    const [a1, a2] = parsePloverFile(SAMPLE);
    expect(a1 && getPloverPairs(a1)).toEqual(['HUN|ROU']);
    expect(a2 && getPloverPairs(a2)).toEqual(['IRN|JPN']);
    expect(
      getPloverPairs(
        record({ source: [{ code: 'IGO', actorText: 'UN' }], target: [{ code: 'USA', actorText: 'US' }] }),
      ),
    ).toEqual([]);
  });
});

describe('evaluatePlover', () => {
  const fakeExtract = (article: SourceArticle): ArticleExtraction => ({
    articleId: article.id,
    entities: [
      { key: 'country:IRN', type: 'country', label: 'Iran', aliases: [], code: 'IRN' },
      { key: 'person:x', type: 'person', label: 'X', aliases: [], country: 'country:JPN' },
    ],
    mentions: [],
    interactions: [
      {
        source: 'country:IRN',
        target: 'person:x',
        directed: true,
        type: 'threaten',
        evidence: article.text,
        sourceSpan: [0, 1],
        targetSpan: [1, 2],
      },
    ],
  });

  it('counts a pair as found through affiliated people and scores the type against the event', () => {
    const score = evaluatePlover(parsePloverFile(SAMPLE), fakeExtract);
    expect(score).toMatchObject({
      records: 2,
      pairRecords: 2,
      pairFound: 1,
      pairRecall: 0.5,
      typedRecords: 1,
      typeCorrect: 1,
      typeAccuracy: 1,
    });
    expect(score.confusion).toEqual({ THREATEN: { threaten: 1 } });
  });

  // The gold file lives in shared/ beside the checkout, as in CI.
  const goldFile = resolve('..', 'shared/eval/plover/PLOVER_GSR_CAMEO.txt');
  it.skipIf(!existsSync(goldFile))(
    'meets its goals on the PLOVER gold file with the real extract stage',
    () => {
      const records = parsePloverFile(readFileSync(goldFile, 'utf8'));
      const score = evaluatePlover(records);
      expect(score.pairRecords).toBeGreaterThan(150);
      expect(score.pairRecall).toBeGreaterThanOrEqual(0.7);
      expect(score.typeAccuracy).toBeGreaterThanOrEqual(0.6);
    },
  );
});
