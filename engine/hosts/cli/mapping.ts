// --mapping: inline JSON or a JSON file. Accepts the contract's MappingSpec ({fields, options})
// and, for hand-written mappings, a plain object in either direction: {field: header} or
// {header: field}; the kind's field names tell the two apart. A field mapped to null ({"fields":
// {field: null}} or {field: null}) is not imported, even where a column's header would be
// recognised for it. Everything is checked here, before a workspace is opened or created, so
// that bad usage leaves no file behind.
import fs from 'node:fs';
import { z } from 'zod';
import { mappingSpecSchema } from '../../api/methods/importing.js';
import type { MappingSpec } from '../../api/importTypes.js';
import type { DataKind } from '../../api/types.js';
import { importUsage, UsageError } from './usage.js';

/** The parsed JSON of the option; bad JSON or a missing file is bad usage. */
export function readMappingOption(value: string): unknown {
  const inline = value.trim().startsWith('{');
  let text = value;
  if (!inline) {
    try {
      text = fs.readFileSync(value, 'utf8');
    } catch {
      throw new UsageError(`--mapping is neither inline JSON nor a readable JSON file: '${value}'.`, importUsage);
    }
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new UsageError(`--mapping is not valid JSON: ${(error as Error).message}`, importUsage);
  }
}

/**
 * The option's JSON as a MappingSpec the engine will accept: valid under the contract's schema
 * (the one import.run checks) and naming only fields of the kind (`fieldNames`, from import.kinds).
 */
export function toMappingSpec(raw: unknown, kind: DataKind, fieldNames: string[]): MappingSpec {
  if (!isMappingSpec(raw)) return plainToMappingSpec(raw, kind, fieldNames);
  const parsed = mappingSpecSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`--mapping is not a valid mapping: ${z.prettifyError(parsed.error)}`, importUsage);
  const known = new Set(fieldNames);
  const unknown = Object.keys(parsed.data.fields).filter((field) => !known.has(field));
  if (unknown.length > 0) {
    const named = unknown.map((field) => `'${field}'`).join(', ');
    throw new UsageError(`--mapping: ${named} ${unknown.length === 1 ? 'is not a field' : 'are not fields'} of kind '${kind}'. Fields: ${fieldNames.join(', ')}.`, importUsage);
  }
  return parsed.data;
}

/** True when the value is a MappingSpec as the contract writes it, not a plain field table. */
function isMappingSpec(raw: unknown): boolean {
  return isRecord(raw) && isRecord(raw.fields);
}

/** Converts a plain {field: header} or {header: field} object to a MappingSpec. */
function plainToMappingSpec(raw: unknown, kind: DataKind, fieldNames: string[]): MappingSpec {
  if (!isRecord(raw)) throw new UsageError('--mapping must be a JSON object.', importUsage);
  const known = new Set(fieldNames);
  const entries = Object.entries(raw);
  const invalid = entries.find(([, v]) => v !== null && typeof v !== 'string' && !(typeof v === 'number' && Number.isInteger(v) && v >= 0));
  if (invalid) {
    throw new UsageError(`--mapping: '${invalid[0]}' must map to a header name, a 0-based column number, or null (not imported).`, importUsage);
  }
  if (entries.every(([key]) => known.has(key))) {
    return { fields: Object.fromEntries(entries) as Record<string, string | number | null> };
  }
  if (entries.every(([, value]) => typeof value === 'string' && known.has(value))) {
    return { fields: Object.fromEntries(entries.map(([header, field]) => [field as string, header])) };
  }
  throw new UsageError(
    `--mapping: use the field names of kind '${kind}' as keys ({field: header}) or as values ({header: field}). Fields: ${fieldNames.join(', ')}.`,
    importUsage,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
