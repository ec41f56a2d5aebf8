// The `entente` commands end to end on small inputs: exit codes, files written, and what is printed.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readBundleFile } from '../io/bundle-files.ts';
import { main } from './cli.ts';

let folder = '';
let output = '';
let errors = '';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'entente-cli-'));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    output += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    errors += String(chunk);
    return true;
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<number> {
  output = '';
  errors = '';
  return main(argv);
}

describe('entente build', () => {
  it('builds a JSONL corpus, writes the bundle and an index beside it, and prints a summary', async () => {
    const corpus = join(folder, 'corpus.jsonl');
    await writeFile(
      corpus,
      [
        JSON.stringify({
          id: 'a1',
          title: 'Call',
          date: '2024-02-08',
          text: 'Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin.',
        }),
        JSON.stringify({
          id: 'a2',
          title: 'No date',
          text: 'Norwegian Foreign Minister Espen Barth Eide met Wang Yi.',
        }),
        '{"id": "broken"',
      ].join('\n'),
    );
    const out = join(folder, 'graphs', 'tiny.json');
    expect(await run('build', corpus, '--out', out, '--title', 'Tiny')).toBe(0);
    const bundle = await readBundleFile(out);
    expect((await readdir(join(folder, 'graphs'))).sort()).toEqual([
      'index.json',
      'tiny.columns.bin',
      'tiny.details.0.json',
      'tiny.json',
      'tiny.report.json',
    ]);
    expect(bundle.meta).toMatchObject({ id: 'tiny', title: 'Tiny' });
    expect(bundle.meta.report).toMatchObject({ read: 2, used: 2, skipped: 0 });
    expect(bundle.meta.report.problems).toHaveLength(1);
    expect(bundle.meta.report.problems[0]?.line).toBe(3);
    const index = JSON.parse(await readFile(join(folder, 'graphs', 'index.json'), 'utf8'));
    expect(index).toMatchObject({ default: 'tiny', graphs: [{ id: 'tiny', file: 'tiny.json' }] });
    expect(output).toMatch(/articles\s+2 \(1 undated\)/);
    expect(output).toContain(`Wrote ${out}`);
    expect(output).toMatch(/corpus\.jsonl:3/);
  });

  it('fails with exit code 1 and writes nothing under --strict when an input is bad', async () => {
    const out = join(folder, 'strict.json');
    expect(await run('build', join(folder, 'corpus.jsonl'), '--out', out, '--strict', '--no-index')).toBe(1);
    expect(errors).toMatch(/--strict: 1 input problem/);
    await expect(readFile(out, 'utf8')).rejects.toThrow();
  });

  it('exits non-zero with a clear message on unusable input', async () => {
    expect(await run('build', join(folder, 'missing'), '--out', join(folder, 'x.json'))).toBe(2);
    expect(errors).toMatch(/no such file or folder: .*missing/);
    const empty = join(folder, 'empty.jsonl');
    await writeFile(empty, '');
    expect(await run('build', empty, '--out', join(folder, 'y.json'))).toBe(1);
    expect(errors).toMatch(/no usable articles/);
    expect(await run('build', empty, '--out', join(folder, 'bundle.txt'))).toBe(2);
    expect(errors).toMatch(/--out must name a \.json file/);
  });
});

describe('entente export and inspect', () => {
  it('exports the four CSV tables', async () => {
    const out = join(folder, 'csv');
    expect(await run('export', join(folder, 'graphs', 'tiny.json'), '--format', 'csv', '--out', out)).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'articles.csv',
      'interactions.csv',
      'mentions.csv',
      'nodes.csv',
    ]);
    const interactions = await readFile(join(out, 'interactions.csv'), 'utf8');
    expect(interactions.split('\r\n')[0]).toBe('source,target,date,type,article,evidence');
    expect(interactions).toContain('person:vladimir-putin');
    expect(await run('export', join(folder, 'graphs', 'tiny.json'), '--format', 'xml', '--out', out)).toBe(2);
  });

  it('prints counts, top entities and problems', async () => {
    expect(await run('inspect', join(folder, 'graphs', 'tiny.json'))).toBe(0);
    expect(output).toContain('Tiny (tiny)');
    expect(output).toContain('Top entities');
    expect(output).toContain('Xi Jinping');
    expect(output).toMatch(/Input problems \(1\)/);
    expect(output).toContain('Files (4):');
    expect(output).toMatch(/tiny\.columns\.bin\s+columns/);
    expect(output).toMatch(/core \(manifest \+ columns\)\s+.*\d+\.\d\d bytes\/interaction/);
    expect(output).toMatch(/all files\s+.*bytes\/interaction/);
  });

  it('names the file when a bundle is broken', async () => {
    const broken = join(folder, 'broken.json');
    await writeFile(broken, '{"format": "entente-bundle", "version": 1, "meta": ');
    expect(await run('inspect', broken)).toBe(1);
    expect(errors).toMatch(/broken\.json is not valid JSON/);
  });

  it('names the file of a version 2 bundle that does not fit its manifest', async () => {
    const columns = join(folder, 'graphs', 'tiny.columns.bin');
    const bytes = await readFile(columns);
    await writeFile(columns, bytes.subarray(0, bytes.length - 4));
    expect(await run('inspect', join(folder, 'graphs', 'tiny.json'))).toBe(1);
    expect(errors).toMatch(/tiny\.columns\.bin.*truncated/);
    await writeFile(columns, bytes);
  });
});
