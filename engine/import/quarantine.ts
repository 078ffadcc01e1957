// Rows that fail validation are kept, not dropped: each goes to the quarantine table with
// its cells, the column at fault and the reason, so that the user can see, export, fix and
// re-import them. One problem per row (the first found).
import type { RowProblem } from '../api/importTypes.js';
import type { Db } from '../store/database.js';

/** Problems returned with an import's result; the rest are in the quarantine table. */
export const RESULT_ERRORS = 100;

export class QuarantineSink {
  readonly errors: RowProblem[] = [];
  count = 0;
  private readonly insert;

  constructor(
    db: Db,
    private readonly importId: number,
  ) {
    this.insert = db.prepare(
      'INSERT INTO quarantine (import_id, row, column_name, code, reason, cells) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  add(problem: RowProblem, cells: string[]): void {
    this.insert.run(this.importId, problem.row, problem.column, problem.code, problem.reason, JSON.stringify(cells));
    this.count++;
    if (this.errors.length < RESULT_ERRORS) this.errors.push(problem);
  }
}
