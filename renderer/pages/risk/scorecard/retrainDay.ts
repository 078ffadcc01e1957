// A workspace model keeps the day of its features (RiskModelInfo.asOf); risk.train takes the
// scoring day, the features' day plus the horizon. Retraining with edited bins asks for the
// same training window, so it passes that day back.

/** 'YYYY-MM-DD' plus whole months: a month's last day stays the last day, other days are clamped to the month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
  const month0 = m - 1 + months;
  const year = y + Math.floor(month0 / 12);
  const month = ((month0 % 12) + 12) % 12;
  const day = d === lastDay(y, m - 1) ? lastDay(year, month) : Math.min(d, lastDay(year, month));
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The as-of day that trains a model on the same window again, when the model says its window. */
export function retrainAsOf(model: { asOf: string | null; horizonMonths: number | null }): string | undefined {
  return model.asOf && model.horizonMonths ? addMonths(model.asOf, model.horizonMonths) : undefined;
}
