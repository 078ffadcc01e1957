// Column headers as exports write them, matched to the fields of a data kind through synonym
// tables (resources/headers/*.json): '户号', '用户编号' and 'customer_no' all name the customer.
// Also finds the header row under title lines, and the point columns of wide load curves.
import { parseNumber } from './parse/numbers.js';
import { toHalfWidth } from './parse/width.js';

/** Field name -> the header names accepted for it. */
export type SynonymTable = Record<string, string[]>;

export interface PointColumns {
  /** 0-based columns of the points, in time order. */
  columns: number[];
  points: 24 | 48 | 96;
  /** Whether a time label names the start or the end of its interval ('00:00' vs '00:15' first). */
  timeLabel: 'start' | 'end';
}

/** A unit in brackets closing the header: '温度(℃)', '负荷（kW）', 'Demand [MW]', '电量【kWh】'. */
const TRAILING_UNIT = /^(.*?)\s*[([【]\s*([^()[\]【】]*?)\s*[)\]】]$/;
const ASCII_ONLY = /^[\x00-\x7f]+$/;
const WORD_CHAR = /[a-z0-9]/;
const HEADER_SCAN_ROWS = 30;
const POINT_COUNTS = [96, 48, 24] as const;

/** Trimmed, half-width, lower-case, without blanks or a trailing bracketed unit. */
export function normalizeHeader(text: string): string {
  const s = toHalfWidth(text).trim();
  const unit = TRAILING_UNIT.exec(s);
  const name = unit && unit[1] !== '' ? unit[1]! : s;
  return name.toLowerCase().replace(/\s+/g, '');
}

/** The unit in brackets closing a header ('负荷（kW）' -> 'kW'), or null. */
export function headerUnit(text: string): string | null {
  const unit = TRAILING_UNIT.exec(toHalfWidth(text).trim());
  return unit && unit[1] !== '' && unit[2] !== '' ? unit[2]! : null;
}

/**
 * Field -> 0-based column. Each field takes at most one column and each column at most one
 * field. Exact matches of the normalised header come first, in the table's field order; then
 * the remaining fields take columns whose header contains one of their synonyms, longest
 * synonym first ('数据日期' holds '日期'). An ASCII synonym must stand as a word in the header
 * ('kwh' in 'supply_kwh', not 'date' in 'update').
 */
export function matchFields(headers: string[], table: SynonymTable): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const [field, match] of matches(headers, table)) fields[field] = match.column;
  return fields;
}

interface Match {
  column: number;
  exact: boolean;
}

function matches(headers: string[], table: SynonymTable): Map<string, Match> {
  const names = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const found = new Map<string, Match>();
  const synonyms = Object.entries(table).map(([field, list]) => [field, list.map(normalizeHeader).filter(Boolean)] as const);

  for (const [field, list] of synonyms) {
    const column = names.findIndex((name, i) => !taken.has(i) && name !== '' && list.includes(name));
    if (column >= 0) {
      found.set(field, { column, exact: true });
      taken.add(column);
    }
  }

  const candidates: { field: string; column: number; length: number; order: number }[] = [];
  synonyms.forEach(([field, list], order) => {
    if (found.has(field)) return;
    names.forEach((name, column) => {
      if (taken.has(column)) return;
      const longest = Math.max(0, ...list.filter((synonym) => contains(name, synonym)).map((s) => s.length));
      if (longest > 0) candidates.push({ field, column, length: longest, order });
    });
  });
  candidates.sort((a, b) => b.length - a.length || a.column - b.column || a.order - b.order);
  for (const { field, column } of candidates) {
    if (found.has(field) || taken.has(column)) continue;
    found.set(field, { column, exact: false });
    taken.add(column);
  }
  return found;
}

