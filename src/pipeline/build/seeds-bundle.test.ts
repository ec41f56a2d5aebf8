// Guards determinism and freshness at once: rebuilding the seed corpus with the exact command in
// package.json (`npm run build:seeds`) must reproduce every committed file of the seeds bundle in
// data/graphs/ (manifest, columns, details slices, report) byte for byte, and no other file.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../cli/cli.ts';

/** Splits the npm script into arguments (double-quoted words allowed). */
function toArguments(script: string): string[] {
  return [...script.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
}

/** The files of the seeds bundle: the manifest and the files named after its id. */
function isSeedsFile(name: string): boolean {
  return name.startsWith('seeds.');
}

describe('the committed seeds bundle', () => {
  let folder = '';
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('is exactly what `npm run build:seeds` produces', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    const args = toArguments(manifest.scripts['build:seeds'] ?? '');
    expect(args.slice(0, 3)).toEqual(['node', 'src/pipeline/cli/entente.mjs', 'build']);
    const outIndex = args.indexOf('--out');
    expect(args[outIndex + 1]).toBe('data/graphs/seeds.json');

    folder = await mkdtemp(join(tmpdir(), 'entente-seeds-'));
    const rebuilt = join(folder, 'seeds.json');
    args[outIndex + 1] = rebuilt;
    const exitCode = await main([...args.slice(2), '--no-index']);
    expect(exitCode).toBe(0);

    const freshFiles = (await readdir(folder)).sort();
    const committedFiles = (await readdir('data/graphs')).filter(isSeedsFile).sort();
    expect(freshFiles).toEqual([
      'seeds.columns.bin',
      'seeds.details.0.json',
      'seeds.json',
      'seeds.report.json',
    ]);
    expect(committedFiles).toEqual(freshFiles);
    for (const name of freshFiles) {
      const committed = await readFile(join('data/graphs', name));
      const fresh = await readFile(join(folder, name));
      expect(fresh.byteLength, name).toBe(committed.byteLength);
      expect(fresh.equals(committed), `${name} differs from the committed one`).toBe(true);
    }
  });
});
