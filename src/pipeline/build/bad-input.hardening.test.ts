// The promise "nothing lost, nothing injected" on bad input: every article given to `entente build` is in
// the graph or listed with the reason it is not, one line per broken input names the file (and the JSONL
// line), a broken file never takes the build down, `--strict` turns those lines into a failing exit that
// writes nothing, and an interrupted build leaves no bundle or temporary file behind.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, watch } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Bundle } from '../../graph/bundle.ts';
import { main } from '../cli/cli.ts';
import { readBundleFile } from '../io/bundle-files.ts';
import { ingestPaths } from '../ingest/index.ts';
import { MAX_ARTICLE_CHARS } from '../ingest/jsonl-parser.ts';
import { runBuild } from './run-build.ts';

const CORPUS = 'e2e/fixtures/bad-corpus';
const at = (name: string): string => `${CORPUS}/${name}`;

/** Every report entry as one line, the way a user would read it. */
function toReportLines(bundle: Bundle): { articles: string[]; problems: string[] } {
  const { report } = bundle.meta;
  return {
    articles: report.articles.map(
      (entry) =>
        `${entry.file}:${entry.line ?? '-'} ${entry.id} ${entry.status}${entry.reason ? ` (${entry.reason})` : ''}`,
    ),
    problems: report.problems.map((problem) => `${problem.file}:${problem.line ?? '-'} ${problem.reason}`),
  };
}

function expectAccountingHolds(bundle: Bundle): void {
  const { report } = bundle.meta;
  expect(report.read).toBe(report.used + report.skipped);
  expect(report.read).toBe(report.articles.length);
  expect(report.used).toBe(report.articles.filter((entry) => entry.status === 'used').length);
  expect(Object.values(report.skippedByReason).reduce((sum, count) => sum + count, 0)).toBe(report.skipped);
  // Articles that reached the graph are exactly the ones the report lists as read from the extractor.
  expect(bundle.articles.map((article) => article.id)).toEqual(
    report.articles.slice(0, bundle.articles.length).map((entry) => entry.id),
  );
}

function getNodesOf(bundle: Bundle, articleId: string): string[] {
  return bundle.mentions.filter((mention) => mention.article === articleId).map((mention) => mention.node);
}

