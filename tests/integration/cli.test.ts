// `workbench` as automated acceptance checks run it: exit codes, usage on stderr, and the
// stable JSON of `import --json` and `info --json`.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataKinds } from '../../engine/api/types.js';
import type { FileReport } from '../../engine/hosts/cli/commands/import.js';
import { runCli } from '../helpers/cli.js';
import { writeWideCurveCsv } from '../helpers/dataFiles.js';
import { encodeGbk } from '../helpers/gbk.js';
import { repoRoot } from '../helpers/paths.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let home: string;
let dir: string;
const cli = (...args: string[]) => runCli(args, { home });
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

interface InfoJson {
  workspace: string;
  kinds: Record<string, { rows: number; firstDate: string | null; lastDate: string | null }>;
}

/** GBK customer archive with Chinese headers; the third data row has no customer number. */
function writeCustomers(file: string): void {
  const lines = [
    '户号,户名,用电地址,用电类别,合同容量,台区编号,表号,综合倍率,立户日期',
    '3100000001,张三,城东路1号,居民生活,8,TQ001,M00000001,1,2019-03-01',
    '3100000002,李四,城东路2号,一般工商业,"1,250",TQ001,M00000002,30,2020/7/15',
    ',王五,城东路3号,居民生活,8,TQ002,M00000003,1,20210101',
    '3100000004,赵六,城西路9号,大工业,3150,TQ002,M00000004,200,2018-11-20',
  ];
  fs.writeFileSync(file, encodeGbk(lines.join('\r\n') + '\r\n'));
}

beforeAll(() => {
  home = makeTempDir('workbench-cli-home-');
  dir = makeTempDir('workbench-cli-');
});

afterAll(() => removeTempDirs());

