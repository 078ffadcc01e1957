// customers.search: customers whose number starts with the text, or, once the user has unmasked
// personal fields, whose name or phone does (the data browser's rule: a masked list cannot be
// searched by what it hides; engine/catalog/search.ts), filtered by category and area.
import type { CustomerSearchPage } from '../api/customersTypes.js';
import { maskAddress, maskName, maskPhone } from '../catalog/mask.js';
import { searchFilter } from '../catalog/search.js';
import type { Db } from '../store/database.js';
import { personal } from './archive.js';

export interface CustomerSearch {
  search?: string | undefined;
  category?: string | undefined;
  areaId?: string | undefined;
  unmask: boolean;
  offset: number;
  limit: number;
}

export function searchCustomers(db: Db, args: CustomerSearch): CustomerSearchPage {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  if (args.search) {
    const filter = searchFilter({ by: 'prefix', columns: ['t.customer_id'], personal: ['t.name', 't.phone'] }, args.search, args.unmask);
    conditions.push(filter.condition);
    Object.assign(params, filter.params);
  }
  if (args.category !== undefined) {
    conditions.push('t.category = @category');
    params.category = args.category;
  }
  if (args.areaId !== undefined) {
    conditions.push('t.area_id = @areaId');
    params.areaId = args.areaId;
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM customers t ${where}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT t.customer_id, t.name, t.phone, t.address, t.category, t.area_id, t.supply_unit FROM customers t ${where} ORDER BY t.customer_id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: args.limit, offset: args.offset }) as {
    customer_id: string;
    name: string | null;
    phone: string | null;
    address: string | null;
    category: string;
    area_id: string | null;
    supply_unit: string | null;
  }[];
  return {
    total,
    unmasked: args.unmask,
    rows: rows.map((r) => ({
      customerId: r.customer_id,
      name: personal(r.name, maskName, args.unmask),
      phone: personal(r.phone, maskPhone, args.unmask),
      address: personal(r.address, maskAddress, args.unmask),
      category: r.category,
      areaId: r.area_id,
      supplyUnit: r.supply_unit,
    })),
  };
}
