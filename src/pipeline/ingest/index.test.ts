// Tests for readCorpus and ingestPaths on a real temporary folder: recursion in sorted order, symlink loops,
// unsupported, empty, binary and UTF-16 files, malformed JSONL lines, duplicate ids, long lines.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths, readCorpus } from './index.ts';
import type { IngestEvent } from './index.ts';

const page = (title: string, body: string): string => `${title}\n\n${body}\n`;
const jsonl = (...records: unknown[]): string => records.map((record) => JSON.stringify(record)).join('\n');

describe('readCorpus over a folder tree', () => {
  let root = '';

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'entente-ingest-'));
    mkdirSync(join(root, 'b-folder', 'nested'), { recursive: true });
    mkdirSync(join(root, 'a-folder'));
    writeFileSync(
      join(root, 'a-folder', 'two.txt'),
      page('Second page headline', 'Body of two, on March 3, 2024.'),
    );
    writeFileSync(join(root, 'a-folder', 'one.txt'), page('First page headline', 'Body of one.'));
    writeFileSync(
      join(root, 'b-folder', 'nested', 'deep.txt'),
      '\r\n' + page('Deep headline', 'Deep body.').replace(/\n/g, '\r\n'),
    );
    writeFileSync(
      join(root, 'b-folder', 'feed.jsonl'),
      [
        jsonl({ id: 'j1', title: 'J one', date: '2024-01-02', text: 'First.' }),
        '{broken json',
        jsonl({ id: 'j2', title: 'No text' }),
        '',
        jsonl({ id: 'j1', title: 'J one again', text: 'Duplicate.' }),
        jsonl({ id: 'j3', title: 'Bad date', date: '2024-13-45', text: 'Met on June 3, 2023.' }),
      ].join('\r\n'),
    );
    writeFileSync(join(root, 'b-folder', 'notes.pdf'), '%PDF-1.4');
    writeFileSync(
      join(root, 'b-folder', 'packed.jsonl'),
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x0a]),
    );
    writeFileSync(join(root, 'b-folder', 'empty.txt'), '');
    writeFileSync(
      join(root, 'b-folder', 'blob.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    );
    writeFileSync(
      join(root, 'b-folder', 'wide.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('Wide headline', 'Wide body.'), 'utf16le')]),
    );
    writeFileSync(join(root, 'b-folder', '.hidden.txt'), page('Hidden', 'Not read.'));
    // A loop: b-folder/nested/up points back at b-folder.
    symlinkSync(join(root, 'b-folder'), join(root, 'b-folder', 'nested', 'up'), 'dir');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads folders recursively in sorted order and reports every problem once', async () => {
    const files: string[] = [];
    const events: IngestEvent[] = [];
    for await (const event of readCorpus([root], { onFile: (file) => files.push(file) })) events.push(event);
    const relative = (file: string): string => file.slice(root.length + 1);

    expect(files.map(relative)).toEqual([
      'a-folder/one.txt',
      'a-folder/two.txt',
      'b-folder/blob.txt',
      'b-folder/empty.txt',
      'b-folder/feed.jsonl',
      'b-folder/nested/deep.txt',
      'b-folder/packed.jsonl',
      'b-folder/wide.txt',
    ]);
    const articles = events.flatMap((event) => (event.kind === 'article' ? [event.article] : []));
    expect(articles.map((article) => article.id)).toEqual(['one#1', 'two#1', 'j1', 'j3', 'deep#1', 'wide#1']);
    expect(articles.find((article) => article.id === 'deep#1')).toMatchObject({
      line: 2,
      text: 'Deep body.',
    });
    expect(articles.find((article) => article.id === 'wide#1')?.title).toBe('Wide headline');
    expect(articles.find((article) => article.id === 'j3')).toMatchObject({
      date: '2023-06-03',
      dateOrigin: 'text',
    });

    const problems = events.flatMap((event) =>
      event.kind === 'article'
        ? []
        : [
            `${event.kind} ${relative(event.problem.file)}:${event.problem.line ?? '-'} ${event.problem.reason}`,
          ],
    );
    expect(problems).toEqual([
      'problem b-folder/blob.txt:- binary file (not text)',
      'problem b-folder/empty.txt:- empty file',
      expect.stringMatching(/^problem b-folder\/feed\.jsonl:2 not valid JSON/),
      'problem b-folder/feed.jsonl:3 missing "text" field (or not a string)',
      `skipped b-folder/feed.jsonl:5 duplicate id: j1 (first seen at ${root}/b-folder/feed.jsonl:1)`,
      expect.stringMatching(/^problem b-folder\/feed\.jsonl:6 bad date: date "2024-13-45"/),
      expect.stringMatching(/^problem b-folder\/nested\/up:- symlink loop/),
      'problem b-folder/notes.pdf:- unsupported file type .pdf; expected .txt, .html, .htm or .jsonl',
      'problem b-folder/packed.jsonl:- binary file (not text)',
    ]);
  });

  it('gives the same result twice (deterministic) and collects it with ingestPaths', async () => {
    const first = await ingestPaths([join(root, 'a-folder'), join(root, 'b-folder', 'feed.jsonl')]);
    const second = await ingestPaths([join(root, 'a-folder'), join(root, 'b-folder', 'feed.jsonl')]);
    expect(second).toEqual(first);
    expect(first.articles.map((article) => article.id)).toEqual(['one#1', 'two#1', 'j1', 'j3']);
    expect(first.skipped.map((problem) => problem.reason)).toEqual([
      expect.stringMatching(/^duplicate id: j1/),
    ]);
    expect(first.problems).toHaveLength(3);
  });

  it('reports a missing path and keeps going', async () => {
    const result = await ingestPaths([join(root, 'missing.txt'), join(root, 'a-folder', 'one.txt')]);
    expect(result.problems).toEqual([
      { file: join(root, 'missing.txt'), line: null, reason: 'cannot read: ENOENT' },
    ]);
    expect(result.articles.map((article) => article.id)).toEqual(['one#1']);
  });

  it('gives a second file with the same stem ids from its path', async () => {
    mkdirSync(join(root, 'c-folder'));
    writeFileSync(join(root, 'c-folder', 'one.txt'), page('Other first headline', 'Other body.'));
    const result = await ingestPaths([join(root, 'a-folder', 'one.txt'), join(root, 'c-folder', 'one.txt')]);
    expect(result.articles.map((article) => article.id)).toEqual([
      'one#1',
      `${join(root, 'c-folder', 'one')}#1`,
    ]);
    rmSync(join(root, 'c-folder'), { recursive: true });
  });

  it('rejects a malformed reference date', async () => {
    await expect(ingestPaths([root], { referenceDate: '2024-02-30' })).rejects.toThrow(
      'entente/ingest: invalid referenceDate "2024-02-30"',
    );
  });

  it('reads a UTF-16 JSONL file after its byte-order mark', async () => {
    const file = join(root, 'wide.jsonl');
    const body = `${jsonl({ id: 'w1', title: 'Wide', date: '2024-05-01', text: 'Très bien.' })}\r\n`;
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    const result = await ingestPaths([file]);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((article) => [article.id, article.text])).toEqual([['w1', 'Très bien.']]);
    rmSync(file);
  });

  it('names the first line holding invalid UTF-8, in pages and in JSONL, and keeps the articles', async () => {
    const pageFile = join(root, 'latin1.txt');
    writeFileSync(
      pageFile,
      Buffer.concat([
        Buffer.from('Headline\n\nFirst line.\nCaf'),
        Buffer.from([0xe9]),
        Buffer.from(' met.\n'),
      ]),
    );
    const feedFile = join(root, 'latin1.jsonl');
    writeFileSync(
      feedFile,
      Buffer.concat([
        Buffer.from(
          `${jsonl({ id: 'l1', text: 'Fine.' })}\n${jsonl({ id: 'l2', text: 'Caf' }).slice(0, -2)}`,
        ),
        Buffer.from([0xe9]),
        Buffer.from('"}\n'),
      ]),
    );
    const result = await ingestPaths([pageFile, feedFile]);
    expect(result.articles.map((article) => article.id)).toEqual(['latin1#1', 'l1', 'l2']);
    expect(result.problems).toEqual([
      {
        file: pageFile,
        line: 4,
        reason: 'invalid UTF-8 (first at line 4), decoded with replacement characters (articles kept)',
      },
      {
        file: feedFile,
        line: 2,
        reason: '1 line(s) hold replacement characters (invalid UTF-8 decoded leniently), first at line 2',
      },
    ]);
    rmSync(pageFile);
    rmSync(feedFile);
  });

  it('streams a JSONL file with a very long line', async () => {
    const longText = 'word '.repeat(2_000_000);
    writeFileSync(
      join(root, 'long.jsonl'),
      `${jsonl({ id: 'long', title: 'Long', date: '2024-01-01', text: longText })}\n${jsonl({ id: 'after', text: 'x' })}\n`,
    );
    const result = await ingestPaths([join(root, 'long.jsonl')]);
    expect(result.articles.map((article) => [article.id, article.text.length])).toEqual([
      ['long', longText.trim().length],
      ['after', 1],
    ]);
    rmSync(join(root, 'long.jsonl'));
  });
});
