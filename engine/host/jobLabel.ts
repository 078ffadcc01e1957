// What a job is called in the job panel and its history: the file it imports, the demo it
// generates, the import whose quarantined rows it exports.
import path from 'node:path';
import type { Args, JobMethod } from '../api/contract.js';

export function jobLabel<M extends JobMethod>(method: M, args: Args<M>): string {
  switch (method) {
    case 'demo.create': {
      const a = args as Args<'demo.create'>;
      return `demo workspace: ${a.customers} customers, ${a.days} days`;
    }
    case 'import.run':
      return path.basename((args as Args<'import.run'>).path);
    case 'import.exportQuarantine':
      return `quarantined rows of import ${(args as Args<'import.exportQuarantine'>).importId}`;
    default:
      return method satisfies never;
  }
}
