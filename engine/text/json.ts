// A text model as a compact JSON file: the typed arrays as base64 of their little-endian bytes
// (a 10,000-review model is a few MB, not tens), everything else as plain JSON.
import { EngineError } from '../api/errors.js';
import type { TextModel } from './model.js';

const FORMAT = 'workbench-text-model';
const VERSION = 1;

function base64(array: Int32Array | Float32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function float32(text: unknown, what: string): Float32Array {
  if (typeof text !== 'string') throw bad(`${what} is missing`);
  const bytes = Buffer.from(text, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function int32(text: unknown, what: string): Int32Array {
  if (typeof text !== 'string') throw bad(`${what} is missing`);
  const bytes = Buffer.from(text, 'base64');
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function bad(reason: string): EngineError {
  return new EngineError('text.bad_model', `This is not a text model file the workbench can read (${reason}).`, { reason });
}

export function textModelJson(model: TextModel): string {
  const { classifier, buckets, ...rest } = model;
  return JSON.stringify({
    format: FORMAT,
    version: VERSION,
    ...rest,
    labels: classifier.labels,
    buckets: base64(buckets),
    idf: base64(classifier.idf),
    weights: classifier.weights.map(base64),
    bias: classifier.bias,
  });
}

export function parseTextModel(text: string): TextModel {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw bad('not JSON');
  }
  if (raw === null || typeof raw !== 'object' || raw.format !== FORMAT) throw bad('not a text model');
  if (typeof raw.version !== 'number' || raw.version > VERSION) throw bad(`version ${String(raw.version)}, newer than this workbench reads`);
  const labels = raw.labels;
  const weights = raw.weights;
  const bias = raw.bias;
  if (!Array.isArray(labels) || labels.length < 2 || !labels.every((l) => typeof l === 'string')) throw bad('labels are missing');
  if (!Array.isArray(weights) || weights.length !== (labels.length === 2 ? 1 : labels.length)) throw bad('weights do not match the labels');
  if (!Array.isArray(bias) || bias.length !== weights.length || !bias.every((b) => typeof b === 'number')) throw bad('biases do not match the weights');
  const buckets = int32(raw.buckets, 'buckets');
  const idf = float32(raw.idf, 'idf');
  const w = weights.map((x, i) => float32(x, `weights ${i + 1}`));
  if (idf.length !== buckets.length || w.some((x) => x.length !== buckets.length)) throw bad('feature arrays differ in length');
  const model = raw as unknown as TextModel;
  return {
    task: String(model.task),
    features: model.features,
    minDf: model.minDf,
    c: model.c,
    scale: model.scale,
    buckets,
    classifier: { labels: labels as string[], idf, weights: w, bias: bias as number[] },
    rows: model.rows,
    metrics: model.metrics,
    topTerms: model.topTerms,
  };
}
