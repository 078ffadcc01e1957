// The demo's archive: feeders, transformer areas, customers and their meters.
import { categoryText, type Region } from './region.js';
import type { Writer } from './writer.js';

export function writeArchive(writer: Writer, region: Region): void {
  const s = writer.statements;
  const areasImport = writer.importId('areas');
  const unitName = new Map(region.supplyUnits.map((u) => [u.id, u.name]));
  for (const f of region.feeders) s.feeder.run(f.id, f.name, unitName.get(f.supplyUnit) ?? null, areasImport);
  for (const a of region.areas) s.area.run(a.id, a.name, a.feederId, a.capacityKva, unitName.get(a.supplyUnit) ?? null, areasImport);
  writer.count('areas', region.areas.length);
  const customersImport = writer.importId('customers');
  for (const c of region.customers) {
    s.customer.run({
      id: c.id,
      name: c.name,
      address: c.address,
      phone: c.phone,
      idNumber: c.idNumber,
      category: c.category,
      categoryRaw: categoryText[c.category],
      industry: c.industry,
      voltage: c.voltage,
      contractKva: c.contractKva,
      supplyUnit: c.supplyUnit,
      areaId: c.areaId,
      feederId: c.feederId,
      openDay: c.openDay,
      prepaid: c.prepaid ? 1 : 0,
      tariff: c.tariff,
      importId: customersImport,
    });
    s.meter.run(c.meterId, c.id, c.multiplier, customersImport);
  }
  writer.count('customers', region.customers.length);
}
