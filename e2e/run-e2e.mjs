#!/usr/bin/env node
// `npm run test:e2e`: finds the system Chromium (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser),
// installs Debian's package when missing and allowed (root with apt-get), builds the app with vite, and runs
// Playwright against `vite preview`. Playwright never downloads a browser here.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  return CANDIDATES.find((path) => isExecutable(path)) ?? null;
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

let chromium = findChromium();
if (!chromium) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasAptGet()) {
    console.log('entente/e2e: Chromium not found; installing Debian package "chromium" with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      run('apt-get', ['update'], env) !== 0 ||
      run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], env) !== 0
    ) {
      console.error('entente/e2e: apt-get could not install chromium.');
      process.exit(1);
    }
    chromium = findChromium();
  }
}
if (!chromium) {
  console.error(
    `entente/e2e: no Chromium found (looked at ${CANDIDATES.join(', ')}). Install it (Debian: \`sudo apt-get install chromium\`) ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
  process.exit(1);
}
console.log(`entente/e2e: using ${chromium}`);

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (run(npx, ['vite', 'build', '--logLevel', 'warn']) !== 0) {
  console.error('entente/e2e: vite build failed.');
  process.exit(1);
}
const env = {
  ...process.env,
  CHROMIUM_PATH: chromium,
  E2E_SKIP_BUILD: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
};
process.exit(
  run(npx, ['playwright', 'test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)], env),
);
