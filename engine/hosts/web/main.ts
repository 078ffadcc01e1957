// Entry of dist/engine/web.js (`npm run web`).
import { runWebHost, WebUsageError, webUsage } from './run.js';

runWebHost(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof WebUsageError) {
    console.error(`${error.message}\n\n${webUsage}`);
    process.exit(2);
  }
  console.error(`The workbench could not start: ${(error as Error).message}`);
  process.exit(1);
});
