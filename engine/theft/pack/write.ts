// Writing a case's evidence pack to a file: laid out in memory, written beside the target and
// renamed into place when complete (nothing partial is left on failure), and a path the client
// names is never replaced unless it says `overwrite`, as the other exports.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EngineError } from '../../api/errors.js';
import type { Language } from '../../api/types.js';
import type { Db } from '../../store/database.js';
import { packContent } from './content.js';
import { buildPack } from './document.js';
import { findCjkFont } from './font.js';
import { packWords } from './words.js';

export interface PackTarget {
  caseId: number;
  language: Language;
  /** The file to write; when absent, a new file in `folder`. */
  path?: string;
  overwrite?: boolean;
  folder: string;
  /** Told as the pack is read, laid out and written. */
  progress?: (fraction: number, message: string) => void;
}

export interface PackResult {
  path: string;
  fileName: string;
  pages: number;
  bytes: number;
}

export async function writePack(db: Db, target: PackTarget): Promise<PackResult> {
  // The font first: without one there is nothing to write, and the error says what to install.
  const font = findCjkFont();
  const content = packContent(db, target.caseId);
  target.progress?.(0.2, `case ${target.caseId}: laying out`);
  const file = target.path ?? newFileIn(target.folder, target.caseId);
  const refuseExisting = () => {
    if (!target.overwrite && fs.existsSync(file)) {
      throw new EngineError('io', `${file} already exists and was left as it is. Choose another file, or ask to overwrite it.`, { path: file });
    }
  };
  refuseExisting();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.partial`);
  try {
    const { doc, pages } = buildPack(content, packWords(target.language), font);
    target.progress?.(0.8, `case ${target.caseId}: writing ${pages} pages`);
    await new Promise<void>((resolve, reject) => {
      const out = fs.createWriteStream(temporary);
      out.on('finish', resolve);
      out.on('error', reject);
      doc.on('error', reject);
      doc.pipe(out);
      doc.end();
    });
    refuseExisting(); // a file may have appeared there meanwhile
    fs.renameSync(temporary, file);
    return { path: file, fileName: path.basename(file), pages, bytes: fs.statSync(file).size };
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

function newFileIn(folder: string, caseId: number): string {
  const base = `case-${caseId}-evidence-pack`;
  let file = path.join(folder, `${base}.pdf`);
  for (let n = 2; fs.existsSync(file); n++) file = path.join(folder, `${base}-${n}.pdf`);
  return file;
}
