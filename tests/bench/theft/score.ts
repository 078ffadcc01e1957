// The detector as the issue's acceptance checks run it: `workbench theft score --workspace
// <file> --out <file.csv>`, one row per customer (customer,score,rank,reasons,
// estimated_loss_kwh). The benchmark reads back the customer and the score.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { openTable } from '../../../engine/import/openTable.js';
import { repoRoot } from '../../helpers/paths.js';

const run = promisify(execFile);
const cli = path.join(repoRoot, 'dist', 'engine', 'cli.js');

export interface ScoreRun {
  /** Score by customer (the meter where the workspace has no archive). */
  scores: Map<string, number>;
  /** Rank by customer: 1 first, by suspicion x estimated recoverable energy (the auditor's list). */
  ranks: Map<string, number>;
  /** Reason codes by customer, strongest first. */
  reasons: Map<string, string[]>;
  seconds: number;
  /** Peak resident set of the scoring process, MB (from /usr/bin/time where it exists). */
  peakRssMb: number | null;
  /** Its user + system CPU seconds (idem): on a busy shared machine, steadier than the wall clock. */
  cpuSeconds: number | null;
}

const gnuTime = '/usr/bin/time';

export async function scoreWorkspace(workspace: string, outCsv: string): Promise<ScoreRun> {
  const args = [cli, 'theft', 'score', '--workspace', workspace, '--out', outCsv];
  const timed = fs.existsSync(gnuTime);
  const started = Date.now();
  const { stderr } = await run(timed ? gnuTime : process.execPath, timed ? ['-v', process.execPath, ...args] : args, {
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  return {
    ...(await readScores(outCsv)),
    seconds,
    peakRssMb: rss ? Number(rss[1]) / 1024 : null,
    cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : null,
  };
}

async function readScores(file: string): Promise<Pick<ScoreRun, 'scores' | 'ranks' | 'reasons'>> {
  const table = await openTable(file);
  const scores = new Map<string, number>();
  const ranks = new Map<string, number>();
  const reasons = new Map<string, string[]>();
  let header: string[] | null = null;
  for await (const batch of table.batches()) {
    for (const row of batch) {
      if (!header) {
        header = row.cells();
        if (header.slice(0, 4).join(',') !== 'customer,score,rank,reasons') throw new Error(`${file}: unexpected header ${header.join(',')}`);
        continue;
      }
      scores.set(row.text(0), row.number(1));
      ranks.set(row.text(0), row.number(2));
      reasons.set(row.text(0), row.text(3).split(';').filter((code) => code !== ''));
    }
  }
  return { scores, ranks, reasons };
}
