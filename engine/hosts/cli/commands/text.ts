// workbench text train --csv <file> --text <column> --label <column> --model-out <file.json>
// workbench text classify --csv <file> --text <column> --model <file.json> --out <file.csv>
// An analyst's CSV is trained on and classified in this process (no workspace involved). A
// stable interface: automated checks run it. Exit code 0 done, 1 failed, 2 bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EngineError } from '../../../api/errors.js';
import { parseTextModel, textModelJson } from '../../../text/json.js';
import { textPredictor } from '../../../text/model.js';
import { predictionsCsv } from '../../../text/predictionsCsv.js';
import { readTextTable } from '../../../text/table.js';
import { trainTableTexts } from '../../../text/tableTexts.js';
import { defaultTrainOptions, trainTextModel } from '../../../text/train.js';
import { textUsage, UsageError } from '../usage.js';

export async function textCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'train') return train(rest);
  if (sub === 'classify') return classify(rest);
  throw new UsageError(sub === undefined ? 'Name a text command: train or classify.' : `Unknown text command '${sub}'.`, textUsage);
}

function train(args: string[]): number {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: { csv: { type: 'string' }, text: { type: 'string' }, label: { type: 'string' }, 'model-out': { type: 'string' } },
  });
  if (!values.csv) throw new UsageError('--csv <file> is required.', textUsage);
  if (!values.text) throw new UsageError('--text <column> is required.', textUsage);
  if (!values.label) throw new UsageError('--label <column> is required.', textUsage);
  if (!values['model-out']) throw new UsageError('--model-out <file.json> is required.', textUsage);
  const started = Date.now();
  const { texts, labels, skipped } = trainTableTexts(readTextTable(path.resolve(values.csv), values.text, values.label));
  const model = trainTextModel(texts, labels, { ...defaultTrainOptions, task: values.label });
  const out = path.resolve(values['model-out']);
  writeFile(out, textModelJson(model));
  const m = model.metrics;
  process.stderr.write(
    `${texts.length} texts, ${model.classifier.labels.length} labels (${model.classifier.labels.join(', ')})${skipped > 0 ? `; ${skipped} rows without a label or text left out` : ''}\n` +
      `${m.folds}-fold cross-validation: accuracy ${m.accuracy.toFixed(3)}, macro-F1 ${m.macroF1.toFixed(3)}\n`,
  );
  process.stdout.write(`model written to ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return 0;
}

function classify(args: string[]): number {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: { csv: { type: 'string' }, text: { type: 'string' }, model: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.csv) throw new UsageError('--csv <file> is required.', textUsage);
  if (!values.text) throw new UsageError('--text <column> is required.', textUsage);
  if (!values.model) throw new UsageError('--model <file.json> is required.', textUsage);
  if (!values.out) throw new UsageError('--out <file.csv> is required.', textUsage);
  const model = parseTextModel(readFile(path.resolve(values.model)));
  const { texts } = readTextTable(path.resolve(values.csv), values.text);
  const predictions = textPredictor(model)(texts);
  const out = path.resolve(values.out);
  writeFile(out, predictionsCsv(predictions));
  process.stdout.write(`${predictions.length} rows classified written to ${out}\n`);
  return 0;
}

function readFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new EngineError('io', `Cannot read the model file ${file}: ${(error as Error).message}`, { path: file });
  }
}

function writeFile(file: string, text: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new EngineError('io', `Cannot write ${file}: ${(error as Error).message}`, { path: file });
  }
}
