// A customer's archive for the 360, personal fields (name, address, phone, ID number) masked as
// the data browser masks them unless the user asked to see them on purpose.
import type { CustomerArchive } from '../api/customersTypes.js';
import { maskAddress, maskIdNumber, maskName, maskPhone, type Masker } from '../catalog/mask.js';
import { formatDay } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { metersOf } from './loadShape.js';

interface ArchiveRow {
  customer_id: string;
  name: string | null;
  address: string | null;
  phone: string | null;
  id_number: string | null;
  category: string;
  category_raw: string | null;
  industry: string | null;
  voltage: string | null;
  contract_kva: number | null;
  supply_unit: string | null;
  area_id: string | null;
  area_name: string | null;
  feeder_id: string | null;
  open_day: number | null;
  prepaid: number | null;
  tariff: string | null;
}

/** A personal field as shown: masked unless unmasked. */
export function personal(value: string | null, mask: Masker, unmask: boolean): string | null {
  return value === null || unmask ? value : mask(value);
}

export function customerArchive(db: Db, customerId: string, unmask: boolean): CustomerArchive | null {
  const r = db
    .prepare(
      `SELECT c.customer_id, c.name, c.address, c.phone, c.id_number, c.category, c.category_raw, c.industry, c.voltage,
         c.contract_kva, c.supply_unit, c.area_id, a.name AS area_name, c.feeder_id, c.open_day, c.prepaid, c.tariff
       FROM customers c LEFT JOIN areas a ON a.area_id = c.area_id WHERE c.customer_id = ?`,
    )
    .get(customerId) as ArchiveRow | undefined;
  if (!r) return null;
  return {
    customerId: r.customer_id,
    name: personal(r.name, maskName, unmask),
    address: personal(r.address, maskAddress, unmask),
    phone: personal(r.phone, maskPhone, unmask),
    idNumber: personal(r.id_number, maskIdNumber, unmask),
    category: r.category,
    categoryRaw: r.category_raw,
    industry: r.industry,
    voltage: r.voltage,
    contractKva: r.contract_kva,
    supplyUnit: r.supply_unit,
    areaId: r.area_id,
    areaName: r.area_name,
    feederId: r.feeder_id,
    openDay: r.open_day === null ? null : formatDay(r.open_day),
    prepaid: r.prepaid === null ? null : r.prepaid === 1,
    tariff: r.tariff,
    meters: metersOf(db, customerId),
  };
}
