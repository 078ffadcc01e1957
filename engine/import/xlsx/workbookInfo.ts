// The worksheets of an XLSX file in tab order, read from xl/workbook.xml and its relationships
// through the ZIP directory: the sheet list is known before any row is streamed. The
// relationships also name the shared strings and styles parts that a worksheet's cells refer to.
import type { FileHandle } from 'node:fs/promises';
import { readZipPart, ZipDamage, type ZipEntry } from './zipDirectory.js';

export interface SheetInfo {
  name: string;
  /** The worksheet's part in the archive, e.g. 'xl/worksheets/sheet2.xml'. */
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  /** Dates count from 1904-01-01 (old Mac workbooks) instead of 1899-12-30. */
  date1904: boolean;
  /** The shared strings part ('xl/sharedStrings.xml'), null when the workbook names none. */
  sharedStrings: string | null;
  /** The styles part ('xl/styles.xml'), null when the workbook names none. */
  styles: string | null;
}

const SHEET_TAG = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
const RELATIONSHIP_TAG = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;

export async function readWorkbookInfo(file: FileHandle, entries: ZipEntry[]): Promise<WorkbookInfo> {
  const part = (name: string) => entries.find((entry) => entry.name === name);
  const workbookEntry = part('xl/workbook.xml');
  const relsEntry = part('xl/_rels/workbook.xml.rels');
  if (!workbookEntry || !relsEntry) throw new ZipDamage('the workbook part is missing');
  const workbook = (await readZipPart(file, workbookEntry)).toString('utf8');
  const rels = (await readZipPart(file, relsEntry)).toString('utf8');

  const targets = new Map<string, string>();
  let sharedStrings: string | null = null;
  let styles: string | null = null;
  for (const [, attributes] of rels.matchAll(RELATIONSHIP_TAG)) {
    const id = attribute(attributes!, 'Id');
    const target = attribute(attributes!, 'Target');
    if (id === null || target === null) continue;
    targets.set(id, partPath(target));
    // Transitional and Strict OOXML differ in the type's namespace, not its last segment.
    const type = attribute(attributes!, 'Type') ?? '';
    if (type.endsWith('/sharedStrings')) sharedStrings = partPath(target);
    else if (type.endsWith('/styles')) styles = partPath(target);
  }
  const sheets: SheetInfo[] = [];
  for (const [, attributes] of workbook.matchAll(SHEET_TAG)) {
    const name = attribute(attributes!, 'name');
    const relationship = attribute(attributes!, '\\w+:id');
    const target = relationship === null ? undefined : targets.get(relationship);
    if (name !== null && target !== undefined) sheets.push({ name, part: target });
  }
  if (sheets.length === 0) throw new ZipDamage('the workbook lists no worksheets');
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);
  return { sheets, date1904, sharedStrings, styles };
}

/** Targets are relative to xl/ unless absolute ('/xl/worksheets/sheet1.xml'); '..' and '.' resolved. */
function partPath(target: string): string {
  const segments: string[] = [];
  for (const segment of (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decodeXml(match[1] ?? match[2]!) : null;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === '#') {
      return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity]!;
  });
}
