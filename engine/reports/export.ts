// Writing a report to a file: its content computed from the workspace, then laid out as a PDF
// or an Excel workbook, landing as every export's file does (core/exportFile.ts: nothing partial
// is left on failure or when the job is cancelled between sections).
import fs from 'node:fs';
import path from 'node:path';
import type { ReportExportResult, ReportSpec } from '../api/reportsTypes.js';
import { targetFile, writeInPlace } from '../core/exportFile.js';
import { findCjkFont } from '../pdf/font.js';
import type { Db } from '../store/database.js';
import { reportContent } from './content.js';
import { buildReportPdf } from './render/pdf.js';
import { writeReportXlsx } from './render/xlsx.js';
import { reportWords } from './words.js';

export interface ReportTarget {
  format: 'pdf' | 'xlsx';
  path?: string | undefined;
  overwrite?: boolean | undefined;
  folder: string;
  /** Told as sections are computed (first half) and laid out (second half). */
  progress: (fraction: number, message: string) => void;
  throwIfCancelled: () => void;
}

/** A file name from the title: what a file system accepts, else 'report'. */
export function reportFileBase(title: string): string {
  return title.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'report';
}

export async function exportReport(db: Db, spec: ReportSpec, target: ReportTarget): Promise<ReportExportResult> {
  // The font first: without one there is nothing to draw the text with, and the error says what to install.
  const font = findCjkFont();
  const step = (offset: number) => (index: number, count: number) => {
    target.throwIfCancelled();
    target.progress(offset + (0.45 * index) / count, `section ${index + 1} of ${count}`);
  };
  const content = reportContent(db, spec, { section: step(0) });
  const words = reportWords(spec.language);
  const file = targetFile(target, reportFileBase(spec.title), target.format);
  let parts = 0;
  await writeInPlace(file, target.overwrite, async (temporary) => {
    if (target.format === 'xlsx') {
      parts = await writeReportXlsx(temporary, content, words, font, { section: step(0.5) });
      return;
    }
    const pdf = buildReportPdf(content, words, font, { section: step(0.5) });
    parts = pdf.pages;
    target.progress(0.95, `writing ${parts} pages`);
    await new Promise<void>((resolve, reject) => {
      const out = fs.createWriteStream(temporary);
      out.on('finish', resolve);
      out.on('error', reject);
      pdf.doc.on('error', reject);
      pdf.doc.pipe(out);
      pdf.doc.end();
    });
  });
  return { path: file, fileName: path.basename(file), format: target.format, bytes: fs.statSync(file).size, parts };
}
