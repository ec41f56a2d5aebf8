#!/usr/bin/env node
// The `entente` executable: registers tsx so Node can run the TypeScript pipeline directly (no build step
// after `npm install`), then hands over to the command-line interface.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
const { stopWritesAndRemoveTemporaryFiles } = await import('../io/bundle-files.ts');

// An interrupted build must leave nothing behind: stop writing, remove in-flight temporary files (and what
// writes already started may still create), then exit with the conventional 128 + signal number. `on`,
// not `once`: a second signal arriving while the first is handled must not fall through to the default
// action, which would kill the process before the clean-up.
let interrupted = false;
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    void stopWritesAndRemoveTemporaryFiles().finally(() => {
      process.stderr.write(`\nentente: interrupted (${signal}); nothing was written.\n`);
      process.exit(code);
    });
  });
}
process.exitCode = await main(process.argv.slice(2));