describe('usage', () => {
  const bad: [string, string[]][] = [
    ['no command', []],
    ['an unknown command', ['explode']],
    ['an inherited property name as command', ['toString']],
    ['an unknown option', ['info', '--workspace', 'x.workbench', '--verbose']],
    ['an option without its value', ['import', '--kind', 'customers', '--workspace']],
    ['a missing --workspace', ['info', '--json']],
    ['a bad kind', ['import', '--workspace', 'x.workbench', '--kind', 'meters', 'a.csv']],
    ['no files', ['import', '--workspace', 'x.workbench', '--kind', 'customers']],
    ['bad mapping JSON', ['import', '--workspace', 'x.workbench', '--kind', 'customers', '--mapping', '{"customer": ', 'a.csv']],
    ['a mapping file that does not exist', ['import', '--workspace', 'x.workbench', '--kind', 'customers', '--mapping', 'nowhere.json', 'a.csv']],
    [
      'a mapping the contract refuses',
      ['import', '--workspace', 'x.workbench', '--kind', 'customers', '--mapping', '{"fields":{"customer":"户号"},"options":{"unit":"MW"}}', 'a.csv'],
    ],
    [
      'a mapping naming fields the kind does not have',
      ['import', '--workspace', 'x.workbench', '--kind', 'customers', '--mapping', '{"fields":{"customer_id":"用户编号","day":"数据日期"}}', 'a.csv'],
    ],
    [
      'a mapping naming the point columns of a wide curve, which are found by their pattern',
      ['import', '--workspace', 'x.workbench', '--kind', 'interval', '--mapping', '{"fields":{"meter":"表号","points":"P1"}}', 'a.csv'],
    ],
    ['a missing --out', ['demo', '--seed', '3']],
    ['a number that is not one', ['demo', '--out', 'x.workbench', '--customers', 'many']],
    ['a number out of range', ['demo', '--out', 'x.workbench', '--customers', '3']],
    ['a bad web port', ['web', '--port', 'eighty']],
  ];

  it.each(bad)('%s exits 2 with the usage on stderr', async (_why, args) => {
    const run = await runCli(args, { home, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^workbench: /);
    expect(run.stderr).toContain('Usage: workbench');
    expect(run.stdout).toBe('');
  });

  it('writes nothing for bad usage', () => {
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('prints help on stdout and exits 0', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: workbench <command>[\s\S]*demo[\s\S]*import[\s\S]*info[\s\S]*web/);
    const importHelp = await cli('import', '--help');
    expect(importHelp.code).toBe(0);
    expect(importHelp.stdout).toContain('--kind <kind>');
    for (const kind of dataKinds) expect(importHelp.stdout).toContain(kind);
  });
});

describe('info', () => {
  it('exits 1 for a workspace that does not exist, and does not create it', async () => {
    const file = path.join(dir, 'absent.workbench');
    const run = await cli('info', '--workspace', file, '--json');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('does not exist');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('exits 1 for a file that is not a workspace, and leaves it untouched', async () => {
    const file = path.join(dir, 'table.csv');
    fs.writeFileSync(file, '户号,户名\n1,张三\n');
    const before = sha256(file);
    const run = await cli('info', '--workspace', file, '--json');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not a workspace');
    expect(sha256(file)).toBe(before);
  });
});

describe('import', () => {
  const workspace = () => path.join(dir, 'region.workbench');

  it('creates the workspace and imports a GBK file, quarantining the bad row', async () => {
    const file = path.join(dir, '客户档案.csv');
    writeCustomers(file);
    const run = await cli('import', '--workspace', workspace(), '--kind', 'customers', '--json', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.existsSync(workspace())).toBe(true);
    const out = JSON.parse(run.stdout) as { files: FileReport[] };
    expect(Object.keys(out)).toEqual(['files']);
    expect(out.files).toHaveLength(1);
    const [report] = out.files;
    expect(report).toMatchObject({ file, kind: 'customers', rowsRead: 4, imported: 3, updated: 0, quarantined: 1 });
    expect(report!.errors).toHaveLength(1);
    expect(report!.errors[0]).toMatchObject({ row: 4, column: '户号' });
    expect(Object.keys(report!.errors[0]!).sort()).toEqual(['column', 'reason', 'row']);
    expect(report!.errors[0]!.reason.length).toBeGreaterThan(0);
    expect(report!.error).toBeUndefined();
  });

  it('re-imports the same rows without duplicating them', async () => {
    const run = await cli('import', '--workspace', workspace(), '--kind', 'customers', '--json', path.join(dir, '客户档案.csv'));
    expect(run.code).toBe(0);
    const [report] = (JSON.parse(run.stdout) as { files: FileReport[] }).files;
    expect(report!.imported).toBe(0);
    const info = JSON.parse((await cli('info', '--workspace', workspace(), '--json')).stdout) as InfoJson;
    expect(info.kinds.customers!.rows).toBe(3);
  });

  it('exits 1 for a file that cannot be imported, writes nothing of it, and still imports the others', async () => {
    const before = JSON.parse((await cli('info', '--workspace', workspace(), '--json')).stdout) as InfoJson;
    const binary = path.join(dir, 'photo.csv');
    fs.writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0, 0, 0]));
    const curves = path.join(dir, 'curves.csv');
    const rows = writeWideCurveCsv(curves, { meters: 4, days: 3 });
    const run = await cli('import', '--workspace', workspace(), '--kind', 'interval', '--json', binary, curves);
    expect(run.code).toBe(1);
    const [failed, imported] = (JSON.parse(run.stdout) as { files: FileReport[] }).files;
    expect(failed).toMatchObject({ file: binary, kind: 'interval', rowsRead: 0, imported: 0, errors: [] });
    expect(failed!.error?.code).toMatch(/^import\./);
    expect(failed!.error?.message.length).toBeGreaterThan(0);
    expect(imported).toMatchObject({ file: curves, rowsRead: rows, imported: rows, quarantined: 0 });
    expect(imported!.error).toBeUndefined();

    const after = JSON.parse((await cli('info', '--workspace', workspace(), '--json')).stdout) as InfoJson;
    expect(after.kinds.interval!.rows).toBe(before.kinds.interval!.rows + rows);
  });

  it('exits 1 with an error for each file when the workspace cannot be opened, leaving it untouched', async () => {
    const notWorkspace = path.join(dir, 'notes.txt');
    fs.writeFileSync(notWorkspace, 'meeting notes\n');
    const run = await cli('import', '--workspace', notWorkspace, '--kind', 'customers', '--json', path.join(dir, '客户档案.csv'));
    expect(run.code).toBe(1);
    const [report] = (JSON.parse(run.stdout) as { files: FileReport[] }).files;
    expect(report).toMatchObject({ imported: 0, error: { code: 'workspace.not_a_workspace' } });
    expect(fs.readFileSync(notWorkspace, 'utf8')).toBe('meeting notes\n');
  });

  it('takes a plain {header: field} mapping', async () => {
    const file = path.join(dir, 'odd-headers.csv');
    fs.writeFileSync(file, 'ACCT,HOLDER,CLASS\n3200000001,周七,居民生活\n3200000002,吴八,大工业\n');
    const mapping = JSON.stringify({ ACCT: 'customer', HOLDER: 'name', CLASS: 'category' });
    const run = await cli('import', '--workspace', workspace(), '--kind', 'customers', '--mapping', mapping, '--json', file);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { files: FileReport[] }).files[0]).toMatchObject({ imported: 2, quarantined: 0 });
  });

  it('prints a table without --json', async () => {
    const run = await cli('import', '--workspace', workspace(), '--kind', 'customers', path.join(dir, '客户档案.csv'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/File\s+Kind\s+Read\s+Imported\s+Updated\s+Skipped\s+Quarantined\s+Unmatched/);
    expect(run.stdout).toContain('客户档案.csv');
  });

  it('does not add workspaces to the recent list of the desktop app', () => {
    expect(fs.existsSync(path.join(home, 'settings.json'))).toBe(false);
  });
});

