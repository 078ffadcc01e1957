#!/usr/bin/env node
// `npx workbench`: runs the built CLI (dist/engine/cli.js).
import { existsSync } from 'node:fs';

const cli = new URL('../../../dist/engine/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('workbench: the app is not built yet. Run `npm run build` in the app folder first.');
  process.exit(1);
}
await import(cli.href);
