import { describe, expect, it } from 'vitest';
import { createTestBundle } from '../graph/test-bundle.ts';
import { LoadError, loadGraph, type FetchText } from './load-graph.ts';

const index = {
  default: 'test',
  graphs: [
    {
      id: 'test',
      title: 'Test',
      file: 'test.json',
      dateRange: null,
      counts: { articles: 1, entities: 4, interactions: 6 },
    },
    {
      id: 'other',
      title: 'Other',
      file: 'other.json',
      dateRange: null,
      counts: { articles: 1, entities: 4, interactions: 6 },
    },
  ],
};

function serve(files: Record<string, string | number>): FetchText {
  return async (url) => {
    const name = url.replace('./data/graphs/', '');
    const body = files[name];
    if (body === undefined) return { ok: false, status: 404, text: 'Not found' };
    if (typeof body === 'number') return { ok: false, status: body, text: '' };
    return { ok: true, status: 200, text: body };
  };
}

const bundleText = JSON.stringify(createTestBundle());

describe('loadGraph', () => {
  it('loads the default graph, or the requested one when listed', async () => {
    const files = { 'index.json': JSON.stringify(index), 'test.json': bundleText, 'other.json': bundleText };
    expect((await loadGraph(null, serve(files))).entry.id).toBe('test');
    const other = await loadGraph('other', serve(files));
    expect(other.entry.id).toBe('other');
    expect(other.notice).toBeNull();
  });

  it('falls back to the default with a notice for an unlisted graph', async () => {
    const loaded = await loadGraph(
      'nope',
      serve({ 'index.json': JSON.stringify(index), 'test.json': bundleText }),
    );
    expect(loaded.entry.id).toBe('test');
    expect(loaded.notice).toMatch(/no graph "nope"/);
  });

  it('names the missing file and the HTTP status', async () => {
    await expect(loadGraph(null, serve({}))).rejects.toThrow(/index\.json was not found \(HTTP 404\)/);
    await expect(
      loadGraph(null, serve({ 'index.json': JSON.stringify(index), 'test.json': 500 })),
    ).rejects.toThrow(/test\.json could not be read \(HTTP 500\)/);
  });

  it('explains a truncated bundle', async () => {
    const files = { 'index.json': JSON.stringify(index), 'test.json': bundleText.slice(0, 200) };
    await expect(loadGraph(null, serve(files))).rejects.toThrow(
      /test\.json is not valid JSON \(it may be truncated/,
    );
  });

  it('passes on validation problems: wrong version, dangling ids, bad index', async () => {
    const wrongVersion = { ...JSON.parse(bundleText), version: 99 };
    await expect(
      loadGraph(
        null,
        serve({ 'index.json': JSON.stringify(index), 'test.json': JSON.stringify(wrongVersion) }),
      ),
    ).rejects.toThrow(/unsupported bundle version 99/);

    const dangling = JSON.parse(bundleText);
    dangling.interactions[0].source = 'ghost';
    const error = await loadGraph(
      null,
      serve({ 'index.json': JSON.stringify(index), 'test.json': JSON.stringify(dangling) }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).problems.join('\n')).toMatch(/unknown node "ghost"/);

    await expect(loadGraph(null, serve({ 'index.json': '{"graphs":[]}' }))).rejects.toThrow(
      /entente\/index: invalid graph index/,
    );
  });

  it('reports a network failure with the URL', async () => {
    const offline: FetchText = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadGraph(null, offline)).rejects.toThrow(
      /could not fetch \.\/data\/graphs\/index\.json \(Failed to fetch\)/,
    );
  });
});
