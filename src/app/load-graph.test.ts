import { describe, expect, it } from 'vitest';
import { encodeBundle } from '../graph/bundle-codec.ts';
import { createTestBundle } from '../graph/test-bundle.ts';
import { LoadError, loadGraph, type FetchFile } from './load-graph.ts';

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

function serve(files: Record<string, string | number | Uint8Array>): FetchFile {
  return async (url) => {
    const name = url.replace('./data/graphs/', '');
    const body = files[name];
    const respond = (ok: boolean, status: number, content: string | Uint8Array) => ({
      ok,
      status,
      text: async () => (typeof content === 'string' ? content : new TextDecoder().decode(content)),
      bytes: async () => (typeof content === 'string' ? new TextEncoder().encode(content) : content),
    });
    if (body === undefined) return respond(false, 404, 'Not found');
    if (typeof body === 'number') return respond(false, body, '');
    return respond(true, 200, body);
  };
}

/** A version 2 bundle's files, named as the pipeline names them, with the manifest as test.json. */
function serveVersion2(change: (files: Record<string, string | Uint8Array>) => void = () => undefined) {
  const encoded = encodeBundle(createTestBundle());
  const files: Record<string, string | Uint8Array> = {
    'index.json': JSON.stringify(index),
    'test.json': JSON.stringify(encoded.manifest),
    [encoded.manifest.columns.file]: encoded.columns,
    [encoded.manifest.report.file]: JSON.stringify(encoded.report),
  };
  encoded.details.forEach((chunk, at) => {
    files[encoded.manifest.details.files[at] as string] = JSON.stringify(chunk);
  });
  change(files);
  return { files, encoded };
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

  it('loads a version 2 bundle: columns first, evidence and the full bundle on demand', async () => {
    const { files } = serveVersion2();
    const loaded = await loadGraph(null, serve(files));
    expect(loaded.columns.days).toHaveLength(6);
    expect(loaded.details.getChunkFor(0)).toBeNull();
    const chunk = await loaded.details.loadChunkFor(0);
    expect(chunk.sentences[chunk.interactions[0]?.evidence ?? -1]).toBe(
      createTestBundle().interactions[0]?.evidence,
    );
    expect(loaded.details.getChunkFor(5)).toBe(chunk);
    const full = await loaded.details.loadBundle();
    expect(full.interactions).toEqual(createTestBundle().interactions);
    expect(full.articles).toEqual(createTestBundle().articles);
  });

  it('names the file when a version 2 bundle is truncated, missing a part, or mixes builds', async () => {
    const truncated = serveVersion2((files) => {
      files['test.columns.bin'] = (files['test.columns.bin'] as Uint8Array).slice(0, 10);
    });
    await expect(loadGraph(null, serve(truncated.files))).rejects.toThrow(/test\.columns\.bin/);
    const missing = serveVersion2((files) => {
      delete files['test.columns.bin'];
    });
    await expect(loadGraph(null, serve(missing.files))).rejects.toThrow(/test\.columns\.bin was not found/);
    const mixed = serveVersion2((files) => {
      const chunk = JSON.parse(files['test.details.0.json'] as string) as { digest: string };
      files['test.details.0.json'] = JSON.stringify({ ...chunk, digest: 'fnv1a32:00000000' });
    });
    const loaded = await loadGraph(null, serve(mixed.files));
    await expect(loaded.details.loadChunkFor(0)).rejects.toThrow(/test\.details\.0\.json.*another build/s);
  });

  it('reports a network failure with the URL', async () => {
    const offline: FetchFile = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadGraph(null, offline)).rejects.toThrow(
      /could not fetch \.\/data\/graphs\/index\.json \(Failed to fetch\)/,
    );
  });
});

describe('loadGraph with a version 1 bundle', () => {
  it('accepts interactions in any order, and keeps them in date order with undated ones last', async () => {
    const bundle = createTestBundle();
    bundle.interactions.reverse();
    const files = { 'index.json': JSON.stringify(index), 'test.json': JSON.stringify(bundle) };
    const loaded = await loadGraph(null, serve(files));
    const { days, dated } = loaded.columns;
    expect(dated).toBe(5);
    for (let position = 1; position < days.length; position++) {
      expect(days[position]).toBeGreaterThanOrEqual(days[position - 1] as number);
    }
  });
});
