// The units scored: every customer of the archive with its meters, and every meter no archive
// names (then the meter number stands in for the customer, as the CLI's contract says).
import type { Db } from '../../store/database.js';
import type { ScoredUnit } from '../types.js';

export interface Units {
  units: ScoredUnit[];
  /** Meter number -> index in units. */
  unitOfMeter: Map<string, number>;
  /** Customer number -> index in units (customers of the archive only). */
  unitOfCustomer: Map<string, number>;
}

interface CustomerRow {
  customer_id: string;
  category: string;
  industry: string | null;
  area_id: string | null;
  contract_kva: number | null;
  open_day: number | null;
}

export function loadUnits(db: Db): Units {
  const units: ScoredUnit[] = [];
  const unitOfMeter = new Map<string, number>();
  const unitOfCustomer = new Map<string, number>();
  const customers = db.prepare('SELECT customer_id, category, industry, area_id, contract_kva, open_day FROM customers ORDER BY customer_id').all() as CustomerRow[];
  for (const c of customers) {
    unitOfCustomer.set(c.customer_id, units.length);
    units.push({
      id: c.customer_id,
      kind: 'customer',
      meters: [],
      category: c.category,
      industry: c.industry,
      areaId: c.area_id,
      contractKva: c.contract_kva,
      openDay: c.open_day,
    });
  }
  const meters = db.prepare('SELECT meter_id, customer_id FROM meters ORDER BY meter_id').all() as { meter_id: string; customer_id: string | null }[];
  for (const m of meters) {
    let index = m.customer_id === null ? undefined : unitOfCustomer.get(m.customer_id);
    if (index === undefined) {
      index = units.length;
      units.push({ id: m.meter_id, kind: 'meter', meters: [], category: null, industry: null, areaId: null, contractKva: null, openDay: null });
    }
    units[index]!.meters.push(m.meter_id);
    unitOfMeter.set(m.meter_id, index);
  }
  return { units, unitOfMeter, unitOfCustomer };
}
