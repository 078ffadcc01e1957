// Which run the Forecast tab shows, kept in the URL (#/forecast/run/12, or 12~15 to compare
// run 12 with run 15), so that reloading the window shows it again.
export interface RunRoute {
  runId: number | null;
  compareId: number | null;
}

const positive = (text: string | undefined) => (text !== undefined && /^[1-9]\d*$/.test(text) ? Number(text) : null);

export function parseRunDetail(detail: string | null): RunRoute {
  const [run, compare] = (detail ?? '').split('~');
  const runId = positive(run);
  return { runId, compareId: runId === null ? null : positive(compare) };
}

export function runDetail({ runId, compareId }: RunRoute): string | undefined {
  if (runId === null) return undefined;
  return compareId === null ? String(runId) : `${runId}~${compareId}`;
}
