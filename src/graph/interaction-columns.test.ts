import { describe, expect, it } from 'vitest';
import type { BundleInteraction } from './bundle.ts';
import {
  fromColumnBytes,
  fromInteractionColumns,
  toColumnBytes,
  toInteractionColumns,
  UNDATED_DAY,
} from './interaction-columns.ts';
import { INTERACTION_TYPES } from './vocabulary.ts';

const edges = [
  { source: 'country:CHN', target: 'person:xi-jinping' },
  { source: 'person:vladimir-putin', target: 'person:xi-jinping' },
];

function interaction(overrides: Partial<BundleInteraction>): BundleInteraction {
  return {
    id: 'i1',
    source: 'person:xi-jinping',
    target: 'person:vladimir-putin',
    directed: true,
    type: 'call',
    date: '2024-02-08',
    article: 'a1',
    evidence: 'Xi Jinping held a phone call with Vladimir Putin.',
    sourceSpan: [0, 10],
    targetSpan: [34, 48],
    ...overrides,
  };
}

const interactions: BundleInteraction[] = [
  interaction({ id: 'i1', eventDate: '2024-02-07' }),
  interaction({
    id: 'i2',
    source: 'person:vladimir-putin',
    target: 'person:xi-jinping',
    type: 'message',
    date: '2024-02-09',
  }),
  interaction({
    id: 'i3',
    source: 'country:CHN',
    target: 'person:xi-jinping',
    directed: false,
    type: 'comention',
    date: '2024-03-01',
  }),
  interaction({ id: 'i4', date: null, type: 'statement' }),
];

describe('interaction columns', () => {
  it('round-trips interactions exactly, direction and event dates included', () => {
    const { columns, evidence } = toInteractionColumns(interactions, edges);
    expect(fromInteractionColumns(columns, evidence, edges)).toEqual(interactions);
  });

  it('stores days from the first date, undated last, and pairs as edge indices', () => {
    const { columns } = toInteractionColumns(interactions, edges);
    expect([...columns.days]).toEqual([0, 1, 22, UNDATED_DAY]);
    expect([...columns.pairs]).toEqual([1, 1, 0, 1]);
    expect(columns.types[2]! & 0x3f).toBe(INTERACTION_TYPES.indexOf('comention'));
  });

  it('packs 7 bytes an interaction and unpacks them', () => {
    const { columns } = toInteractionColumns(interactions, edges);
    const bytes = toColumnBytes(columns);
    expect(bytes.byteLength).toBe(interactions.length * 7);
    expect(fromColumnBytes(bytes, interactions.length, columns.dayZero)).toEqual(columns);
    expect(() => fromColumnBytes(bytes.slice(1), interactions.length, 0)).toThrow(/expected 28 bytes/);
  });

  it('compresses sorted, skewed columns to under 4 bytes an interaction', async () => {
    const manyEdges = Array.from({ length: 100_000 }, (_, index) => ({
      source: `a${index}`,
      target: `b${index}`,
    }));
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const count = 100_000;
    const synthetic: BundleInteraction[] = [];
    for (let index = 0; index < count; index += 1) {
      // A Zipf-like skew: a few pairs hold most interactions.
      const pair = Math.floor(manyEdges.length * random() ** 3);
      const day = Math.floor((index / count) * 3000);
      synthetic.push(
        interaction({
          id: `i${index}`,
          source: manyEdges[pair]!.source,
          target: manyEdges[pair]!.target,
          date: new Date(Date.UTC(2015, 0, 1 + day)).toISOString().slice(0, 10),
          type: INTERACTION_TYPES[Math.floor(random() * INTERACTION_TYPES.length)]!,
        }),
      );
    }
    const bytes = toColumnBytes(toInteractionColumns(synthetic, manyEdges).columns);
    expect(bytes.byteLength / count).toBeLessThanOrEqual(8);
    const gzipped = await new Response(
      new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer();
    expect(gzipped.byteLength / count).toBeLessThanOrEqual(4);
  });

  it('rejects interactions without an edge, out of order, or with unknown codes', () => {
    expect(() => toInteractionColumns([interaction({ target: 'person:nobody' })], edges)).toThrow(
      /no graph edge/,
    );
    expect(() =>
      toInteractionColumns(
        [interaction({ date: '2024-02-09' }), interaction({ id: 'i2', date: '2024-02-08' })],
        edges,
      ),
    ).toThrow(/out of date order/);
    const { columns, evidence } = toInteractionColumns(interactions, edges);
    columns.types[0] = 63;
    expect(() => fromInteractionColumns(columns, evidence, edges)).toThrow(/unknown type code 63/);
  });
});
