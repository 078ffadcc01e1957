// The columns the SQL console treats as personal data (masked in results unless the call asks
// to unmask) and as secrets (never read): the archive's name, address, phone and ID number, as
// the data browser masks them (catalog/views.ts), and a profile's password hash.
import { maskAddress, maskIdNumber, maskName, maskPhone, type Masker } from '../../catalog/mask.js';

/** `table.column` → how its values are masked. */
export const personalColumns: ReadonlyMap<string, Masker> = new Map([
  ['customers.name', maskName],
  ['customers.address', maskAddress],
  ['customers.phone', maskPhone],
  ['customers.id_number', maskIdNumber],
]);

export const secretColumns: ReadonlySet<string> = new Set(['users.password_hash']);

export function columnKey(table: string, column: string): string {
  return `${table.toLowerCase()}.${column.toLowerCase()}`;
}
