// The bundle on disk: the version 2 files are written together (stale slices of an earlier build removed),
// read back to the same bundle, and a damaged or mixed-up file is refused with an error naming it. A
// version 1 single-file bundle is still read.
import { mkdtemp, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../graph/bundle.ts';
import { assembleBundle } from '../build/assemble-bundle.ts';
import { createFixtureResolution, fixtureArticles, fixtureExtractions } from '../build/test-fixtures.ts';
import { readBundleFile, readBundleFromDisk, toBundleJson, writeBundleFiles } from './bundle-files.ts';

let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'entente-bundle-files-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A bundle as the pipeline assembles it; `id` names the files beside the manifest. */
function createBundle(id: string): Bundle {
  return assembleBundle({
    id,
    title: 'Fixture',
    articles: fixtureArticles,
    extractions: fixtureExtractions,
    resolution: createFixtureResolution(),
    skipped: [],
    problems: [],
  });
}

/** The same bundle with other interaction types: another build, so another columns digest. */
function createOtherBuild(id: string): Bundle {
  const bundle = createBundle(id);
  return {
    ...bundle,
    interactions: bundle.interactions.map((interaction) => ({ ...interaction, type: 'statement' })),
  };
}

describe('writeBundleFiles', () => {
  it('writes the manifest, columns, details and report, and reads them back as the same bundle', async () => {
    const out = join(folder, 'one', 'tiny.json');
    const bundle = createBundle('tiny');
    const written = await writeBundleFiles(out, bundle);
    expect(written.map((entry) => entry.role)).toEqual(['columns', 'details', 'report', 'manifest']);
    expect((await readdir(join(folder, 'one'))).sort()).toEqual([
      'tiny.columns.bin',
      'tiny.details.0.json',
      'tiny.json',
      'tiny.report.json',
    ]);
    const manifestText = await readFile(out, 'utf8');
    expect(manifestText).toBe(`${JSON.stringify(JSON.parse(manifestText))}\n`);
    const onDisk = await readBundleFromDisk(out);
    expect(onDisk.version).toBe(2);
    expect(onDisk.bundle).toEqual(bundle);
    expect(onDisk.files.map((entry) => entry.role)).toEqual(['manifest', 'columns', 'details', 'report']);
    for (const entry of written) {
      expect(onDisk.files.find((file) => file.file === entry.file)?.bytes).toBe(entry.bytes);
    }
  });

  it('removes the details slices an earlier build of the same id left behind, and nothing else', async () => {
    const sub = join(folder, 'stale');
    const out = join(sub, 'tiny.json');
    await writeBundleFiles(out, createBundle('tiny'));
    await writeFile(join(sub, 'tiny.details.7.json'), '{}\n');
    await writeFile(join(sub, 'other.details.7.json'), '{}\n');
    await writeBundleFiles(out, createBundle('tiny'));
    expect((await readdir(sub)).sort()).toEqual([
      'other.details.7.json',
      'tiny.columns.bin',
      'tiny.details.0.json',
      'tiny.json',
      'tiny.report.json',
    ]);
  });
});

describe('readBundleFile', () => {
  it('still reads a version 1 single-file bundle', async () => {
    const file = join(folder, 'v1.json');
    const bundle = createBundle('v1');
    await writeFile(file, toBundleJson(bundle));
    expect(await readBundleFile(file)).toEqual(bundle);
    expect((await readBundleFromDisk(file)).files).toEqual([
      { file, role: 'bundle', bytes: Buffer.byteLength(toBundleJson(bundle)) },
    ]);
  });

  it('names a truncated columns file', async () => {
    const out = join(folder, 'truncated', 'tiny.json');
    await writeBundleFiles(out, createBundle('tiny'));
    const columns = join(folder, 'truncated', 'tiny.columns.bin');
    await truncate(columns, (await stat(columns)).size - 4);
    await expect(readBundleFile(out)).rejects.toThrow(/tiny\.columns\.bin.*truncated/);
  });

  it('names a details file that comes from another build', async () => {
    const current = join(folder, 'mixed', 'tiny.json');
    const other = join(folder, 'other', 'tiny.json');
    await writeBundleFiles(current, createBundle('tiny'));
    await writeBundleFiles(other, createOtherBuild('tiny'));
    const details = join(folder, 'mixed', 'tiny.details.0.json');
    await writeFile(details, await readFile(join(folder, 'other', 'tiny.details.0.json')));
    await expect(readBundleFile(current)).rejects.toThrow(
      new RegExp(
        `${details.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*tiny\\.details\\.0\\.json.*another build`,
      ),
    );
  });

  it('names a missing details file and a report that is not JSON', async () => {
    const out = join(folder, 'missing', 'tiny.json');
    await writeBundleFiles(out, createBundle('tiny'));
    const report = join(folder, 'missing', 'tiny.report.json');
    await writeFile(report, '{"format": ');
    await expect(readBundleFile(out)).rejects.toThrow(/tiny\.report\.json is not valid JSON/);
    await rm(join(folder, 'missing', 'tiny.details.0.json'));
    await expect(readBundleFile(out)).rejects.toThrow(/cannot read bundle details .*tiny\.details\.0\.json/);
  });
});
