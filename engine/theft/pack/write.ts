// Writing a case's evidence pack to a file: laid out in memory, landing as every export's file
// does (core/exportFile.ts: nothing partial is left on failure).
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../api/types.js';
import { targetFile, writeInPlace } from '../../core/exportFile.js';
import type { Db } from '../../store/database.js';
import { packContent } from './content.js';
import { buildPack } from './document.js';
import { findCjkFont } from '../../pdf/font.js';
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
  const file = targetFile(target, `case-${target.caseId}-evidence-pack`, 'pdf');
  let pages = 0;
  await writeInPlace(file, target.overwrite, async (temporary) => {
    const pack = buildPack(content, packWords(target.language), font);
    pages = pack.pages;
    target.progress?.(0.8, `case ${target.caseId}: writing ${pages} pages`);
    await new Promise<void>((resolve, reject) => {
      const out = fs.createWriteStream(temporary);
      out.on('finish', resolve);
      out.on('error', reject);
      pack.doc.on('error', reject);
      pack.doc.pipe(out);
      pack.doc.end();
    });
  });
  return { path: file, fileName: path.basename(file), pages, bytes: fs.statSync(file).size };
}
