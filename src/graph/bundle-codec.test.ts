import { describe, expect, it } from 'vitest';
import { BundleError, parseBundle, type Bundle } from './bundle.ts';
import { createTestBundle } from './test-bundle.ts';
import { INTERACTION_TYPES, type InteractionType } from './vocabulary.ts';
import {
  UNDATED,
  decodeBundle,
  decodeColumns,
  encodeBundle,
  getDigest,
  getInteractionCore,
  parseDetailsChunk,
  parseManifest,
  parseReportFile,
} from './bundle-codec.ts';
import { parseDayNumber } from './dates.ts';

/** The test bundle with every field the columns pack: types, direction both ways, event dates, spans. */
function createVariedBundle(): Bundle {
  const bundle = createTestBundle();
  bundle.interactions.forEach((interaction, at) => {
    interaction.type = INTERACTION_TYPES[(at * 5) % INTERACTION_TYPES.length] as InteractionType;
    interaction.directed = at % 2 === 0;
    if (at === 1) interaction.eventDate = '2024-01-30';
  });
  // Written from the end whose key sorts last, so the pair is stored reversed.
  const first = bundle.interactions[0] as Bundle['interactions'][number];
  [first.source, first.target] = ['xi', 'putin'];
  return parseBundle(bundle);
}
const seeds = createVariedBundle();

function roundTrip(bundle: Bundle): Bundle {
  const encoded = encodeBundle(bundle);
  const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  const manifest = parseManifest(json(encoded.manifest));
  const columns = decodeColumns(manifest, encoded.columns);
  const details = encoded.details.map((chunk, index) => parseDetailsChunk(manifest, index, json(chunk)));
  return decodeBundle(manifest, columns, details, parseReportFile(manifest, json(encoded.report)));
}

describe('bundle codec', () => {
  it('round-trips a bundle exactly', () => {
    const decoded = roundTrip(seeds);
    expect(decoded.interactions).toEqual(seeds.interactions);
    expect(decoded.articles).toEqual(seeds.articles);
    expect(decoded.mentions).toEqual(seeds.mentions);
    expect(decoded.meta).toEqual(seeds.meta);
    expect(decoded.graph.nodes).toEqual(seeds.graph.nodes);
    // Edge keys are derived from the pair (the pipeline's own keys), weights recounted from the columns.
    const ends = (bundle: Bundle) =>
      bundle.graph.edges.map(({ source, target, attributes }) => [source, target, attributes.weight]);
    expect(ends(decoded)).toEqual(ends(seeds));
    expect(decoded.graph.edges.map((edge) => edge.key)).toEqual(
      seeds.graph.edges.map((edge) => `${edge.source}|${edge.target}`),
    );
  });

  it('stores 4 bytes an interaction plus the pairs and per-day counts', () => {
    const { manifest, columns } = encodeBundle(seeds);
    const { pairs, interactions, days } = manifest.columns;
    expect(columns.byteLength).toBe(4 * interactions + 8 * pairs + 4 * days);
    expect(interactions).toBe(seeds.interactions.length);
  });

  it('keeps day order with undated interactions last, and the ends and direction of each interaction', () => {
    const { manifest, columns: bytes } = encodeBundle(seeds);
    const columns = decodeColumns(manifest, bytes);
    for (let position = 1; position < columns.days.length; position++) {
      expect(columns.days[position]).toBeGreaterThanOrEqual(columns.days[position - 1] as number);
    }
    seeds.interactions.forEach((interaction, position) => {
      const core = getInteractionCore(columns, position);
      expect(core).toMatchObject({
        source: interaction.source,
        target: interaction.target,
        type: interaction.type,
        directed: interaction.directed,
        date: interaction.date,
      });
      expect(columns.days[position]).toBe(interaction.date ? parseDayNumber(interaction.date) : UNDATED);
    });
  });

  it('rejects a truncated columns file, and files from another build', () => {
    const { manifest, columns, details } = encodeBundle(seeds);
    expect(() => decodeColumns(manifest, columns.slice(0, columns.length - 4))).toThrow(/truncated/);
    const altered = columns.slice();
    altered[altered.length - 1] = (altered[altered.length - 1] as number) ^ 1;
    expect(() => decodeColumns(manifest, altered)).toThrow(/different builds/);
    const foreign = { ...details[0], digest: getDigest(new Uint8Array([1])) };
    expect(() => parseDetailsChunk(manifest, 0, foreign)).toThrow(BundleError);
  });

  it('rejects out-of-range pair indices even when the digest matches', () => {
    const { manifest, columns } = encodeBundle(seeds);
    const broken = columns.slice();
    new DataView(broken.buffer).setUint32(broken.length - 4, 0xffffffc0, true);
    const tampered = { ...manifest, columns: { ...manifest.columns, digest: getDigest(broken) } };
    expect(() => decodeColumns(tampered, broken)).toThrow(/interaction \d+ has pair/);
  });

  it('keeps each evidence sentence once per details file, however many interactions it carries', () => {
    const [chunk] = encodeBundle(createTestBundle()).details;
    expect(chunk?.sentences.length).toBeLessThan(chunk?.interactions.length ?? 0);
    expect(new Set(chunk?.sentences).size).toBe(chunk?.sentences.length);
  });

  it('names the first invalid field of a manifest', () => {
    const { manifest } = encodeBundle(seeds);
    expect(() => parseManifest({ ...manifest, nodes: 'none' })).toThrow(/nodes/);
  });
});
