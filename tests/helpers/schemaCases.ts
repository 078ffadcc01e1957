// Valid and invalid arguments for an API method, derived from its zod schema through zod's own
// JSON Schema export (z.toJSONSchema, the input side): a valid sample, and mutations of it that
// the schema must refuse (a wrong type, a missing required field, an extra or prototype key, a
// number out of range, NaN or Infinity, a string too long or not of its pattern, a value outside
// an enum, an array too long). Where a schema bounds nothing (a string without a maximum length),
// no mutation can be built and the place is reported as loose instead.
import fc from 'fast-check';
import { z } from 'zod';

/** The parts of a JSON Schema node that zod's export writes. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

// Patterns of the API's calendar strings (engine/api/isoDates.ts), whose calendar check a
// string made from the pattern alone would fail most of the time.
const knownPatterns: Record<string, string> = {
  '^\\d{4}-\\d{2}$': '2025-06',
  '^\\d{4}-\\d{2}-\\d{2}$': '2025-06-15',
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$': '2025-06-15T08:00',
};

/** A value the node accepts; `full` fills optional properties too (so they get mutated as well). */
export function sampleOf(node: JsonSchema, full: boolean, seed = 1): unknown {
  const branches = node.anyOf ?? node.oneOf;
  if (branches) return sampleOf(branches.find((b) => b.type !== 'null') ?? branches[0]!, full, seed);
  if ('const' in node) return node.const;
  if (node.enum) return node.enum[0];
  switch (node.type) {
    case 'string': {
      if (node.pattern) {
        return knownPatterns[node.pattern] ?? fc.sample(fc.stringMatching(new RegExp(node.pattern)), { seed, numRuns: 1 })[0];
      }
      return 'a'.repeat(Math.max(1, node.minLength ?? 1));
    }
    case 'integer':
    case 'number': {
      const low = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : undefined);
      const high = node.maximum ?? (node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - 1 : undefined);
      return low ?? (high !== undefined ? Math.min(0, high) : 1);
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array': {
      if (node.prefixItems) return node.prefixItems.map((item) => sampleOf(item, full, seed));
      const count = Math.max(node.minItems ?? 0, full ? 1 : 0);
      return Array.from({ length: count }, () => sampleOf(node.items ?? {}, full, seed));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (full || node.required?.includes(key)) out[key] = sampleOf(child, full, seed);
      }
      if (typeof node.additionalProperties === 'object' && full) {
        const key = node.propertyNames ? String(sampleOf(node.propertyNames, full, seed)) : 'key';
        out[key] = sampleOf(node.additionalProperties, full, seed);
      }
      return out;
    }
    default:
      return 'any';
  }
}

/** A change to a valid sample that makes it invalid; `label` says what and where. */
export interface Mutation {
  label: string;
  apply(sample: unknown): unknown;
}

/** A place where a schema accepts anything of a kind: no mutation there can be invalid. */
export interface Looseness {
  path: string;
  why: string;
}

type Json = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';
const jsonTypes: Json[] = ['string', 'number', 'boolean', 'null', 'array', 'object'];
const valueOfType: Record<Json, unknown> = { string: 'text', number: 1.5, boolean: false, null: null, array: [1, 'a'], object: { nested: { deeper: [] } } };
/** Keys that pollute prototypes when a parser copies objects naively. */
export const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

function acceptedTypes(node: JsonSchema): Set<Json> | null {
  const branches = node.anyOf ?? node.oneOf;
  if (branches) {
    const all = new Set<Json>();
    for (const branch of branches) {
      const types = acceptedTypes(branch);
      if (!types) return null;
      for (const t of types) all.add(t);
    }
    return all;
  }
  if ('const' in node) return new Set([jsonTypeOf(node.const)]);
  if (node.enum) return new Set(node.enum.map(jsonTypeOf));
  if (!node.type) return null; // anything
  return new Set([node.type === 'integer' ? 'number' : (node.type as Json)]);
}

function jsonTypeOf(value: unknown): Json {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as Json;
}

