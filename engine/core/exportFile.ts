// Where every export's file goes and how it lands there: a path
// the client names, else a new file in the exports folder; written beside the target and renamed
// into place when complete; a named path never replaced unless the client says `overwrite`.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EngineError } from '../api/errors.js';

export interface FileTarget {
  /** The file to write; when absent, a new file in `folder`. */
  path?: string | undefined;
  overwrite?: boolean | undefined;
  folder: string;
}

/** The target's file: its path, else `base.ext` in its folder (`base-2.ext`... when taken). */
export function targetFile(target: FileTarget, base: string, ext: string): string {
  if (target.path !== undefined) return path.resolve(target.path);
  let file = path.join(target.folder, `${base}.${ext}`);
  for (let n = 2; fs.existsSync(file); n++) file = path.join(target.folder, `${base}-${n}.${ext}`);
  return file;
}

/** Writes `file` through `write(temporary)`, then renames it into place; throws io when it exists and overwrite is not asked. */
export async function writeInPlace(file: string, overwrite: boolean | undefined, write: (temporary: string) => void | Promise<void>): Promise<void> {
  const refuseExisting = () => {
    if (!overwrite && fs.existsSync(file)) {
      throw new EngineError('io', `${file} already exists and was left as it is. Choose another file, or ask to overwrite it.`, { path: file });
    }
  };
  refuseExisting();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.partial`);
  try {
    await write(temporary);
    refuseExisting(); // a file may have appeared there meanwhile
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** A CSV cell of text, quoted where a comma, quote or line break needs it. */
export function csvText(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV line: text quoted where needed (csvText); non-finite numbers and nulls empty. */
export function csvLine(cells: (string | number | null)[]): string {
  return cells
    .map((cell) => {
      if (cell === null) return '';
      if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
      return csvText(cell);
    })
    .join(',');
}
