// A bin as the analyst reads it: '(-∞, 3]', '(3, 6]', '(6, +∞)', 'bank, app', 'missing'.
import type { BinRange } from '../model/types.js';

/** Up to six significant digits, without trailing zeros. */
function figure(x: number): string {
  return String(Number(x.toPrecision(6)));
}

export function binText(range: BinRange): string {
  if (range.type === 'missing') return 'missing';
  if (range.type === 'categories') return range.values.join(', ');
  const lower = range.lower === null ? '(-∞' : `(${figure(range.lower)}`;
  const upper = range.upper === null ? '+∞)' : `${figure(range.upper)}]`;
  return `${lower}, ${upper}`;
}
