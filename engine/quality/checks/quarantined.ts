// Values the imports refused as impossible, found in the quarantine: negative values and
// frozen readings going backwards (a negative difference), per kind of the file they came in.
import { dataKinds, type DataKind } from '../../api/types.js';
import type { CheckContext } from './context.js';

const isDataKind = (kind: string): kind is DataKind => (dataKinds as readonly string[]).includes(kind);

export function checkQuarantined(ctx: CheckContext): void {
  const rows = ctx.db
    .prepare(
      `SELECT i.kind, i.file_name AS file, q.row, q.column_name AS columnName, q.code, q.reason
         FROM quarantine q JOIN imports i ON i.import_id = q.import_id
        WHERE q.code IN ('negative_value', 'negative_difference')
        ORDER BY q.import_id, q.row`,
    )
    .iterate() as IterableIterator<{ kind: string; file: string; row: number; columnName: string; code: string; reason: string }>;
  for (const q of rows) {
    if (!isDataKind(q.kind)) continue;
    const code = q.code === 'negative_difference' ? 'backwards' : 'negative';
    ctx.findings.add({ kind: q.kind, code, entity: q.file, day: null, value: null, expected: null, detail: `row ${q.row}, ${q.columnName}: ${q.reason} (quarantined)` }, 1);
  }
}
