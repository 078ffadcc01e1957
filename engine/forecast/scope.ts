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

/** Every meter with the scopes it belongs to (NULL where its customer or area says nothing); listScopes applies the same rules. */
const PLACED_METERS = /* sql */ `
  SELECT m.meter_id, c.customer_id, c.area_id,
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

/** Customers listed without a search (unless only customers are asked for): the largest by contracted capacity. */
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

  // The areas and feeders are few: the rules of PLACED_METERS applied here cost a lookup in a
  // map instead of two joins per meter.
  const areas = new Map(
    (db.prepare('SELECT area_id, name, feeder_id, supply_unit FROM areas').raw(true).all() as [string, string | null, string | null, string | null][]).map(
      ([id, name, feeder, unit]) => [id, { name, feeder, unit }],
    ),
  );
  const feeders = new Map(
    (db.prepare('SELECT feeder_id, name, supply_unit FROM feeders').raw(true).all() as [string, string | null, string | null][]).map(([id, name, unit]) => [
      id,
      { name, unit },
    ]),
  );
  const rows = db
    .prepare(
      `SELECT l.meter_id, l.curve, c.customer_id, c.name, c.contract_kva, c.area_id, c.feeder_id, c.supply_unit, c.category, c.industry
         FROM (${LOADED_METERS}) l JOIN meters m ON m.meter_id = l.meter_id LEFT JOIN customers c ON c.customer_id = m.customer_id`,
    )
    .raw(true)
    .all() as PlacedRow[];
  // Without a search, only the largest customers are listed: chosen before any is labelled.
  const largest = search === '' && wanted('customer') ? largestCustomers(rows, query.kind === 'customer' ? query.limit + 1 : LARGEST_CUSTOMERS) : new Set<string>();
  for (const [meterId, curve, customerId, customerName, contractKva, areaId, ownFeeder, ownUnit, category, industry] of rows) {
    const area = areaId === null ? undefined : areas.get(areaId);
    const feederId = ownFeeder ?? area?.feeder ?? null;
    const feeder = feederId === null ? undefined : feeders.get(feederId);
    const unit = ownUnit ?? area?.unit ?? feeder?.unit ?? null;
    if (wanted('all') && search === '') add('all', null, 'all', curve, 0);
    if (wanted('unit') && unit !== null && matches(unit)) add('unit', unit, unit, curve, unit);
    if (wanted('feeder') && feederId !== null && matches(feederId, feeder?.name ?? null)) add('feeder', feederId, feeder?.name ?? feederId, curve, feederId);
    if (wanted('area') && areaId !== null && matches(areaId, area?.name ?? null)) add('area', areaId, area?.name ?? areaId, curve, areaId);
    if (wanted('category') && category !== null && matches(category)) add('category', category, category, curve, category);
    if (wanted('industry') && industry !== null && matches(industry)) add('industry', industry, industry, curve, industry);
    if (wanted('customer') && customerId !== null) {
      if (search !== '' ? prefixed(customerId) : largest.has(customerId)) add('customer', customerId, customerLabel(customerId, customerName), curve, -(contractKva ?? 0));
    }
    if (wanted('meter') && prefixed(meterId)) add('meter', meterId, meterId, curve, meterId);
  }

  const byOrder = (a: Group, b: Group) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.option.selector < b.option.selector ? -1 : 1);
  const listed: ForecastScopeOption[] = [];
  for (const kind of ['all', 'unit', 'feeder', 'area', 'category', 'industry', 'customer', 'meter'] as const) {
    listed.push(...[...groups[kind].values()].sort(byOrder).map((g) => g.option));
  }
  return { options: listed.slice(0, query.limit), more: listed.length > query.limit };
}

/** The `count` customers with load of the largest contracted capacity (then by number). */
function largestCustomers(rows: PlacedRow[], count: number): Set<string> {
  const capacity = new Map<string, number>();
  for (const row of rows) if (row[2] !== null) capacity.set(row[2], row[4] ?? -1);
  const ranked = [...capacity].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, count).map(([id]) => id));
}

/** A meter with load, its curve flag (0, 1) and its customer's columns (NULL for an unmatched meter). */
type PlacedRow = [
  meterId: string,
  curve: number,
  customerId: string | null,
  customerName: string | null,
  contractKva: number | null,
  areaId: string | null,
  feederId: string | null,
  unit: string | null,
  category: string | null,
  industry: string | null,
];
