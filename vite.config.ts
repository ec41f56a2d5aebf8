// Vite serves the React app from src/app and the committed graph bundles from data/graphs, and
// Vitest (configured below) runs the unit tests that sit beside the code in src/.
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, statSync, cpSync, mkdirSync } from 'node:fs';
import { join, resolve, normalize, sep } from 'node:path';

const GRAPHS_DIR = resolve(import.meta.dirname, 'data/graphs');

/**
 * The production Content-Security-Policy: no inline or remote script, no plugins, data only from this
 * origin. Frames may load from anywhere (embed-example.html embeds a deployment named by `?app=`), and
 * any page may frame the app (that is what the embed is for). Styles set through the DOM (React's
 * `style` prop, sigma) are not affected by style-src.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Sends the policy as a header from `vite preview`, and writes it as a meta tag into the built index.html. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'entente-content-security-policy',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
        next();
      });
    },
    // Only the build: the dev server injects inline scripts (React refresh) that the policy would block.
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (context.server) return [];
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
const GRAPHS_URL = '/data/graphs/';

/** Serves data/graphs/ during dev and preview, and copies it into the production build. */
function serveGraphBundles(): Plugin {
  const handler = (
    req: { url?: string },
    res: {
      statusCode: number;
      setHeader(name: string, value: string): void;
      end(body?: string): void;
    } & NodeJS.WritableStream,
    next: () => void,
  ): void => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    if (!url.startsWith(GRAPHS_URL)) return next();
    const relative = decodeURIComponent(url.slice(GRAPHS_URL.length));
    const file = normalize(join(GRAPHS_DIR, relative));
    if (!file.startsWith(GRAPHS_DIR + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end('Not found');
      return;
    }
    res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'entente-graph-bundles',
    configureServer(server) {
      server.middlewares.use(handler as never);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler as never);
    },
    writeBundle(options) {
      const outDir = options.dir ?? resolve(import.meta.dirname, 'dist');
      const target = join(outDir, 'data/graphs');
      mkdirSync(target, { recursive: true });
      cpSync(GRAPHS_DIR, target, { recursive: true });
    },
  };
}

export default defineConfig({
  root: 'src/app',
  publicDir: resolve(import.meta.dirname, 'public'),
  base: './',
  plugins: [react(), serveGraphBundles(), contentSecurityPolicy()],
  build: {
    // ENTENTE_DIST lets parallel e2e runs build into separate folders.
    outDir: process.env.ENTENTE_DIST ?? resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  test: {
    root: import.meta.dirname,
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
  },
});
