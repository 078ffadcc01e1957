// What the read-only SQL console (sql.*) answers with.

/** One result column: its name, its declared (or, for an expression, first value's) type, and where it comes from. */
export interface SqlColumn {
  name: string;
  /** TEXT, INTEGER, REAL, BLOB or NULL (an expression whose values were all null). */
  type: string;
  /** The table and column the values are read from, when the column is one directly. */
  table?: string;
  column?: string;
}

export type SqlCell = string | number | null;

export interface SqlRunResult {
  columns: SqlColumn[];
  rows: SqlCell[][];
  /** More rows existed than the limit let through. */
  truncated: boolean;
  limit: number;
  elapsedMs: number;
  /** Result columns (names) whose personal values were masked. */
  masked: string[];
  /**
   * Personal data was asked for unmasked (`unmask: true`) and the statement reads some: the
   * hook the audit log records unmaskings by. False when nothing personal was read.
   */
  unmasked: boolean;
  /** The personal columns (table.column) the statement reads, shown masked or not. */
  personal: string[];
}

export interface SqlSchemaColumn {
  name: string;
  type: string;
  /** The column's comment in the schema (English), when it has one. */
  comment: string | null;
  /** Personal data (name, address, phone, ID number): masked in results unless unmasked. */
  personal: boolean;
}

export interface SqlSchemaTable {
  name: string;
  type: 'table' | 'view';
  columns: SqlSchemaColumn[];
}

export interface SqlExportResult {
  path: string;
  fileName: string;
  rows: number;
  /** The result had more rows than an export takes (sqlExportRowLimit). */
  truncated: boolean;
  masked: string[];
  unmasked: boolean;
  personal: string[];
}

/** Rows a console result shows at most, and by default. */
export const sqlRowLimit = { default: 1000, max: 100_000 } as const;
/** Rows an export writes at most. */
export const sqlExportRowLimit = 1_000_000;
/** The time limit in seconds: default and most. */
export const sqlTimeLimit = { default: 10, max: 120 } as const;
