// A saved target list as a file (the customers.exportList job): its members with masked names and
// the reasons each is on the list in words of the language asked for, as CSV (UTF-8 with a
// byte-order mark, which Excel needs to read Chinese) or an Excel workbook (a frozen header row
// and an info sheet: the list, its filters, when drawn and exported, demo mark). Files land as the
// other exports' do (engine/core/exportFile.ts).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ListReason, TargetListFilters, TargetListInfo, TargetListMember } from '../api/customersTypes.js';
import type { Translate } from '../api/theftReasonText.js';
import type { Language } from '../api/types.js';
import { nowIso } from '../core/calendar.js';
import { csvLine, targetFile, writeInPlace, type FileTarget } from '../core/exportFile.js';
import { refuseOverExcelRows } from '../risk/export/exportCollection.js';
import { getMeta, type Db } from '../store/database.js';
import { wordsIn } from '../theft/export/words.js';
import { getList, memberBatches } from './lists.js';

export interface ListExportArgs extends FileTarget {
  listId: number;
  format: 'csv' | 'xlsx';
  language: Language;
}

export interface ExportProgress {
  throwIfCancelled(): void;
  progress(done: number, total: number): void;
}

const BATCH_ROWS = 2000;

type Cell = string | number | null;

const columns: { key: string; width: number; numFmt?: string; value: (m: TargetListMember, words: MemberWords) => Cell }[] = [
  { key: 'customer', width: 16, value: (m) => m.customerId },
  { key: 'name', width: 12, value: (m) => m.name },
  { key: 'category', width: 14, value: (m, w) => w.category(m.category) },
  { key: 'area', width: 14, value: (m) => m.areaId },
  { key: 'saving', width: 14, numFmt: '#,##0', value: (m) => (m.savingYuan === null ? null : Math.round(m.savingYuan)) },
  { key: 'reasons', width: 80, value: (m, w) => w.reasons(m.reasons) },
];

interface MemberWords {
  category(category: string): string;
  reasons(reasons: ListReason[]): string;
}

/** A list's reasons in words: 'Tag: Repeat contacts; Arrears risk grade: D'. */
export function memberWords(t: Translate, language: Language): MemberWords {
  const category = (c: string) => t(`values.customers.category.${c}`, { defaultValue: c });
  const value = (r: ListReason): string => {
    switch (r.code) {
      case 'tag':
        return t(`service.tags.${r.value}.name`, { defaultValue: String(r.value) });
      case 'segment':
        return t(`segments.names.${r.value}`, { defaultValue: String(r.value) });
      case 'category':
        return category(String(r.value));
      case 'saving':
        return t('targetLists.export.yuanPerYear', { value: new Intl.NumberFormat(language).format(Number(r.value)) });
      default:
        return String(r.value);
    }
  };
  return {
    category,
    reasons: (reasons) => reasons.map((r) => `${t(`targetLists.reasons.${r.code}`)}${language === 'zh-CN' ? '：' : ': '}${value(r)}`).join(language === 'zh-CN' ? '；' : '; '),
  };
}

export async function exportList(db: Db, args: ListExportArgs, job: ExportProgress): Promise<{ path: string; fileName: string; rows: number }> {
  const list = getList(db, args.listId);
  if (args.format === 'xlsx') refuseOverExcelRows(list.customers);
  const t = wordsIn(args.language);
  const words = memberWords(t, args.language);
  const file = targetFile(args, `target-list-${list.listId}`, args.format);
  function* batches(): Generator<TargetListMember[]> {
    let done = 0;
    for (const batch of memberBatches(db, list.listId, BATCH_ROWS)) {
      job.throwIfCancelled();
      yield batch;
      done += batch.length;
      job.progress(done, list.customers);
    }
  }
  const headers = columns.map((c) => t(`targetLists.export.columns.${c.key}`));
  const row = (m: TargetListMember) => columns.map((c) => c.value(m, words));
  await writeInPlace(file, args.overwrite, async (temporary) => {
    if (args.format === 'csv') {
      const fd = fs.openSync(temporary, 'w');
      try {
        fs.writeSync(fd, '\uFEFF' + csvLine(headers) + '\r\n');
        for (const batch of batches()) fs.writeSync(fd, batch.map((m) => csvLine(row(m)) + '\r\n').join(''));
      } finally {
        fs.closeSync(fd);
      }
    } else {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: false });
      const sheet = workbook.addWorksheet(t('targetLists.export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
      const header = sheet.addRow(headers);
      header.font = { bold: true };
      header.commit();
      for (const batch of batches()) for (const m of batch) sheet.addRow(row(m)).commit();
      sheet.commit();
      const info = workbook.addWorksheet(t('targetLists.export.infoSheet'));
      info.columns = [{ width: 24 }, { width: 60 }];
      for (const r of infoRows(t, args.language, list, getMeta(db, 'is_demo') === '1')) info.addRow(r).commit();
      info.commit();
      await workbook.commit();
    }
    job.throwIfCancelled();
  });
  job.progress(list.customers, list.customers);
  return { path: file, fileName: path.basename(file), rows: list.customers };
}

/** The filters a list was drawn with, in words ('Tag: Repeat contacts, Escalation; Arrears risk grade: D, E'). */
function filterWords(t: Translate, language: Language, f: TargetListFilters): string {
  const parts: string[] = [];
  const [colon, comma, semicolon] = language === 'zh-CN' ? ['：', '、', '；'] : [': ', ', ', '; '];
  const add = (code: ListReason['code'], values: string[]) => parts.push(`${t(`targetLists.reasons.${code}`)}${colon}${values.join(comma)}`);
  if (f.category !== undefined) add('category', [t(`values.customers.category.${f.category}`, { defaultValue: f.category })]);
  if (f.areaId !== undefined) add('area', [f.areaId]);
  if (f.tags?.length) add('tag', f.tags.map((tag) => t(`service.tags.${tag}.name`, { defaultValue: tag })));
  if (f.segments?.length) add('segment', f.segments.map((name) => t(`segments.names.${name}`, { defaultValue: name })));
  if (f.riskGrades?.length) add('risk_grade', f.riskGrades);
  if (f.minSavingYuan !== undefined) add('saving', [`≥ ${f.minSavingYuan}`]);
  return parts.length === 0 ? t('targetLists.export.noFilter') : parts.join(semicolon);
}

function infoRows(t: Translate, language: Language, list: TargetListInfo, isDemo: boolean): [string, Cell][] {
  return [
    [t('targetLists.export.list'), `${list.name} (${list.listId})`],
    [t('targetLists.export.filters'), filterWords(t, language, list.filters)],
    [t('targetLists.export.drawnAt'), list.createdAt],
    [t('targetLists.export.rows'), list.customers],
    [t('targetLists.export.generatedAt'), nowIso()],
    [t('targetLists.export.demo'), isDemo ? t('risk.export.demoYes') : t('risk.export.demoNo')],
  ];
}
