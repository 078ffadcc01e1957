// Small export files for the import tests, written the way utility systems write them.

/** CSV text: cells with a comma or a quote are quoted. */
export function csv(rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

export const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

/** Point headers P1..Pn. */
export const pointHeaders = (n: number, letter = 'P') => range(n, 1).map((i) => `${letter}${i}`);

/** Time-of-day headers: '00:00'..'23:45' (start) or '0:15'..'24:00' (end). */
export function timeHeaders(points: number, label: 'start' | 'end'): string[] {
  const step = 1440 / points;
  return range(points).map((i) => {
    const minutes = (label === 'start' ? i : i + 1) * step;
    const hh = Math.floor(minutes / 60);
    const mm = String(minutes % 60).padStart(2, '0');
    return label === 'start' ? `${String(hh).padStart(2, '0')}:${mm}` : `${hh}:${mm}`;
  });
}

/** A day's curve: point i is base + i / 100 (exact in Float32 for the values used). */
export const curve = (points: number, base: number) => range(points).map((i) => base + i / 4);