describe('entente build over e2e/fixtures/bad-corpus', () => {
  let bundle: Bundle;

  beforeAll(async () => {
    ({ bundle } = await runBuild([CORPUS], { id: 'bad-corpus', title: 'Bad corpus', workers: 1 }));
  });

  it('lists every article read, used or skipped with its reason', () => {
    expect(toReportLines(bundle).articles).toEqual([
      `${at('articles.jsonl')}:1 ok-1 used`,
      `${at('articles.jsonl')}:4 bad-date used (undated)`,
      `${at('articles.jsonl')}:5 year-zero used (undated)`,
      `${at('articles.jsonl')}:6 year-3000 used (undated)`,
      `${at('articles.jsonl')}:8 undated used (undated)`,
      `${at('crlf.txt')}:1 crlf#1 used (undated)`,
      `${at('deeply-nested.html')}:1 deeply-nested#1 used (undated)`,
      `${at('invalid-utf8.txt')}:1 invalid-utf8#1 used (undated)`,
      `${at('utf16-bom.txt')}:1 utf16-bom#1 used (undated)`,
      `${at('articles.jsonl')}:7 ok-1 skipped (duplicate id: ok-1 (first seen at ${at('articles.jsonl')}:1))`,
    ]);
    expect(bundle.meta.report.skippedByReason).toEqual({ 'duplicate id': 1 });
  });

  it('gives one line per broken input, naming the file, the JSONL line and the reason', () => {
    expect(toReportLines(bundle).problems).toEqual([
      expect.stringMatching(
        /^e2e\/fixtures\/bad-corpus\/articles\.jsonl:2 not valid JSON \(.*position 37.*\)$/,
      ),
      `${at('articles.jsonl')}:3 missing "text" field (or not a string)`,
      `${at('articles.jsonl')}:4 bad date: date "2024-13-45" is not a real calendar date; article kept, dated from its text`,
      `${at('articles.jsonl')}:5 bad date: date "0000-01-01" is out of range (1800-2100); article kept, dated from its text`,
      `${at('articles.jsonl')}:6 bad date: date "3000-01-01" is out of range (1800-2100); article kept, dated from its text`,
      `${at('articles.jsonl')}:10 not a JSON object`,
      `${at('binary.txt')}:- binary file (not text)`,
      `${at('deeply-nested.html')}:1 HTML too deeply nested or too large for main-text detection (5003 levels, 5005 elements); whole body read`,
      `${at('empty.txt')}:- empty file`,
      `${at('invalid-utf8.txt')}:3 invalid UTF-8 (first at line 3), decoded with replacement characters (articles kept)`,
      expect.stringMatching(
        /^e2e\/fixtures\/bad-corpus\/nested\/loop:- symlink loop or repeated folder \(.*bad-corpus already read\); not followed$/,
      ),
      `${at('notes.docx')}:- unsupported file type .docx; expected .txt, .html, .htm or .jsonl`,
    ]);
  });

  it('accounts for every input: read = used + skipped, every JSONL line and every file named', async () => {
    expectAccountingHolds(bundle);
    expect(bundle.meta.report).toMatchObject({ read: 10, used: 9, skipped: 1 });

    const { report } = bundle.meta;
    const jsonlLines = (await readFile(at('articles.jsonl'), 'utf8')).split('\n');
    const nonBlank = jsonlLines.flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
    const named = new Set(
      [...report.articles, ...report.problems]
        .filter((entry) => entry.file === at('articles.jsonl'))
        .map((entry) => entry.line),
    );
    expect(nonBlank.filter((line) => !named.has(line))).toEqual([]);

    // Every entry that is not a real folder (files, and the symlink that loops), at any depth.
    const entries = await readdir(CORPUS, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => !entry.isDirectory())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    expect(files).toContain(at('nested/loop'));
    const mentioned = new Set([...report.articles, ...report.problems].map((entry) => entry.file));
    expect(files.filter((file) => !mentioned.has(file))).toEqual([]);
  });

  it('keeps the good articles of broken files, decoded correctly, with their names found', async () => {
    expect(getNodesOf(bundle, 'ok-1')).toEqual(
      expect.arrayContaining(['person:vladimir-putin', 'person:xi-jinping']),
    );
    expect(bundle.articles.find((article) => article.id === 'ok-1')).toMatchObject({
      title: 'Putin and Xi talk',
      date: '2024-02-08',
    });
    expect(getNodesOf(bundle, 'year-zero')).toContain('person:narendra-modi');
    expect(getNodesOf(bundle, 'year-3000')).toEqual(
      expect.arrayContaining(['person:emmanuel-macron', 'person:olaf-scholz']),
    );
    expect(getNodesOf(bundle, 'crlf#1')).toEqual(
      expect.arrayContaining(['person:vladimir-putin', 'person:xi-jinping']),
    );
    expect(getNodesOf(bundle, 'utf16-bom#1')).toEqual(
      expect.arrayContaining(['person:wang-yi', 'person:espen-barth-eide']),
    );
    expect(getNodesOf(bundle, 'deeply-nested#1')).toEqual(
      expect.arrayContaining(['person:xi-jinping', 'person:nguyen-phu-trong']),
    );
    expect(getNodesOf(bundle, 'invalid-utf8#1')).toEqual(
      expect.arrayContaining(['person:xi-jinping', 'person:vladimir-putin']),
    );

    const { articles } = await ingestPaths([
      at('crlf.txt'),
      at('utf16-bom.txt'),
      at('invalid-utf8.txt'),
      at('deeply-nested.html'),
    ]);
    const textOf = (id: string): string => articles.find((article) => article.id === id)?.text ?? '';
    expect(textOf('crlf#1')).not.toContain('\r');
    expect(textOf('crlf#1')).toContain(
      'Russian President Vladimir Putin spoke by phone with Chinese President Xi Jinping on Saturday.\n\nThe two leaders agreed to deepen cooperation.',
    );
    expect(articles.find((article) => article.id === 'utf16-bom#1')?.title).toBe('UTF-16 page');
    expect(textOf('utf16-bom#1')).toContain(
      'Chinese Foreign Minister Wang Yi met Norwegian Foreign Minister Espen Barth Eide in Beijing on Friday.',
    );
    for (const stray of ['\u0000', '\uFEFF', '\uFFFD']) expect(textOf('utf16-bom#1')).not.toContain(stray);
    // The two invalid bytes become two replacement characters; the valid em dash around them survives.
    expect(textOf('invalid-utf8#1')).toContain('—');
    expect(textOf('invalid-utf8#1')).toContain(
      'Xi Jinping held talks with Vladimir Putin \uFFFD\uFFFD in Beijing.',
    );
    expect(textOf('deeply-nested#1')).toBe(
      'Chinese President Xi Jinping met Vietnamese leader Nguyen Phu Trong in Hanoi.',
    );
  });

  it('injects nothing: no node, interaction or article comes from a rejected line or file', () => {
    const ids = bundle.articles.map((article) => article.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rejected of ['broken', 'no-text']) expect(ids).not.toContain(rejected);
    // The duplicate's Espen Barth Eide comes only from the UTF-16 page, never from the skipped line 7.
    const articleIds = new Set(ids);
    for (const interaction of bundle.interactions) expect(articleIds.has(interaction.article)).toBe(true);
    for (const mention of bundle.mentions) expect(articleIds.has(mention.article)).toBe(true);
    expect(bundle.articles.find((article) => article.id === 'ok-1')?.line).toBe(1);
  });
});

