import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BundleError, parseBundle, type Bundle } from './bundle.ts';
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

const seeds = parseBundle(JSON.parse(readFileSync('e2e/fixtures/seeds-v1.json', 'utf8')) as unknown);

function roundTrip(bundle: Bundle): Bundle {
  const encoded = encodeBundle(bundle);
  const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  const manifest = parseManifest(json(encoded.manifest));
  const columns = decodeColumns(manifest, encoded.columns);
  const details = encoded.details.map((chunk, index) => parseDetailsChunk(manifest, index, json(chunk)));
  return decodeBundle(manifest, columns, details, parseReportFile(manifest, json(encoded.report)));
}

describe('bundle codec', () => {
  it('round-trips the seed bundle exactly', () => {
    expect(roundTrip(seeds)).toEqual(seeds);
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
    altered[altered.length - 1] ^= 1;
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

  it('names the first invalid field of a manifest', () => {
    const { manifest } = encodeBundle(seeds);
    expect(() => parseManifest({ ...manifest, nodes: 'none' })).toThrow(/nodes/);
  });
});