function contains(header: string, synonym: string): boolean {
  if (synonym.length < 2) return false;
  if (!ASCII_ONLY.test(synonym)) return header.includes(synonym);
  for (let at = header.indexOf(synonym); at >= 0; at = header.indexOf(synonym, at + 1)) {
    const before = header[at - 1];
    const after = header[at + synonym.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/**
 * The point columns of a wide load-curve layout: numbered (P1..P96, p1.., H1..H24, V1..) or
 * labelled with times ('0:15'..'24:00' label interval ends, '00:00'..'23:45' starts,
 * '00:30'..'24:00' half-hours). Numbered points count intervals from midnight, so they are
 * reported as start-labelled. Null unless the point-like headers make exactly one complete set
 * of 24, 48 or 96.
 */
export function detectPointColumns(headers: string[]): PointColumns | null {
  const numbered = numberedPoints(headers);
  const timed = timedPoints(headers);
  if (numbered && (!timed || numbered.points >= timed.points)) return numbered;
  return timed;
}

function numberedPoints(headers: string[]): PointColumns | null {
  const byLetter = new Map<string, Map<number, number>>();
  headers.forEach((header, column) => {
    const m = /^([phv])_?0*(\d{1,3})$/.exec(normalizeHeader(header));
    if (!m) return;
    const points = byLetter.get(m[1]!) ?? new Map<number, number>();
    if (!points.has(Number(m[2]))) points.set(Number(m[2]), column);
    byLetter.set(m[1]!, points);
  });
  let best: PointColumns | null = null;
  for (const points of byLetter.values()) {
    // The set must be whole: P1..P95 is a damaged file, not 48 points and 47 strays.
    const count = POINT_COUNTS.find((n) => points.size === n && allPresent(points, 1, n, 1));
    if (count && (!best || count > best.points)) {
      best = { columns: range(1, count, 1).map((n) => points.get(n)!), points: count, timeLabel: 'start' };
    }
  }
  return best;
}

function timedPoints(headers: string[]): PointColumns | null {
  const byMinute = new Map<number, number>();
  headers.forEach((header, column) => {
    const m = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(toHalfWidth(header).trim());
    if (!m || Number(m[2]) > 59) return;
    const minute = Number(m[1]) * 60 + Number(m[2]);
    if (minute <= 1440 && !byMinute.has(minute)) byMinute.set(minute, column);
  });
  for (const points of POINT_COUNTS) {
    if (byMinute.size !== points) continue;
    const step = 1440 / points;
    for (const [first, timeLabel] of [
      [0, 'start'],
      [step, 'end'],
    ] as const) {
      if (allPresent(byMinute, first, points, step)) {
        return { columns: range(first, points, step).map((minute) => byMinute.get(minute)!), points, timeLabel };
      }
    }
  }
  return null;
}

function range(first: number, count: number, step: number): number[] {
  return Array.from({ length: count }, (_, k) => first + k * step);
}

function allPresent(map: Map<number, number>, first: number, count: number, step: number): boolean {
  return range(first, count, step).every((key) => map.has(key));
}

/**
 * 0-based index of the header row among the first rows: real exports often put a title line
 * ('XX供电公司 用户档案 导出时间:2024-03-05') or a blank-ish line above the header. The row
 * that names the most fields of any table wins (an exact name counts double, the point columns
 * of a load curve once); the earliest wins a tie. With no name found anywhere, the first row
 * that is about as wide as the widest row (a title is one cell) and is not mostly numbers.
 */
export function findHeaderRow(rows: string[][], tables: SynonymTable[]): number {
  const scan = rows.slice(0, HEADER_SCAN_ROWS);
  let best = -1;
  let bestScore = 0;
  scan.forEach((row, index) => {
    let score = detectPointColumns(row) ? 1 : 0;
    for (const table of tables) {
      let named = 0;
      for (const match of matches(row, table).values()) named += match.exact ? 2 : 1;
      score = Math.max(score, named + (detectPointColumns(row) ? 1 : 0));
    }
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  if (best >= 0) return best;

  const filled = scan.map((row) => row.filter((cell) => cell.trim() !== ''));
  const widest = Math.max(0, ...filled.map((cells) => cells.length));
  const index = filled.findIndex(
    (cells) => cells.length >= widest * 0.8 && cells.filter((cell) => !Number.isNaN(parseNumber(cell))).length < cells.length / 2,
  );
  return Math.max(0, index);
}
