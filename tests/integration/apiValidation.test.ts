// Every method of the contract, enumerated at run time (a method added tomorrow is covered too),
// refuses bad arguments with a `validation` error: generated from its own schema (a valid sample
// with one thing broken, so that the check cannot pass by refusing everything), and garbage
// (not an object, unknown and prototype-polluting keys, nested junk, a megabyte string). Never
// another error, never a crash, never a started job. A valid sample of each passes validation.
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames, type MethodName } from '../../engine/api/contract.js';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { garbageArguments, jsonSchemaOf, mutationsOf, sampleOf, type JsonSchema, type Looseness } from '../helpers/schemaCases.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
const jobsStarted: string[] = [];

beforeAll(async () => {
  engine = createTestEngine();
  // With a workspace open a job method that let bad arguments through would start its job.
  await engine.call('workspace.create', { path: path.join(makeTempDir(), 'validation.workbench') });
  engine.on('job.progress', (job) => jobsStarted.push(job.method));
});

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

/** The error code a call rejects with, or 'resolved'. */
function outcome(call: () => Promise<unknown>): Promise<string> {
  return Promise.resolve()
    .then(call)
    .then(
      () => 'resolved',
      (error: unknown) => (error as { code?: string }).code ?? `not an EngineError: ${String(error)}`,
    );
}

const call = (method: MethodName, args: unknown) => () => engine.call(method, args as never);

interface MethodCases {
  schema: z.ZodType;
  json: JsonSchema;
  minimal: unknown;
  full: unknown;
}

function casesOf(method: MethodName): MethodCases {
  const schema = contract[method].args as z.ZodType;
  const json = jsonSchemaOf(schema);
  return { schema, json, minimal: sampleOf(json, false), full: sampleOf(json, true) };
}

/** The top-level keys any branch of the schema knows. */
function knownKeys(json: JsonSchema): Set<string> {
  const branches = json.anyOf ?? json.oneOf ?? [json];
  return new Set(branches.flatMap((b) => Object.keys(b.properties ?? {})));
}

/** Methods whose required fields alone are not enough (a rule across optional ones). */
const needsOptionalFields: Record<string, string> = {
  'workspace.create': 'a path or a name',
};

const strictObject = (json: JsonSchema) => (json.anyOf ?? json.oneOf ?? [json]).every((b) => b.type === 'object' && b.additionalProperties === false);

describe('every API method', () => {
  it('is enumerated from the contract', () => {
    expect(methodNames.length).toBeGreaterThan(100);
    expect(methodNames).toContain('overview.kpis');
  });

  it.each(methodNames)('%s: a valid sample passes validation', async (method) => {
    const { schema, minimal, full } = casesOf(method);
    if (!(method in needsOptionalFields)) expect(schema.safeParse(minimal).error?.issues).toBeUndefined();
    expect(schema.safeParse(full).error?.issues).toBeUndefined();
    // Through the engine too, where that has no side effect (a query reads the empty workspace).
    // (The required fields alone: a full sample names a sort column no table has, which the handler refuses.)
    const valid = method in needsOptionalFields ? full : minimal;
    if (contract[method].mode === 'query') expect(await outcome(call(method, valid))).not.toBe('validation');
  });

  it.each(methodNames)('%s: refuses each broken part of a valid sample and generated garbage', async (method) => {
    const { json, full } = casesOf(method);
    const { mutations } = mutationsOf(json, full);
    expect(mutations.length).toBeGreaterThan(0);
    for (const mutation of mutations) {
      expect([mutation.label, await outcome(call(method, mutation.apply(full)))]).toEqual([mutation.label, 'validation']);
    }
    const broken = fc.oneof(
      fc.constantFrom(...mutations).map((m) => m.apply(full)),
      garbageArguments(strictObject(json) ? knownKeys(json) : new Set(['*'])).filter((args) => strictObject(json) || typeof args !== 'object'),
    );
    await fc.assert(
      fc.asyncProperty(broken, async (args) => (await outcome(call(method, args))) === 'validation'),
      { numRuns: 20, seed: 7 },
    );
  });

  it('started no job on any of it', async () => {
    expect(jobsStarted).toEqual([]);
    expect(await engine.call('jobs.list', {})).toEqual([]);
  });

  // Not a failure (others' methods land all the time), but a list to tighten: a place that
  // bounds nothing lets a caller send a gigabyte or an unbounded loop's worth of work.
  it('lists the places whose schema bounds nothing', () => {
    const loose: (Looseness & { method: string })[] = methodNames.flatMap((method) => {
      const { json, full } = casesOf(method);
      return mutationsOf(json, full).loose.map((l) => ({ method, ...l }));
    });
    if (loose.length > 0) console.warn(`Loose argument schemas:\n${loose.map((l) => `  ${l.method} ${l.path}: ${l.why}`).join('\n')}`);
    const probe = jsonSchemaOf(z.object({ note: z.string(), tags: z.array(z.string().max(9)), n: z.number(), any: z.unknown() }).strict());
    expect(mutationsOf(probe, sampleOf(probe, true)).loose.map((l) => l.path).sort()).toEqual(['any', 'n', 'note', 'tags']);
  });
});