describe('import --json, key by key', () => {
  // The issue names file, kind, rowsRead, imported, updated, quarantined and errors; skipped,
  // unmatched, seconds and (on failure) error are ours. All of them are a stable interface.
  const fileKeys = ['file', 'kind', 'rowsRead', 'imported', 'updated', 'skipped', 'quarantined', 'unmatched', 'errors', 'seconds'];
  const counts = ['rowsRead', 'imported', 'updated', 'skipped', 'quarantined', 'unmatched'];
  const problemKeys = ['row', 'column', 'reason'];
  const errorKeys = ['code', 'message', 'details'];

  function expectFileObject(report: Record<string, unknown>, failed: boolean): void {
    expect(Object.keys(report)).toEqual(failed ? [...fileKeys, 'error'] : fileKeys);
    expect(typeof report.file).toBe('string');
    expect(dataKinds).toContain(report.kind);
    for (const key of counts) expect(Number.isInteger(report[key]) && (report[key] as number) >= 0, key).toBe(true);
    expect(typeof report.seconds).toBe('number');
    expect(Array.isArray(report.errors)).toBe(true);
    for (const problem of report.errors as Record<string, unknown>[]) {
      expect(Object.keys(problem)).toEqual(problemKeys);
      expect(Number.isInteger(problem.row)).toBe(true);
      expect(typeof problem.column).toBe('string');
      expect(typeof problem.reason).toBe('string');
    }
    if (!failed) return;
    const error = report.error as Record<string, unknown>;
    expect(errorKeys.slice(0, Object.keys(error).length)).toEqual(Object.keys(error));
    expect(typeof error.code).toBe('string');
    expect(typeof error.message).toBe('string');
    if ('details' in error) expect(typeof error.details).toBe('object');
  }

  it('has exactly these keys, of these types, in every file and error object', async () => {
    const good = path.join(dir, 'keys-customers.csv');
    writeCustomers(good);
    const binary = path.join(dir, 'keys-photo.csv');
    fs.writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0]));
    const run = await cli('import', '--workspace', path.join(dir, 'keys.workbench'), '--kind', 'customers', '--json', good, binary);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { files: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['files']);
    const [imported, failed] = out.files;
    expectFileObject(imported!, false);
    expect((imported!.errors as unknown[]).length).toBeGreaterThan(0);
    expectFileObject(failed!, true);
  });

  it('are all documented, in the usage text and in the README', async () => {
    const usage = (await cli('import', '--help')).stdout;
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const cliSection = readme.slice(readme.indexOf('## The command line'), readme.indexOf('\n## ', readme.indexOf('## The command line')));
    for (const key of [...fileKeys, 'error', ...problemKeys, ...errorKeys]) {
      expect(usage, key).toContain(`"${key}"`);
      expect(cliSection, key).toContain(`"${key}"`);
    }
  });
});

