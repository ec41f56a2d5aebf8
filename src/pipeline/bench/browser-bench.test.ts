// The browser bench's static server (the browser part itself needs Chromium and runs in `entente bench`).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveServedPath, startStaticServer } from './browser-bench.ts';

describe('resolveServedPath', () => {
  it('refuses paths that leave the served folders', () => {
    expect(resolveServedPath('/data/graphs/..%2f..%2fsecret', '/srv/dist', '/srv/graphs')).toBeNull();
    expect(resolveServedPath('/..%2fsecret', '/srv/dist', '/srv/graphs')).toBeNull();
    expect(resolveServedPath('/a%00b', '/srv/dist', '/srv/graphs')).toBeNull();
    expect(resolveServedPath('/a%5c..%5cb', '/srv/dist', '/srv/graphs')).toBeNull();
    expect(resolveServedPath('/%E0%A4%A', '/srv/dist', '/srv/graphs')).toBeNull();
  });

  it('maps graphs to graphsDir, the rest to distDir, and / to index.html', () => {
    expect(resolveServedPath('/data/graphs/big.columns.bin', '/srv/dist', '/srv/graphs')).toBe(
      '/srv/graphs/big.columns.bin',
    );
    expect(resolveServedPath('/assets/index.js', '/srv/dist', '/srv/graphs')).toBe(
      '/srv/dist/assets/index.js',
    );
    expect(resolveServedPath('/', '/srv/dist', '/srv/graphs')).toBe('/srv/dist/index.html');
  });
});

describe('startStaticServer', () => {
  let root: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'entente-bench-test-'));
    mkdirSync(join(root, 'dist'));
    mkdirSync(join(root, 'graphs'));
    writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'graphs/big.columns.bin'), Buffer.from([1, 2, 3, 4]));
    writeFileSync(join(root, 'graphs/index.json'), '{"graphs":[]}');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    server = await startStaticServer(join(root, 'dist'), join(root, 'graphs'));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolveClose) => server.close(resolveClose));
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string) =>
    new Promise<{ status: number; type: string | undefined; encoding: string | undefined; body: Buffer }>(
      (resolveGet, rejectGet) => {
        const req = request(
          { host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': 'gzip, br' } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolveGet({
                status: response.statusCode ?? 0,
                type: response.headers['content-type'],
                encoding: response.headers['content-encoding'],
                body: Buffer.concat(chunks),
              }),
            );
          },
        );
        req.on('error', rejectGet);
        req.end();
      },
    );

  it('serves the bundle files uncompressed with their content types', async () => {
    const bin = await get('/data/graphs/big.columns.bin');
    expect(bin).toMatchObject({ status: 200, type: 'application/octet-stream', encoding: undefined });
    expect([...bin.body]).toEqual([1, 2, 3, 4]);
    const index = await get('/data/graphs/index.json?v=1');
    expect(index.type).toBe('application/json; charset=utf-8');
    expect(index.body.toString()).toBe('{"graphs":[]}');
    const page = await get('/?graph=big');
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body.toString()).toContain('<title>app</title>');
  });

  it('answers 404 for missing files and 403 for traversal', async () => {
    expect((await get('/data/graphs/missing.json')).status).toBe(404);
    expect((await get('/data/graphs/..%2f..%2fsecret.txt')).status).toBe(403);
    expect((await get('/..%2fsecret.txt')).status).toBe(403);
  });
});
