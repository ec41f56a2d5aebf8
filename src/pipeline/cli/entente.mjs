#!/usr/bin/env node
// The `entente` executable: registers tsx so Node can run the TypeScript pipeline directly (no build step
// after `npm install`), then hands over to the command-line interface.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