describe("the README's example", () => {
  /** The words of a one-line shell command: blanks separate them, single quotes keep them whole. */
  const shellWords = (line: string) => [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);

  it('imports with the mapping exactly as the README writes it', async () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const example = readme.split('\n').find((line) => line.startsWith('npx workbench import') && line.includes("--mapping '"));
    expect(example).toBeDefined();
    const [npx, workbench, ...args] = shellWords(example!);
    expect([npx, workbench]).toEqual(['npx', 'workbench']);
    // An archive as the example describes it: its customer number and category headed in words the app does not know.
    const archive = (cwd: string) => {
      fs.writeFileSync(path.join(cwd, '档案.csv'), '账号,户名,用电性质\n3500000001,郑一,居民生活\n3500000002,王二,一般工商业\n');
      return cwd;
    };
    // Without its mapping, the file has no customer number the app would recognise.
    const withoutMapping = args.filter((arg, i) => arg !== '--mapping' && args[i - 1] !== '--mapping');
    expect((await runCli(withoutMapping, { home, cwd: archive(makeTempDir()) })).code).toBe(1);

    const run = await runCli(args, { home, cwd: archive(makeTempDir()) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { files: FileReport[] }).files).toMatchObject([{ file: '档案.csv', kind: 'customers', imported: 2, quarantined: 0 }]);
  });
});

describe('info --json', () => {
  it('lists every kind with its rows and date coverage', async () => {
    const file = path.join(dir, 'region.workbench');
    const run = await cli('info', '--workspace', file, '--json');
    expect(run.code).toBe(0);
    const info = JSON.parse(run.stdout) as InfoJson;
    expect(info.workspace).toBe(file);
    expect(Object.keys(info.kinds).sort()).toEqual([...dataKinds].sort());
    expect(info.kinds.interval).toEqual({ rows: 12, firstDate: '2024-01-01', lastDate: '2024-01-03' });
    expect(info.kinds.weather).toEqual({ rows: 0, firstDate: null, lastDate: null });
  });
});

describe('demo', () => {
  it('writes a demo workspace that info then describes', async () => {
    const file = path.join(dir, 'demo.workbench');
    const run = await cli('demo', '--out', file, '--seed', '7', '--customers', '60', '--days', '14', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ path: file, isDemo: true });
    const info = JSON.parse((await cli('info', '--workspace', file, '--json')).stdout) as InfoJson;
    expect(info.kinds.customers!.rows).toBeGreaterThanOrEqual(60);
    expect(info.kinds.interval!.rows).toBeGreaterThan(0);
  });

  it('exits 1 rather than overwrite an existing file', async () => {
    const file = path.join(dir, 'demo.workbench');
    const before = sha256(file);
    const run = await cli('demo', '--out', file, '--customers', '60', '--days', '14');
    expect(run.code).toBe(1);
    expect(run.stderr.length).toBeGreaterThan(0);
    expect(sha256(file)).toBe(before);
  });
});
