// A RowView over an array of cells that are already numbers or text: a worksheet row as the
// XLSX reader decodes it, or a row copied out of a reader's batch (the sample).
import { parseNumber } from './parse/numbers.js';
import type { RowView } from './table.js';

/** A cell as a RowView serves it: a number, text (dates already as text), or null when absent. */
export type CellContent = number | string | null;

export class ArrayRow implements RowView {
  constructor(
    readonly rowNumber: number,
    private readonly contents: CellContent[],
  ) {}

  get length(): number {
    return this.contents.length;
  }

  text(i: number): string {
    const content = this.contents[i];
    if (content === undefined || content === null) return '';
    return typeof content === 'number' ? String(content) : content.trim();
  }

  isEmpty(i: number): boolean {
    return this.text(i) === '';
  }

  number(i: number): number {
    const content = this.contents[i];
    if (typeof content === 'number') return content;
    return typeof content === 'string' ? parseNumber(content) : NaN;
  }

  cells(): string[] {
    return Array.from(this.contents, (_, i) => this.text(i));
  }
}
