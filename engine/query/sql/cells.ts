// A value SQLite returned, as a result cell: masked where its column is personal, a BLOB as its
// size (on screen) or its bytes in hexadecimal (in a file).
import type { SqlCell } from '../../api/sqlTypes.js';
import type { Masker } from '../../catalog/mask.js';

export function resultCell(value: unknown, masker: Masker | null, blobs: 'size' | 'hex'): SqlCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Buffer.isBuffer(value)) return blobs === 'hex' ? value.toString('hex') : `BLOB (${value.length} bytes)`;
  const text = String(value);
  return masker ? masker(text) : text;
}

/** The storage class of a value, for a result column that is an expression. */
export function valueType(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? 'INTEGER' : 'REAL';
  if (typeof value === 'bigint') return 'INTEGER';
  if (Buffer.isBuffer(value)) return 'BLOB';
  return 'TEXT';
}
