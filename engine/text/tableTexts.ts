// The training rows of a CSV: those with both a text and a label (a blank one teaches nothing).
import type { TextTable } from './table.js';

export function trainTableTexts(table: TextTable): { texts: string[]; labels: string[]; skipped: number } {
  const texts: string[] = [];
  const labels: string[] = [];
  table.texts.forEach((text, i) => {
    const label = table.labels?.[i] ?? '';
    if (text === '' || label === '') return;
    texts.push(text);
    labels.push(label);
  });
  return { texts, labels, skipped: table.texts.length - texts.length };
}
