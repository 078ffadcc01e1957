// workbench risk train --csv <file> --target <column> [--id <column>] [--exclude <col,...>] --model-out <file.json>
// workbench risk score --csv <file> --model <file.json> --out <file.csv>
// workbench risk score --workspace <file> [--as-of <YYYY-MM-DD>] --out <file.csv>
// An analyst's CSV is trained and scored in this process (no workspace involved); a workspace is
// scored by the engine's risk.score job, which writes the same CSV. A stable interface:
// automated checks run it. Exit code 0 done, 1 failed, 2 bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EngineError } from '../../../api/errors.js';
import type { ClassMetrics } from '../../../risk/model/types.js';
import { scoresCsv } from '../../../risk/model/csv.js';
import { parseRiskModel, riskModelJson } from '../../../risk/model/json.js';
import { scoreRiskModel } from '../../../risk/model/score.js';
import { trainRiskModel } from '../../../risk/model/train.js';
import { readFeatureTable } from '../../../risk/table/readTable.js';
import { withEngine } from '../cliEngine.js';
import { progressBar } from '../progressBar.js';
import { riskUsage, UsageError } from '../usage.js';

export async function riskCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'train') return train(rest);
  if (sub === 'score') return score(rest);
  throw new UsageError(sub === undefined ? 'Name a risk command: train or score.' : `Unknown risk command '${sub}'.`, riskUsage);
}

function train(args: string[]): number {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: { csv: { type: 'string' }, target: { type: 'string' }, id: { type: 'string' }, exclude: { type: 'string' }, 'model-out': { type: 'string' } },
  });
  if (!values.csv) throw new UsageError('--csv <file> is required.', riskUsage);
  if (!values.target) throw new UsageError('--target <column> is required.', riskUsage);
  if (!values['model-out']) throw new UsageError('--model-out <file.json> is required.', riskUsage);
  const exclude = (values.exclude ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const started = Date.now();
  const table = readFeatureTable(path.resolve(values.csv), { target: values.target, id: values.id, exclude });
  const model = trainRiskModel(table, { target: values.target, idColumn: values.id ?? null });
  const out = path.resolve(values['model-out']);
  writeFile(out, riskModelJson(model));
  const v = model.validation;
  const selected = model.binnings.filter((b) => b.selected).length;
  process.stderr.write(
    `${model.training.rows} rows, ${model.training.bads} bads (target ${model.target} = 1); ${selected} of ${model.binnings.length} features in the scorecard\n` +
      `validation (${v.validationRows} held-out rows): scorecard ${metrics(v.scorecard)}; challenger ${metrics(v.challenger)}\n`,
  );
  process.stdout.write(`model written to ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return 0;
}

function metrics(m: ClassMetrics): string {
  return `AUC ${m.auc.toFixed(3)}, KS ${m.ks.toFixed(3)}`;
}

async function score(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: { csv: { type: 'string' }, model: { type: 'string' }, workspace: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.out) throw new UsageError('--out <file.csv> is required.', riskUsage);
  const out = path.resolve(values.out);
  if (values.workspace !== undefined) {
    if (values.csv !== undefined || values.model !== undefined) throw new UsageError('Give either --workspace, or --csv with --model.', riskUsage);
    return scoreWorkspace(values.workspace, values['as-of'], out);
  }
  if (values['as-of'] !== undefined) throw new UsageError('--as-of goes with --workspace.', riskUsage);
  if (!values.csv || !values.model) throw new UsageError('Give --csv <file> with --model <file.json>, or --workspace <file>.', riskUsage);
  const model = parseRiskModel(readFile(path.resolve(values.model), 'model'));
  const file = path.resolve(values.csv);
  const kinds = Object.fromEntries(model.features.map((f) => [f.name, f.kind]));
  const scores = scoreRiskModel(model, readScoringTable(file, model.idColumn, kinds));
  writeFile(out, scoresCsv(scores));
  process.stdout.write(`${scores.length} rows scored written to ${out}\n`);
  return 0;
}

/** The id column of training where the file has it, else the 1-based data row as the id. */
function readScoringTable(file: string, idColumn: string | null, kinds: Record<string, 'numeric' | 'categorical'>) {
  const read = (id: string | undefined) => {
    try {
      return readFeatureTable(file, { id, kinds });
    } catch (error) {
      // The reader names a missing column given a kind; here that is a column the model needs.
      if (!(error instanceof EngineError) || error.code !== 'risk.unknown_column' || !Object.hasOwn(kinds, String(error.details?.column))) throw error;
      const { name, column, columns } = error.details as { name: string; column: string; columns: string };
      throw new EngineError('risk.unknown_column', `${name} has no column '${column}', which the model was trained on. Its columns: ${columns}.`, error.details);
    }
  };
  if (idColumn === null) return read(undefined);
  try {
    return read(idColumn);
  } catch (error) {
    if (error instanceof EngineError && error.code === 'risk.unknown_column' && error.details?.column === idColumn) return read(undefined);
    throw error;
  }
}

async function scoreWorkspace(workspace: string, asOf: string | undefined, out: string): Promise<number> {
  const result = await withEngine(async (engine) => {
    await engine.call('workspace.open', { path: workspace });
    const bar = progressBar(process.stderr, 'risk score');
    try {
      return await engine.runJob('risk.score', { ...(asOf !== undefined ? { asOf } : {}), out }, (p) => bar.update(p));
    } finally {
      bar.end();
    }
  });
  const trained = result.modelId === null ? ' (with a model trained now: the workspace had none)' : ` (model ${result.modelId})`;
  process.stdout.write(`${result.customers} customers scored written to ${result.csvPath ?? out}${trained}\n`);
  return 0;
}

function readFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new EngineError('io', `Cannot read the ${what} file ${file}: ${(error as Error).message}`, { path: file });
  }
}

function writeFile(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new EngineError('io', `Cannot write ${file}: ${(error as Error).message}`, { path: file });
  }
}
