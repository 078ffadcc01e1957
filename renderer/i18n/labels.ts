// Words for values that come from the engine as codes: data kinds, usage categories,
// job methods and states, error codes and quarantine reasons.
import i18next, { type TFunction } from 'i18next';
import type { JobMethod } from '../../engine/api/contract.js';
import type { Category } from '../../engine/api/overviewTypes.js';
import { roles } from '../../engine/api/securityTypes.js';
import { dataKinds, type DataKind, type JobStatus, type Language, type Role } from '../../engine/api/types.js';
import type { ApiError } from '../api/errors.js';

export function kindLabel(t: TFunction, kind: DataKind): string {
  return t(`kinds.${kind}`);
}

export function categoryLabel(t: TFunction, category: Category): string {
  return t(`categories.${category}`);
}

export function jobStatusLabel(t: TFunction, status: JobStatus): string {
  return t(`jobs.status.${status}`);
}

/** A job method in words; a method this build does not know keeps its name. */
export function jobMethodLabel(t: TFunction, method: string): string {
  return t(`jobs.methods.${method as JobMethod}`, { defaultValue: method });
}

/** Detail keys whose value is a data kind, shown by its name. */
const KIND_DETAILS = ['kind', 'suggested'];
/** Accepted header names shown for a missing field; the engine's message lists more. */
const SHOWN_HEADERS = 5;

function isDataKind(value: unknown): value is DataKind {
  return dataKinds.includes(value as DataKind);
}

/** import.missing_columns: each missing field by its name, with header names that would be accepted. */
function missingFieldsText(t: TFunction, kind: DataKind | null, missing: unknown[], join: (items: string[]) => string): string {
  return join(
    missing.map((item) => {
      const { field, accepted } = (item ?? {}) as { field?: unknown; accepted?: unknown };
      const name = kind ? fieldLabel(t, kind, String(field)) : String(field);
      const headers = Array.isArray(accepted) ? accepted.map(String) : [];
      if (headers.length === 0) return name;
      const shown = headers.slice(0, SHOWN_HEADERS).join(t('common.listSeparator')) + (headers.length > SHOWN_HEADERS ? '…' : '');
      return t('errorParts.missingField', { field: name, headers: shown });
    }),
  );
}

const isRole = (value: unknown): value is Role => roles.includes(value as Role);

/**
 * Detail values as text for interpolation: lists joined as the language joins them, kinds and
 * fields named in words, missing fields with the headers that would be accepted.
 */
function detailValues(t: TFunction, details: Record<string, unknown> | undefined, language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  const join = (items: unknown[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items.map(String));
  const kind = isDataKind(details?.kind) ? details.kind : null;
  for (const [key, value] of Object.entries(details ?? {})) {
    if (key === 'missing' && Array.isArray(value)) out[key] = missingFieldsText(t, kind, value, join);
    // A refusal's role and the roles allowed (errors.forbidden), in words.
    else if (key === 'role' && isRole(value)) out[key] = t(`security.roles.${value}`);
    else if (key === 'allowed' && Array.isArray(value)) out[key] = join(value.map((v) => (isRole(v) ? t(`security.roles.${v}`) : v)));
    else if (key === 'field' && typeof value === 'string' && kind) out[key] = fieldLabel(t, kind, value);
    else if (Array.isArray(value)) out[key] = join(value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : v)));
    else if (typeof value === 'object' && value !== null) out[key] = JSON.stringify(value);
    else if (KIND_DETAILS.includes(key) && isDataKind(value)) out[key] = kindLabel(t, value);
    else out[key] = String(value);
  }
  // Messages name the file, not its folder: `name` is the last part of the file or path given.
  const file = out.file ?? out.path;
  if (file !== undefined && out.name === undefined) out.name = file.split(/[\\/]/).pop() ?? file;
  return out;
}

/** An engine error in the user's language; the engine's English message when the code is new to us. */
export function errorText(t: TFunction, error: Pick<ApiError, 'code' | 'message' | 'details'>, language: Language): string {
  // details.variant picks a wording of the same error (i18next context: errors.<code>_<variant>).
  const variant = error.details?.variant;
  return t(`errors.${error.code as 'internal'}`, {
    ...detailValues(t, error.details, language),
    ...(typeof variant === 'string' ? { context: variant } : {}),
    message: error.message,
    defaultValue: error.message,
  });
}

/** A quarantined row's reason: by code where we know it, the engine's reason otherwise. */
export function problemText(t: TFunction, problem: { code: string; reason: string }): string {
  return t(`problems.${problem.code as 'duplicate'}`, { defaultValue: problem.reason, reason: problem.reason });
}

/** A stored column's header in the data browser (per kind: an area's name is not a customer's). */
export function columnLabel(t: TFunction, kind: DataKind, name: string): string {
  return t(`columns.${kind}.${name}` as 'columns.customers.customer_id', { defaultValue: name });
}

/** An import field's name in the mapping editor (names mean different things per kind: an area's or a customer's name). */
export function fieldLabel(t: TFunction, kind: DataKind, field: string): string {
  return t(`fields.${kind}.${field}` as 'fields.customers.customer', { defaultValue: field });
}

/** A coded value the store keeps (a category, a channel, an event type) in words; null when it is not a code. */
export function valueLabel(t: TFunction, kind: DataKind, column: string, value: string | number | null): string | null {
  if (value === null) return null;
  const key = `values.${kind}.${column}.${value}`;
  return i18next.exists(key) ? t(key as 'values.customers.category.other') : null;
}
