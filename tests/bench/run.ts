// `npm run bench -- <name> [options]`: runs one benchmark from tests/bench/<name>.ts and prints figures.
// Benchmarks print numbers; they never pass or fail on time (targets are in the issues).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fs from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [name, ...rest] = process.argv.slice(2);
const available = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''));

if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join('|')}> [options]`);
  process.exit(2);
}
const bench = (await import(pathToFileURL(path.join(here, `${name}.ts`)).href)) as { main(args: string[]): Promise<void> };
await bench.main(rest);
