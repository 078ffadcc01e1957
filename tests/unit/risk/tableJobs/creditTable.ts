// A small credit table an analyst might bring: an id, two numeric columns and a categorical one
// that all move the chance of default, noise, and a 0/1 target drawn from them (seeded).
export interface CreditRow {
  id: string;
  months_late: number;
  income: number | null;
  housing: string;
  noise: number;
  default: 0 | 1;
}

/** Park–Miller, so that the table is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

export function creditRows(n: number, seed = 7): CreditRow[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const monthsLate = Math.floor(next() * 6);
    const income = next() < 0.05 ? null : Math.round(2000 + next() * 8000);
    const housing = ['own', 'rent', 'free'][Math.floor(next() * 3)]!;
    const logit = -2.2 + 0.6 * monthsLate - ((income ?? 5000) - 5000) / 2500 + (housing === 'rent' ? 0.8 : 0);
    return { id: `C${1000 + i}`, months_late: monthsLate, income, housing, noise: Math.round(next() * 100), default: next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0 };
  });
}

/** The rows as a CSV with a header (the target column left out when `withTarget` is false). */
export function creditCsv(rows: CreditRow[], withTarget = true): string {
  const columns = ['id', 'months_late', 'income', 'housing', 'noise', ...(withTarget ? ['default'] : [])] as (keyof CreditRow)[];
  return [columns.join(','), ...rows.map((r) => columns.map((c) => r[c] ?? '').join(','))].join('\n') + '\n';
}
