// A risk model as a file: JSON, checked on reading (format, version and shape), so that a file of
// something else, or of a newer version, is refused with a clear message instead of scoring nonsense.
import { z } from 'zod';
import { EngineError } from '../../api/errors.js';
import { riskGrades, type RiskModel } from './types.js';

const side = z.enum(['willingness', 'ability']).nullable();
const kind = z.enum(['numeric', 'categorical']);
const range = z.union([
  z.object({ type: z.literal('interval'), lower: z.number().nullable(), upper: z.number().nullable() }),
  z.object({ type: z.literal('categories'), values: z.array(z.string()) }),
  z.object({ type: z.literal('missing') }),
]);
const bin = z.object({ range, count: z.number(), bads: z.number(), woe: z.number(), iv: z.number(), points: z.number() });
const binning = z.object({
  feature: z.string(),
  kind,
  side,
  bins: z.array(bin).min(1),
  iv: z.number(),
  weak: z.boolean(),
  trend: z.enum(['increasing', 'decreasing', 'none']),
  edited: z.boolean(),
  selected: z.boolean(),
  coefficient: z.number().nullable(),
});
const metrics = z.object({ auc: z.number(), ks: z.number(), gini: z.number(), lift10: z.number(), rows: z.number(), bads: z.number() });
const grade = z.enum(riskGrades);
const modelSchema = z.object({
  format: z.literal('workbench-risk-model'),
  version: z.literal(1),
  createdAt: z.string(),
  target: z.string(),
  idColumn: z.string().nullable(),
  features: z.array(z.object({ name: z.string(), kind, side })),
  scaling: z.object({ baseScore: z.number(), baseOdds: z.number().positive(), pdo: z.number().positive() }),
  binnings: z.array(binning),
  intercept: z.number(),
  gradeCuts: z.array(z.object({ grade, minScore: z.number() })).length(riskGrades.length),
  challenger: z.object({ kind: z.string(), state: z.unknown() }),
  validation: z.object({
    trainRows: z.number(),
    validationRows: z.number(),
    scorecard: metrics,
    challenger: metrics,
    scorecardTrain: metrics,
    calibration: z.array(
      z.object({ grade, rows: z.number(), bads: z.number(), observedBadRate: z.number(), predictedBadRate: z.number() }),
    ),
    lift: z.array(
      z.object({ decile: z.number(), rows: z.number(), bads: z.number(), badRate: z.number(), cumulativeBadShare: z.number(), lift: z.number() }),
    ),
  }),
  training: z.object({ rows: z.number(), bads: z.number() }),
});

function refused(reason: string): EngineError {
  return new EngineError('risk.bad_model', `This is not a risk model file the workbench can read (${reason}).`, { reason });
}

export function riskModelJson(model: RiskModel): string {
  return JSON.stringify(model);
}

export function parseRiskModel(text: string): RiskModel {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refused('it is not JSON');
  }
  const head = z.object({ format: z.literal('workbench-risk-model') }).safeParse(data);
  if (!head.success) throw refused("no format 'workbench-risk-model'");
  const version = (data as { version?: unknown }).version;
  if (version !== 1) {
    throw refused(`version ${String(version)}; this workbench reads version 1`);
  }
  const parsed = modelSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refused(`damaged: ${issue.path.join('.') || 'the model'}: ${issue.message}`);
  }
  return parsed.data as RiskModel;
}