/** Sets `value` at `path` in a deep copy; an own '__proto__' key stays an own key, as JSON.parse makes it. */
function setAt(root: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (rest.length === 0 && remove) {
    delete copy[head];
    return copy;
  }
  Object.defineProperty(copy, head, { value: setAt(copy[head], rest, value, remove), enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Every mutation of `node`'s place in the sample that `node` refuses, and the places it cannot refuse anything. */
export function mutationsOf(node: JsonSchema, sample: unknown, path: (string | number)[] = []): { mutations: Mutation[]; loose: Looseness[] } {
  const mutations: Mutation[] = [];
  const loose: Looseness[] = [];
  const where = path.length ? path.join('.') : '(arguments)';
  const put = (label: string, value: unknown) => mutations.push({ label: `${where}: ${label}`, apply: (s) => setAt(s, path, value) });

  const accepted = acceptedTypes(node);
  if (!accepted) {
    loose.push({ path: where, why: 'accepts any value' });
    return { mutations, loose };
  }
  for (const type of jsonTypes) {
    // Absent arguments (null) are no arguments: the engine reads them as {}.
    if (type === 'null' && path.length === 0) continue;
    if (!accepted.has(type)) put(`a ${type} instead`, valueOfType[type]);
  }

  // Refine within the branch the sample took (a nullable's non-null side, a union's first).
  const branches = node.anyOf ?? node.oneOf;
  const taken = branches ? (branches.find((b) => b.type !== 'null') ?? branches[0]!) : node;
  if (branches && branches.length > 1 && taken.type === 'object') {
    // Another branch may accept what this one refuses: only the keys no branch knows are certain.
    const known = new Set(branches.flatMap((b) => Object.keys(b.properties ?? {})));
    if (branches.every((b) => b.additionalProperties === false)) {
      for (const key of ['unknownKey', ...prototypeKeys]) if (!known.has(key)) put(`extra key ${key}`, withKey(sample, key));
    }
    return { mutations, loose };
  }
  if ('const' in taken) {
    put('another constant', `${String(taken.const)}-not`);
    return { mutations, loose };
  }
  if (taken.enum) {
    put('a value outside the enum', `not-${String(taken.enum[0])}`);
    return { mutations, loose };
  }
  switch (taken.type) {
    case 'string':
      if (taken.maxLength !== undefined) put(`a string of ${taken.maxLength + 1} characters`, 'x'.repeat(taken.maxLength + 1));
      else if (!taken.pattern) loose.push({ path: where, why: 'a string without a maximum length' });
      if (taken.pattern) put('a string not of its pattern', '\u0000 not-a-match');
      if ((taken.minLength ?? 0) > 0) put('an empty string', '');
      break;
    case 'integer':
    case 'number': {
      put('NaN', Number.NaN);
      put('Infinity', Number.POSITIVE_INFINITY);
      put('-Infinity', Number.NEGATIVE_INFINITY);
      if (taken.minimum !== undefined) put('below its minimum', taken.minimum - 1);
      if (taken.exclusiveMinimum !== undefined) put('at its exclusive minimum', taken.exclusiveMinimum);
      if (taken.maximum !== undefined) put('above its maximum', taken.maximum + 1);
      if (taken.exclusiveMaximum !== undefined) put('at its exclusive maximum', taken.exclusiveMaximum);
      if (taken.type === 'integer') put('a fraction', (sample as number) + 0.5);
      if (taken.minimum === undefined && taken.exclusiveMinimum === undefined && taken.maximum === undefined && taken.exclusiveMaximum === undefined) {
        loose.push({ path: where, why: 'a number without bounds' });
      }
      break;
    }
    case 'array': {
      const items = sample as unknown[];
      if (taken.maxItems !== undefined) put(`${taken.maxItems + 1} items`, Array.from({ length: taken.maxItems + 1 }, (_, i) => items[i % Math.max(1, items.length)] ?? sampleOf(taken.items ?? {}, true)));
      else if (!taken.prefixItems) loose.push({ path: where, why: 'an array without a maximum length' });
      if ((taken.minItems ?? 0) > 0) put('no items', []);
      items.forEach((item, i) => {
        const child = taken.prefixItems?.[i] ?? taken.items;
        if (child) merge(mutationsOf(child, item, [...path, i]));
      });
      break;
    }
    case 'object': {
      const value = sample as Record<string, unknown>;
      const properties = taken.properties ?? {};
      for (const key of taken.required ?? []) {
        mutations.push({ label: `${where}: without ${key}`, apply: (s) => setAt(s, [...path, key], undefined, true) });
      }
      if (taken.additionalProperties === false) {
        for (const key of ['unknownKey', ...prototypeKeys]) if (!(key in properties)) put(`extra key ${key}`, withKey(value, key));
      }
      for (const [key, child] of Object.entries(properties)) {
        if (key in value) merge(mutationsOf(child, value[key], [...path, key]));
      }
      if (typeof taken.additionalProperties === 'object') {
        for (const [key, item] of Object.entries(value)) if (!(key in properties)) merge(mutationsOf(taken.additionalProperties, item, [...path, key]));
      }
      break;
    }
  }
  return { mutations, loose };

  function merge(found: { mutations: Mutation[]; loose: Looseness[] }): void {
    mutations.push(...found.mutations);
    loose.push(...found.loose);
  }
}

function withKey(value: unknown, key: string): unknown {
  const copy = { ...(value as object) };
  Object.defineProperty(copy, key, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * Arguments that are wrong as a whole, which no method's schema accepts: not an object at all
 * (a string, a number, an array, nested garbage), or an object with keys the method does not know.
 */
export function garbageArguments(knownKeys: Set<string>): fc.Arbitrary<unknown> {
  const notAnObject = fc.oneof(
    fc.string({ maxLength: 50 }),
    fc.double(),
    fc.boolean(),
    fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 5 }),
    fc.constant('x'.repeat(1_000_000)),
  );
  const unknownKey = fc.oneof(fc.constantFrom(...prototypeKeys), fc.string({ minLength: 1, maxLength: 20 })).filter((key) => !knownKeys.has(key));
  const withUnknownKeys = fc
    .tuple(unknownKey, fc.anything({ maxDepth: 3, withNullPrototype: true }))
    .map(([key, value]) => Object.defineProperty({}, key, { value, enumerable: true, writable: true, configurable: true }) as unknown);
  return fc.oneof(notAnObject, withUnknownKeys);
}
