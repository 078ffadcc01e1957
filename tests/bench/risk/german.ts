// Statlog German credit (../shared/data/german_credit/german.data): 1,000 applicants, 20
// attributes separated by spaces, no header, the last column 1 = good, 2 = bad. The columns get
// the names german.doc gives them; its 13 qualitative attributes (codes A11, A12, ...) are
// categorical, its 7 numerical ones numeric. Target 1 = bad.
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureColumn, FeatureTable } from '../../../engine/risk/model/types.js';
import { sharedDataDir } from '../../helpers/paths.js';

export const germanFile = path.join(sharedDataDir, 'german_credit', 'german.data');

const attributes: [name: string, kind: 'numeric' | 'categorical'][] = [
  ['checking_account', 'categorical'],
  ['duration_months', 'numeric'],
  ['credit_history', 'categorical'],
  ['purpose', 'categorical'],
  ['credit_amount', 'numeric'],
  ['savings', 'categorical'],
  ['employed_since', 'categorical'],
  ['installment_rate_pct', 'numeric'],
  ['personal_status_sex', 'categorical'],
  ['other_debtors', 'categorical'],
  ['residence_since', 'numeric'],
  ['property', 'categorical'],
  ['age_years', 'numeric'],
  ['other_installment_plans', 'categorical'],
  ['housing', 'categorical'],
  ['existing_credits', 'numeric'],
  ['job', 'categorical'],
  ['people_liable', 'numeric'],
  ['telephone', 'categorical'],
  ['foreign_worker', 'categorical'],
];

export function readGermanCredit(file = germanFile): FeatureTable {
  const lines = fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const cells = lines.map((line) => line.split(/\s+/));
  for (const [k, row] of cells.entries()) {
    if (row.length !== attributes.length + 1) throw new Error(`${file} line ${k + 1} has ${row.length} fields, not ${attributes.length + 1}`);
  }
  const columns = attributes.map(([name, kind], a): FeatureColumn =>
    kind === 'numeric'
      ? { name, kind, side: null, values: Float64Array.from(cells, (row) => Number(row[a])) }
      : { name, kind, side: null, values: cells.map((row) => row[a]!) },
  );
  return {
    ids: cells.map((_, k) => String(k + 1)),
    target: Uint8Array.from(cells, (row) => (row[attributes.length] === '2' ? 1 : 0)),
    columns,
  };
}
