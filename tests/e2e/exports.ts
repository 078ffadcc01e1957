// Export files as a Chinese marketing system writes them: GBK-encoded CSV with Chinese
// headers, dates in several forms, and a few rows an import must quarantine.
import fs from 'node:fs';
import { encodeGbk } from '../helpers/gbk.js';

const CATEGORIES = ['居民生活', '一般工商业', '大工业', '农业生产'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];

export interface ArchiveFile {
  rows: number;
  /** Data rows (1-based, after the header) with a fault, and the column at fault. */
  bad: { row: number; column: string }[];
  meters: string[];
}

const customerId = (i: number) => `31${String(i + 1).padStart(8, '0')}`;
const meterId = (i: number) => `M${String(i + 1).padStart(10, '0')}`;

/** 客户档案: `customers` rows, of which the listed ones are faulty. */
export function writeCustomerArchive(file: string, customers: number): ArchiveFile {
  const header = ['户号', '户名', '用电地址', '联系电话', '用电类别', '电压等级', '合同容量', '台区编号', '台区名称', '表号', '综合倍率', '立户日期'];
  // Faults early in the file, so that the preview's sample shows them too.
  const faults = new Map<number, { column: string; change(cells: string[]): void }>([
    [3, { column: '户号', change: (c) => (c[0] = '') }],
    [7, { column: '合同容量', change: (c) => (c[6] = '五十') }],
    [11, { column: '立户日期', change: (c) => (c[11] = '2023-02-30') }],
    [15, { column: '综合倍率', change: (c) => (c[10] = '-5') }],
  ]);
  const lines = [header.join(',')];
  const meters: string[] = [];
  for (let i = 0; i < customers; i++) {
    const area = `TQ${String((i % 12) + 1).padStart(4, '0')}`;
    const cells = [
      customerId(i),
      `${SURNAMES[i % SURNAMES.length]}${'明华丽强军芳'[i % 6]}`,
      `江城市东区${(i % 40) + 1}号`,
      `139${String(10_000_000 + i * 7919).slice(0, 8)}`,
      CATEGORIES[i % CATEGORIES.length]!,
      i % 4 === 2 ? '10kV' : '220V',
      // Thousands separators, as exports have them.
      i % 4 === 2 ? '"1,250"' : String(4 + (i % 5) * 2),
      area,
      `东区${(i % 12) + 1}号台区`,
      meterId(i),
      i % 4 === 2 ? '40' : '1',
      `20${String(10 + (i % 10)).padStart(2, '0')}/${(i % 12) + 1}/${(i % 28) + 1}`,
    ];
    faults.get(i + 1)?.change(cells);
    if (!faults.has(i + 1)) meters.push(cells[9]!);
    lines.push(cells.join(','));
  }
  fs.writeFileSync(file, encodeGbk(lines.join('\r\n') + '\r\n'));
  return { rows: customers, bad: [...faults].map(([row, f]) => ({ row, column: f.column })), meters };
}

export interface ReadingsFile {
  rows: number;
  bad: { row: number; column: string }[];
  /** A meter that is not in the archive: its readings are kept and reported as unmatched. */
  unmatchedMeter: string;
}

/** 日冻结示值: daily frozen register readings of each meter, with a meter the archive lacks. */
export function writeDailyReadings(file: string, meters: string[], days: number, start = '2024-01-01'): ReadingsFile {
  const unmatchedMeter = 'M9999999999';
  const header = ['表号', '冻结日期', '正向有功总示值'];
  const lines = [header.join(',')];
  const first = new Date(`${start}T00:00:00Z`).getTime();
  const bad: ReadingsFile['bad'] = [];
  let row = 0;
  for (const [m, meter] of [...meters, unmatchedMeter].entries()) {
    let register = 1000 + m * 13;
    for (let d = 0; d < days; d++) {
      row += 1;
      const date = new Date(first + d * 86_400_000);
      register += 3 + ((m * 7 + d * 5) % 11) + (date.getUTCDay() % 6 === 0 ? 0 : 2);
      let dateText = `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
      let reading = register.toFixed(2);
      if (row === 5) {
        dateText = '2024/2/30';
        bad.push({ row, column: '冻结日期' });
      } else if (row === 9) {
        reading = '一二三';
        bad.push({ row, column: '正向有功总示值' });
      }
      lines.push([meter, dateText, reading].join(','));
    }
  }
  fs.writeFileSync(file, encodeGbk(lines.join('\r\n') + '\r\n'));
  return { rows: row, bad, unmatchedMeter };
}
