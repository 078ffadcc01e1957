// What a scope selector ('all', 'area:TQ00001', 'category:residential'...) names: its meters,
// label and how many of them have interval load; and the scopes a workspace can forecast.
//
// A meter belongs to the scopes of its customer (meters.customer_id): the customer's area, its
// feeder (the customer's own, else its area's), its supply unit (the customer's, else its
// area's, else its feeder's), category and industry. A meter no customer claims (unmatched)
// belongs only to 'all' and to 'meter:<id>'.
import { EngineError } from '../api/errors.js';
import { scopeKinds, type ForecastScopeOption, type ForecastScopes, type ScopeKind } from '../api/forecastTypes.js';
import { maskName } from '../catalog/mask.js';
import type { Db } from '../store/database.js';

export interface ParsedScope {
  kind: ScopeKind;
  /** null for 'all'. */
  id: string | null;
}

export interface ResolvedScope extends ParsedScope {
  selector: string;
  label: string;
  /** Every meter of the scope, with load data or not. */
  meterIds: string[];
  /** Of those, the meters with interval (curve) load. */
  intervalMeters: number;
}

type GroupKind = Exclude<ScopeKind, 'all'>;

/** The meter's scope of each kind, as a column of `PLACED_METERS`. */
const GROUP_COLUMN: Record<GroupKind, string> = {
  area: 'area_id',
  feeder: 'feeder_id',
  unit: 'unit',
  category: 'category',
  industry: 'industry',
  customer: 'customer_id',
  meter: 'meter_id',
};

/** Every meter with the scopes it belongs to (NULL where its customer or area says nothing). */
const PLACED_METERS = /* sql */ `
  SELECT m.meter_id, c.customer_id, c.name AS customer_name, c.contract_kva, c.area_id,
         COALESCE(c.feeder_id, a.feeder_id) AS feeder_id,
         COALESCE(c.supply_unit, a.supply_unit, f.supply_unit) AS unit,
         c.category, c.industry
    FROM meters m
    LEFT JOIN customers c ON c.customer_id = m.customer_id
    LEFT JOIN areas a ON a.area_id = c.area_id
    LEFT JOIN feeders f ON f.feeder_id = COALESCE(c.feeder_id, a.feeder_id)`;

/** Meters with load of either kind, and whether they have curves, from the catalog ledger (no scan of the load). */
const LOADED_METERS = /* sql */ `
  SELECT entity AS meter_id, MAX(kind = 'interval') AS curve
    FROM catalog_ledger_entities WHERE kind IN ('interval', 'daily') GROUP BY entity`;

export function parseScope(selector: string): ParsedScope {
  const text = selector.trim();
  if (text === 'all') return { kind: 'all', id: null };
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1).trim();
  if (colon <= 0 || id === '' || !isGroupKind(kind)) {
    throw new EngineError('validation', `'${selector}' is not a scope: write 'all' or one of ${scopeKinds.filter((k) => k !== 'all').map((k) => `${k}:<id>`).join(', ')}.`, {
      selector,
    });
  }
  return { kind, id };
}

function isGroupKind(kind: string): kind is GroupKind {
  return kind in GROUP_COLUMN;
}

export function formatScope(scope: ParsedScope): string {
  return scope.id === null ? 'all' : `${scope.kind}:${scope.id}`;
}

/** The scope's meters and label; throws forecast.unknown_scope when the workspace has no such scope. */
export function resolveScope(db: Db, selector: string): ResolvedScope {
  const parsed = parseScope(selector);
  const meterIds =
    parsed.id === null
      ? (db.prepare('SELECT meter_id FROM meters ORDER BY meter_id').pluck().all() as string[])
      : (db.prepare(`SELECT meter_id FROM (${PLACED_METERS}) WHERE ${GROUP_COLUMN[parsed.kind as GroupKind]} = ? ORDER BY meter_id`).pluck().all(parsed.id) as string[]);
  const label = scopeLabel(db, parsed, meterIds.length > 0);
  if (label === null) {
    throw new EngineError('forecast.unknown_scope', `No ${parsed.kind} '${parsed.id}' in this workspace.`, { kind: parsed.kind, id: parsed.id });
  }
  return { ...parsed, selector: formatScope(parsed), label, meterIds, intervalMeters: countIntervalMeters(db, meterIds, parsed.id === null) };
}

/**
 * The display name of a scope, or null when the workspace does not know it. Areas, feeders and
 * customers are known from their own tables (with or without meters); units, categories,
 * industries and meters only by the meters that carry them.
 */
function scopeLabel(db: Db, scope: ParsedScope, hasMeters: boolean): string | null {
  const { kind, id } = scope;
  if (id === null) return 'all';
  const named = (sql: string) => db.prepare(sql).raw(true).get(id) as [string | null] | undefined;
  let row: [string | null] | undefined;
  switch (kind) {
    case 'area':
      row = named('SELECT name FROM areas WHERE area_id = ?') ?? named('SELECT NULL FROM customers WHERE area_id = ? LIMIT 1');
      return row ? (row[0] ?? id) : null;
    case 'feeder':
      row =
        named('SELECT name FROM feeders WHERE feeder_id = ?') ??
        named('SELECT NULL FROM areas WHERE feeder_id = ? LIMIT 1') ??
        named('SELECT NULL FROM customers WHERE feeder_id = ? LIMIT 1');
      return row ? (row[0] ?? id) : null;
    case 'customer':
      row = named('SELECT name FROM customers WHERE customer_id = ?');
      return row ? customerLabel(id, row[0]) : null;
    default:
      return hasMeters ? id : null;
  }
}

