// Saved target lists (target_lists and target_list_members of schema 6): saving one drawn with
// its filters, the lists newest first, and a page of a list's members with masked names.
import type { ListReason, TargetListFilters, TargetListInfo, TargetListMember, TargetListMembersPage } from '../api/customersTypes.js';
import { EngineError } from '../api/errors.js';
import { maskName } from '../catalog/mask.js';
import { nowIso } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { candidates } from './candidates.js';
import { drawList, reasonText } from './drawList.js';
import type { Scenario } from './recommendations.js';

interface ListRow {
  list_id: number;
  name: string;
  created_at: string;
  filters: string;
  customers: number;
}

function listInfo(r: ListRow): TargetListInfo {
  return { listId: r.list_id, name: r.name, createdAt: r.created_at, filters: JSON.parse(r.filters) as TargetListFilters, customers: r.customers };
}

export function saveList(db: Db, name: string, filters: TargetListFilters, scenario: Scenario): TargetListInfo {
  const members = drawList(candidates(db), filters, scenario);
  const createdAt = nowIso();
  const listId = db.transaction(() => {
    const id = Number(
      db.prepare('INSERT INTO target_lists (name, created_at, filters, customers) VALUES (?, ?, ?, ?)').run(name, createdAt, JSON.stringify(filters), members.length)
        .lastInsertRowid,
    );
    const insert = db.prepare('INSERT INTO target_list_members (list_id, customer_id, saving_yuan, reasons) VALUES (?, ?, ?, ?)');
    for (const m of members) insert.run(id, m.customerId, m.savingYuan, JSON.stringify(m.reasons));
    return id;
  })();
  return { listId, name, createdAt, filters, customers: members.length };
}

/** Deletes a saved list and its members; false when there was none. */
export function deleteList(db: Db, listId: number): boolean {
  return db.transaction(() => {
    db.prepare('DELETE FROM target_list_members WHERE list_id = ?').run(listId);
    return db.prepare('DELETE FROM target_lists WHERE list_id = ?').run(listId).changes > 0;
  })();
}

export function lists(db: Db, limit: number): TargetListInfo[] {
  return (db.prepare('SELECT * FROM target_lists ORDER BY list_id DESC LIMIT ?').all(limit) as ListRow[]).map(listInfo);
}

/** A saved list; throws customers.list_not_found. */
export function getList(db: Db, listId: number): TargetListInfo {
  const row = db.prepare('SELECT * FROM target_lists WHERE list_id = ?').get(listId) as ListRow | undefined;
  if (!row) throw new EngineError('customers.list_not_found', `Target list ${listId} is not in this workspace.`, { listId });
  return listInfo(row);
}

export function* memberBatches(db: Db, listId: number, size: number, offset = 0, limit = Number.MAX_SAFE_INTEGER): Generator<TargetListMember[]> {
  const statement = db.prepare(
    `SELECT m.customer_id, c.name, c.category, c.area_id, m.saving_yuan, m.reasons
     FROM target_list_members m LEFT JOIN customers c ON c.customer_id = m.customer_id
     WHERE m.list_id = ? ORDER BY m.customer_id LIMIT ? OFFSET ?`,
  );
  for (let at = offset; at < offset + limit; at += size) {
    const rows = statement.all(listId, Math.min(size, offset + limit - at), at) as {
      customer_id: string;
      name: string | null;
      category: string | null;
      area_id: string | null;
      saving_yuan: number | null;
      reasons: string;
    }[];
    if (rows.length === 0) return;
    yield rows.map((r) => {
      const reasons = JSON.parse(r.reasons) as ListReason[];
      return {
        customerId: r.customer_id,
        name: r.name === null ? null : maskName(r.name),
        category: r.category ?? 'other',
        areaId: r.area_id,
        reason: reasonText(reasons),
        reasons,
        savingYuan: r.saving_yuan,
      };
    });
    if (rows.length < size) return;
  }
}

export function listMembers(db: Db, listId: number, offset: number, limit: number): TargetListMembersPage {
  const total = getList(db, listId).customers;
  return { total, rows: [...memberBatches(db, listId, limit, offset, limit)].flat() };
}