describe('entente build on the bad corpus from the command line', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'entente-bad-cli-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function runQuietly(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    try {
      return { code: await main(argv), stdout, stderr };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  it('--strict exits 1, writes nothing and names each bad input', async () => {
    const out = join(folder, 'strict.json');
    const { code, stderr } = await runQuietly(['build', CORPUS, '--out', out, '--strict', '--no-index']);
    expect(code).toBe(1);
    expect(await readdir(folder)).toEqual([]);
    expect(stderr).toContain('entente build --strict: 13 input problem(s); nothing written.');
    expect(stderr).toContain(`  ${at('articles.jsonl')}:3: missing "text" field (or not a string)`);
    expect(stderr).toContain(`  ${at('notes.docx')}: unsupported file type .docx`);
    expect(stderr).toContain(`  ${at('articles.jsonl')}:7: duplicate id: ok-1`);
  });

  it('without --strict exits 0 and writes a valid bundle whose printed counts add up', async () => {
    const out = join(folder, 'lenient.json');
    const { code, stdout } = await runQuietly(['build', CORPUS, '--out', out, '--no-index']);
    expect(code).toBe(0);
    expect((await readdir(folder)).sort()).toEqual([
      'lenient.columns.bin',
      'lenient.details.0.json',
      'lenient.json',
      'lenient.report.json',
    ]);
    const written = await readBundleFile(out);
    expectAccountingHolds(written);
    const { read, used, skipped } = written.meta.report;
    expect(stdout).toContain(`read ${read}, used ${used}, skipped ${skipped}`);
    expect(stdout).toContain(`${at('notes.docx')}`);
    for (const name of await readdir(folder)) await rm(join(folder, name));
  });
});

describe('a 50 MB single-line JSONL file', () => {
  let folder = '';
  const hugeChars = 50 * 1024 * 1024;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'entente-huge-line-'));
    const stream = createWriteStream(join(folder, 'huge.jsonl'));
    const write = async (chunk: string): Promise<void> => {
      if (!stream.write(chunk)) await once(stream, 'drain');
    };
    await write(
      `${JSON.stringify({ id: 'before', date: '2024-02-08', text: 'Chinese President Xi Jinping met Vladimir Putin.' })}\n`,
    );
    await write('{"id":"huge","title":"Huge line","text":"');
    const sentence = 'Indian Prime Minister Narendra Modi visited Russia. ';
    const chunk = sentence.repeat(Math.ceil((1024 * 1024) / sentence.length)).slice(0, 1024 * 1024);
    for (let written = 0; written < hugeChars; written += chunk.length) await write(chunk);
    await write('"}\n');
    await write(`{"id":"cut","text":"${'x'.repeat(1024 * 1024)}\n`);
    await write(
      `${JSON.stringify({ id: 'after', date: '2024-02-09', text: 'French President Emmanuel Macron called Olaf Scholz.' })}\n`,
    );
    stream.end();
    await once(stream, 'finish');
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('is skipped with its size, the lines around it survive, and the accounting holds', async () => {
    const { bundle } = await runBuild([folder], { id: 'huge', title: 'Huge', workers: 1 });
    const file = join(folder, 'huge.jsonl');
    expectAccountingHolds(bundle);
    expect(bundle.articles.map((article) => article.id)).toEqual(['before', 'after']);
    expect(bundle.meta.report.articles.find((entry) => entry.id === 'huge')).toEqual({
      id: 'huge',
      title: 'Huge line',
      file,
      line: 2,
      status: 'skipped',
      reason: `text too long: ${hugeChars} characters (limit ${MAX_ARTICLE_CHARS})`,
    });
    expect(bundle.meta.report.problems).toEqual([
      { file, line: 3, reason: expect.stringMatching(/^not valid JSON \(/) as unknown },
    ]);
    expect(bundle.meta.report).toMatchObject({ read: 3, used: 2, skipped: 1 });
  }, 30_000);
});

