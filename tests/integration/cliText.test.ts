// `workbench text train|classify` on CSVs as automated acceptance checks run them: a small
// generated GBK table of tickets (train, then classify: the exact header, a row per input row,
// confidences in [0, 1], the held-out rows mostly right), 1,000 waimai reviews with held-out
// rows from the rest of the file (accuracy > 0.8), and the exit codes of bad usage and bad input.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { encodeGbk } from '../helpers/gbk.js';
import { sharedDataDir } from '../helpers/paths.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let home: string;
let dir: string;
const cli = (...args: string[]) => runCli(args, { home });
const at = (name: string) => path.join(dir, name);

const topics: Record<string, string[]> = {
  停电: ['家里停电了', '小区停电', '突然断电', '停电很久', '跳闸后没电', '来电时间'],
  电费: ['电费太高', '多收电费', '电费单不对', '电费翻倍', '重复扣费', '账单有误'],
  表扬: ['服务很好', '感谢师傅', '态度热情', '处理及时', '非常满意', '辛苦了'],
};
const fillers = ['请尽快处理', '麻烦看一下', '谢谢', '我住在东区', '昨天晚上', '已经第二次了'];

/** Ticket texts of three topics, each a topic phrase with fillers; every 4th row held out (no label). */
function writeTickets(file: string): { label: string; heldOut: boolean }[] {
  let seed = 7;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const pickOne = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const lines = ['工单号,内容,类别'];
  const truth: { label: string; heldOut: boolean }[] = [];
  for (let i = 0; i < 240; i++) {
    const label = Object.keys(topics)[i % 3]!;
    const text = `${pickOne(fillers)}，${pickOne(topics[label]!)}，${pickOne(fillers)}`;
    const heldOut = i % 4 === 3;
    truth.push({ label, heldOut });
    lines.push(`T${i + 1},"${text}",${heldOut ? '' : label}`);
  }
  fs.writeFileSync(file, encodeGbk(lines.join('\r\n') + '\r\n'));
  return truth;
}

function readCsv(file: string): { header: string; rows: string[][] } {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  return { header: header!, rows: lines.map((l) => l.split(',')) };
}

beforeAll(() => {
  home = makeTempDir('workbench-cli-home-');
  dir = makeTempDir('workbench-cli-text-');
});

afterAll(() => removeTempDirs());

describe('workbench text train and classify', () => {
  it('trains on a GBK ticket table, then writes row,label,confidence for every row', async () => {
    const truth = writeTickets(at('tickets.csv'));
    const train = await cli('text', 'train', '--csv', at('tickets.csv'), '--text', '内容', '--label', '类别', '--model-out', at('tickets.json'));
    expect(train.code).toBe(0);
    expect(train.stderr).toMatch(/^180 texts, 3 labels \(停电, 电费, 表扬\); 60 rows without a label or text left out/);
    expect(train.stderr).toMatch(/5-fold cross-validation: accuracy (0\.9\d\d|1\.000), macro-F1/);
    expect(JSON.parse(fs.readFileSync(at('tickets.json'), 'utf8'))).toMatchObject({ format: 'workbench-text-model', labels: ['停电', '电费', '表扬'] });

    const classify = await cli('text', 'classify', '--csv', at('tickets.csv'), '--text', '内容', '--model', at('tickets.json'), '--out', at('labels.csv'));
    expect(classify.code).toBe(0);
    const { header, rows } = readCsv(at('labels.csv'));
    expect(header).toBe('row,label,confidence');
    expect(rows.map((r) => r[0])).toEqual(truth.map((_, i) => String(i + 1)));
    for (const r of rows) {
      expect(Number(r[2])).toBeGreaterThan(0);
      expect(Number(r[2])).toBeLessThanOrEqual(1);
    }
    const held = truth.map((t, i) => ({ ...t, got: rows[i]![1] })).filter((t) => t.heldOut);
    expect(held.filter((t) => t.got === t.label).length / held.length).toBeGreaterThan(0.9);
  });

  it('learns waimai reviews from 1,000 rows and labels held-out rows with accuracy over 0.8', async () => {
    const [header, ...lines] = fs.readFileSync(path.join(sharedDataDir, 'chinese_reviews', 'waimai_10k.csv'), 'utf8').trimEnd().split('\n');
    // The file is sorted by label: an even spread of rows for training, others held out.
    const train = lines.filter((_, i) => i % 12 === 0).slice(0, 1000);
    const test = lines.filter((_, i) => i % 12 === 6);
    fs.writeFileSync(at('waimai-train.csv'), [header, ...train].join('\n'));
    fs.writeFileSync(at('waimai-test.csv'), [header, ...test].join('\n'));
    expect((await cli('text', 'train', '--csv', at('waimai-train.csv'), '--text', 'review', '--label', 'label', '--model-out', at('waimai.json'))).code).toBe(0);
    const run = await cli('text', 'classify', '--csv', at('waimai-test.csv'), '--text', 'review', '--model', at('waimai.json'), '--out', at('waimai-labels.csv'));
    expect(run.code).toBe(0);
    const got = readCsv(at('waimai-labels.csv')).rows;
    expect(got).toHaveLength(test.length);
    const right = test.filter((line, i) => line.split(',')[0] === got[i]![1]).length;
    expect(right / test.length).toBeGreaterThan(0.8);
  }, 60_000);

  it('exits 2 on bad usage and 1 on bad input', async () => {
    const noLabel = await cli('text', 'train', '--csv', at('tickets.csv'), '--text', '内容', '--model-out', at('x.json'));
    expect(noLabel.code).toBe(2);
    expect(noLabel.stderr).toMatch(/--label <column> is required/);
    expect((await cli('text', 'sort')).code).toBe(2);
    const missing = await cli('text', 'train', '--csv', at('tickets.csv'), '--text', '正文', '--label', '类别', '--model-out', at('x.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no column '正文'/);
    fs.writeFileSync(at('not-a-model.json'), '{"format":"workbench-risk-model"}');
    const bad = await cli('text', 'classify', '--csv', at('tickets.csv'), '--text', '内容', '--model', at('not-a-model.json'), '--out', at('y.csv'));
    expect(bad.code).toBe(1);
    expect(fs.existsSync(at('y.csv'))).toBe(false);
  });
});
