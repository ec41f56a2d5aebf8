// Playwright runs the e2e specs in the system's Chromium (never a downloaded browser) against
// `vite preview` serving the production build in dist/. e2e/run-e2e.mjs finds Chromium and builds first.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// A second preview of the same build on another port is another origin: the embed specs host the frame there.
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PORT + 10);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipBuild = process.env.E2E_SKIP_BUILD === '1';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.E2E_RESULTS ?? '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // sigma draws with WebGL; without a GPU, Chromium needs SwiftShader allowed explicitly.
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: [
    {
      command: `${skipBuild ? '' : 'npx vite build && '}npx vite preview --port ${PORT} --strictPort`,
      cwd: '..',
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite preview --port ${HOST_PORT} --strictPort`,
      cwd: '..',
      url: `http://127.0.0.1:${HOST_PORT}/embed-example.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