describe('an interrupted build', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'entente-interrupt-'));
    await mkdir(join(folder, 'corpus'));
    await mkdir(join(folder, 'out'));
    const seeds = await readdir('data/corpus/seeds');
    // Enough copies of the seed pages to keep the build busy for a few seconds.
    for (let copy = 1; copy <= 8; copy += 1) {
      for (const seed of seeds)
        await copyFile(join('data/corpus/seeds', seed), join(folder, 'corpus', `c${copy}-${seed}`));
    }
    await writeFile(join(folder, 'corpus', 'notes.docx'), 'not a corpus file');
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  function startBuild(out: string): {
    child: ReturnType<typeof spawn>;
    exited: Promise<[number | null, NodeJS.Signals | null]>;
    getStderr: () => string;
  } {
    const child = spawn(
      process.execPath,
      ['src/pipeline/cli/entente.mjs', 'build', join(folder, 'corpus'), '--out', out, '--no-index'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    return { child, exited, getStderr: () => stderr };
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`leaves no bundle and no temporary file on ${signal} mid-build`, async () => {
      const out = join(folder, 'out', 'out.json');
      const { child, exited, getStderr } = startBuild(out);
      // Interrupt once the build is under way (the corpus is being read or extracted), not before start-up.
      while (!/Extracting|Reading/.test(getStderr()) && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(child.exitCode).toBeNull();
      child.kill(signal);
      const [code, receivedSignal] = await exited;
      expect(code === null ? receivedSignal : code).not.toBe(0);
      expect(await readdir(join(folder, 'out'))).toEqual([]);
    }, 30_000);
  }

  // The narrowest window: the signal lands as soon as the temporary file appears. The CLI's signal handlers
  // remove in-flight temporary files (src/pipeline/io/bundle-files.ts) before exiting.
  it('leaves no temporary file when SIGINT lands while the bundle is being written', async () => {
    const outFolder = join(folder, 'out-race');
    let leftovers: string[] = [];
    // Retry when the signal came too late (the bundle was already renamed into place).
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await rm(outFolder, { recursive: true, force: true });
      await mkdir(outFolder);
      const { child, exited } = startBuild(join(outFolder, 'out.json'));
      const watcher = watch(outFolder, (_event, name) => {
        if (name?.endsWith('.tmp')) child.kill('SIGINT');
      });
      await exited;
      watcher.close();
      leftovers = (await readdir(outFolder)).sort();
      if (!leftovers.includes('out.json')) break;
    }
    // On a loaded machine the signal can land after the renames every time: then the bundle is complete
    // (manifest, columns, details, report), which is fine. What must never be left is a temporary file,
    // or some of a bundle's files without its manifest.
    if (leftovers.includes('out.json')) {
      expect(leftovers).toEqual(['out.columns.bin', 'out.details.0.json', 'out.json', 'out.report.json']);
      await expect(readBundleFile(join(outFolder, 'out.json'))).resolves.toBeDefined();
    } else {
      expect(leftovers).toEqual([]);
    }
  }, 60_000);
});

describe('special files', () => {
  it('reports a FIFO named like a page instead of blocking on it', async () => {
    const { execFileSync } = await import('node:child_process');
    const corpus = await mkdtemp(join(tmpdir(), 'entente-fifo-'));
    try {
      execFileSync('mkfifo', [join(corpus, 'pipe.txt')]);
      await writeFile(
        join(corpus, 'page.txt'),
        'A page\n\nChinese President Xi Jinping met Vladimir Putin.\n',
      );
      const { bundle } = await runBuild([corpus], { id: 'fifo', title: 'FIFO', workers: 1 });
      expect(bundle.meta.report.problems).toEqual([
        { file: join(corpus, 'pipe.txt'), line: null, reason: 'not a regular file; not read' },
      ]);
      expect(bundle.meta.report.used).toBe(1);
    } finally {
      await rm(corpus, { recursive: true, force: true });
    }
  });
});
