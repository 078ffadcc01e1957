// What a check collects: every finding counted into its figure (findings, entities, amount),
// the first qualityRowsKept of each kind and code kept as rows to drill down to. Collected in
// memory while the scans read (a connection cannot write while it iterates) and written at the end.
import { qualityRowsKept, type QualityCode } from '../api/qualityTypes.js';
import type { DataKind } from '../api/types.js';
import type { Day } from '../core/calendar.js';

export interface FindingRow {
  kind: DataKind;
  code: QualityCode;
  entity: string;
  day: Day | null;
  value: number | null;
  expected: number | null;
  detail: string | null;
}

export interface Figure {
  kind: DataKind;
  code: QualityCode;
  findings: number;
  entities: Set<string>;
  amount: number;
  rows: FindingRow[];
}

export class Findings {
  readonly figures = new Map<string, Figure>();

  constructor(private readonly keep = qualityRowsKept) {}

  /** One finding; `amount` is what it adds to its figure's measure (default: its value, else 1). */
  add(row: FindingRow, amount = row.value ?? 1): void {
    const key = `${row.kind}|${row.code}`;
    let figure = this.figures.get(key);
    if (!figure) this.figures.set(key, (figure = { kind: row.kind, code: row.code, findings: 0, entities: new Set(), amount: 0, rows: [] }));
    figure.findings++;
    figure.entities.add(row.entity);
    figure.amount += amount;
    if (figure.rows.length < this.keep) figure.rows.push(row);
  }

  get total(): number {
    let total = 0;
    for (const figure of this.figures.values()) total += figure.findings;
    return total;
  }
}