/** A customer's number and its name masked (personal data is shown masked outside a case, as the data browser does). */
function customerLabel(id: string, name: string | null): string {
  return name ? `${id} ${maskName(name)}` : id;
}

function countIntervalMeters(db: Db, meterIds: string[], all: boolean): number {
  if (all) return db.prepare(`SELECT COUNT(*) FROM catalog_ledger_entities WHERE kind = 'interval'`).pluck().get() as number;
  const has = db.prepare(`SELECT 1 FROM catalog_ledger_entities WHERE kind = 'interval' AND entity = ?`).pluck();
  let count = 0;
  for (const id of meterIds) if (has.get(id) !== undefined) count++;
  return count;
}

export interface ScopeQuery {
  kind?: ScopeKind | undefined;
  search?: string | undefined;
  limit: number;
}

/** Customers listed without a search: the largest by contracted capacity. */
const LARGEST_CUSTOMERS = 20;

interface Group {
  option: ForecastScopeOption;
  /** Sort key within the kind. */
  order: string | number;
}

/**
 * The scopes that have some load, 'all' first, then supply units, feeders, areas, categories,
 * industries, customers and meters. Customers are listed when searched for (by number) or, the
 * largest by contracted capacity, when not; meters only when searched for. Reads the meters
 * with load from the catalog ledger, so its cost follows the meters, never the load rows.
 */
export function listScopes(db: Db, query: ScopeQuery): ForecastScopes {
  const search = query.search?.trim().toLowerCase() ?? '';
  const wanted = (kind: ScopeKind) => query.kind === undefined || query.kind === kind;
  const matches = (...texts: (string | null)[]) => search === '' || texts.some((t) => t !== null && t.toLowerCase().includes(search));
  const prefixed = (text: string) => search !== '' && text.toLowerCase().startsWith(search);

  const groups: Record<ScopeKind, Map<string, Group>> = Object.fromEntries(scopeKinds.map((k) => [k, new Map()])) as Record<ScopeKind, Map<string, Group>>;
  const names = {
    area: new Map(db.prepare('SELECT area_id, name FROM areas').raw(true).all() as [string, string | null][]),
    feeder: new Map(db.prepare('SELECT feeder_id, name FROM feeders').raw(true).all() as [string, string | null][]),
  };
  const add = (kind: ScopeKind, id: string | null, label: string, curve: number, order: string | number) => {
    const key = id ?? '';
    let group = groups[kind].get(key);
    if (!group) {
      const selector = id === null ? 'all' : `${kind}:${id}`;
      group = { option: { selector, kind, label, meters: 0, intervalMeters: 0 }, order };
      groups[kind].set(key, group);
    }
    group.option.meters++;
    group.option.intervalMeters += curve;
  };

  const rows = db
    .prepare(`SELECT p.*, l.curve FROM (${LOADED_METERS}) l JOIN (${PLACED_METERS}) p ON p.meter_id = l.meter_id`)
    .all() as PlacedRow[];
  for (const r of rows) {
    if (wanted('all') && search === '') add('all', null, 'all', r.curve, 0);
    if (wanted('unit') && r.unit !== null && matches(r.unit)) add('unit', r.unit, r.unit, r.curve, r.unit);
    if (wanted('feeder') && r.feeder_id !== null) {
      const name = names.feeder.get(r.feeder_id) ?? null;
      if (matches(r.feeder_id, name)) add('feeder', r.feeder_id, name ?? r.feeder_id, r.curve, r.feeder_id);
    }
    if (wanted('area') && r.area_id !== null) {
      const name = names.area.get(r.area_id) ?? null;
      if (matches(r.area_id, name)) add('area', r.area_id, name ?? r.area_id, r.curve, r.area_id);
    }
    if (wanted('category') && r.category !== null && matches(r.category)) add('category', r.category, r.category, r.curve, r.category);
    if (wanted('industry') && r.industry !== null && matches(r.industry)) add('industry', r.industry, r.industry, r.curve, r.industry);
    if (wanted('customer') && r.customer_id !== null && (search === '' || prefixed(r.customer_id))) {
      add('customer', r.customer_id, customerLabel(r.customer_id, r.customer_name), r.curve, -(r.contract_kva ?? 0));
    }
    if (wanted('meter') && prefixed(r.meter_id)) add('meter', r.meter_id, r.meter_id, r.curve, r.meter_id);
  }

  const byOrder = (a: Group, b: Group) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.option.selector < b.option.selector ? -1 : 1);
  const listed: ForecastScopeOption[] = [];
  for (const kind of ['all', 'unit', 'feeder', 'area', 'category', 'industry', 'customer', 'meter'] as const) {
    let kindGroups = [...groups[kind].values()].sort(byOrder);
    if (kind === 'customer' && search === '' && query.kind !== 'customer') kindGroups = kindGroups.slice(0, LARGEST_CUSTOMERS);
    listed.push(...kindGroups.map((g) => g.option));
  }
  return { options: listed.slice(0, query.limit), more: listed.length > query.limit };
}

interface PlacedRow {
  meter_id: string;
  customer_id: string | null;
  customer_name: string | null;
  contract_kva: number | null;
  area_id: string | null;
  feeder_id: string | null;
  unit: string | null;
  category: string | null;
  industry: string | null;
  curve: number;
}
