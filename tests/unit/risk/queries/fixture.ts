// A small workspace with risk rows written by hand (schema 4): an archive of four customers and
// one scored customer the archive lacks, a workspace model with two scorecard features (and one
// weak one left out), three runs of it a year apart and one of a table model's, adjustments, bills.
import type { Db } from '../../../../engine/store/database.js';
import type { FeatureBinning, RiskModel } from '../../../../engine/risk/model/types.js';
import { TestWorkspace } from '../../forecast/dataWorkspace.js';

const bin = (range: FeatureBinning['bins'][number]['range'], points: number) => ({ range, count: 10, bads: 2, woe: 0, iv: 0.01, points });
const metrics = { auc: 0.8, ks: 0.45, gini: 0.6, lift10: 3, rows: 100, bads: 20 };

export const binnings: FeatureBinning[] = [
  {
    feature: 'on_time_rate_12m',
    kind: 'numeric',
    side: 'willingness',
    bins: [
      bin({ type: 'interval', lower: null, upper: 0.5 }, 10),
      bin({ type: 'interval', lower: 0.5, upper: 0.9 }, 30),
      bin({ type: 'interval', lower: 0.9, upper: null }, 50),
      bin({ type: 'missing' }, 20),
    ],
    iv: 0.5,
    weak: false,
    trend: 'decreasing',
    edited: false,
    selected: true,
    coefficient: 0.9,
  },
  {
    feature: 'channel_main',
    kind: 'categorical',
    side: 'willingness',
    bins: [bin({ type: 'categories', values: ['counter'] }, 5), bin({ type: 'categories', values: ['app', 'bank'] }, 20)],
    iv: 0.1,
    weak: false,
    trend: 'none',
    edited: false,
    selected: true,
    coefficient: 1,
  },
  {
    feature: 'prepaid',
    kind: 'categorical',
    side: 'ability',
    bins: [bin({ type: 'categories', values: ['0'] }, 0), bin({ type: 'categories', values: ['1'] }, 0)],
    iv: 0.001,
    weak: true,
    trend: 'none',
    edited: false,
    selected: false,
    coefficient: null,
  },
];

export function handModel(): RiskModel {
  return {
    format: 'workbench-risk-model',
    version: 1,
    createdAt: '2025-07-01T00:00:00.000Z',
    target: 'serious_arrears',
    idColumn: null,
    features: binnings.map((b) => ({ name: b.feature, kind: b.kind, side: b.side })),
    scaling: { baseScore: 600, baseOdds: 50, pdo: 20 },
    binnings,
    intercept: -2,
    gradeCuts: [
      { grade: 'A', minScore: 640 },
      { grade: 'B', minScore: 600 },
      { grade: 'C', minScore: 560 },
      { grade: 'D', minScore: 520 },
      { grade: 'E', minScore: 0 },
    ],
    challenger: { kind: 'gbm-logistic', state: {} },
    validation: {
      trainRows: 70,
      validationRows: 30,
      scorecard: metrics,
      challenger: metrics,
      scorecardTrain: metrics,
      calibration: [],
      lift: [],
    },
    training: { rows: 100, bads: 20 },
  };
}

export interface ScoreRow {
  customer: string;
  probability: number;
  score: number;
  grade: string;
  outstanding: number;
  loss: number;
  reasons?: { feature: string; pointsLost: number; bin: string }[];
  features?: Record<string, number | string | null>;
}

export class RiskWorkspace {
  readonly db: Db;

  constructor() {
    this.db = new TestWorkspace()
      .area('A1', 'North', null)
      .area('A2', 'South', null)
      .customer({ id: 'K1', name: '张三明', area: 'A1', industry: 'retail' })
      .customer({ id: 'K2', name: '李四', area: 'A1', category: 'commercial', industry: 'hotel' })
      .customer({ id: 'K3', name: '王五', area: 'A2' })
      .customer({ id: 'K10', name: 'Steel Works Co', area: 'A2', category: 'large_industry', industry: 'steel' }).db;
  }

  model(source: 'workspace' | 'table', detail: object = {}, model: RiskModel = handModel()): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO risk_models (name, created_at, source, as_of, horizon_months, file_name, target, rows, bads, scorecard_auc, challenger_auc, seconds, model, detail)
           VALUES (?, '2025-07-01T00:00:00.000Z', ?, ?, ?, ?, ?, 100, 20, 0.8, 0.82, 1.5, ?, ?)`,
        )
        .run(
          source === 'workspace' ? 'Arrears 2025' : 'German credit',
          source,
          source === 'workspace' ? 20241231 : null,
          source === 'workspace' ? 6 : null,
          source === 'workspace' ? null : 'german.csv',
          model.target,
          JSON.stringify(model),
          JSON.stringify(detail),
        ).lastInsertRowid,
    );
  }

  run(modelId: number, asOf: number, scores: ScoreRow[]): number {
    const byGrade: Record<string, number> = {};
    for (const s of scores) byGrade[s.grade] = (byGrade[s.grade] ?? 0) + 1;
    const runId = Number(
      this.db
        .prepare(
          `INSERT INTO risk_runs (model_id, created_at, as_of, customers, expected_loss_yuan, outstanding_yuan, by_grade, features)
           VALUES (?, '2025-07-02T00:00:00.000Z', ?, ?, ?, ?, ?, '{}')`,
        )
        .run(modelId, asOf, scores.length, scores.reduce((a, s) => a + s.loss, 0), scores.reduce((a, s) => a + s.outstanding, 0), JSON.stringify(byGrade)).lastInsertRowid,
    );
    const insert = this.db.prepare(
      `INSERT INTO risk_scores (run_id, customer_id, probability, score, grade, willingness, ability, challenger_probability, outstanding_yuan, expected_loss_yuan, reasons, features)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of scores) {
      insert.run(runId, s.customer, s.probability, s.score, s.grade, s.score * 0.6, s.score * 0.4, s.probability + 0.01, s.outstanding, s.loss, JSON.stringify(s.reasons ?? []), JSON.stringify(s.features ?? {}));
    }
    return runId;
  }

  adjust(customer: string, from: string, grade: string, reason = 'visited'): this {
    this.db
      .prepare(`INSERT INTO risk_adjustments (customer_id, created_at, who, from_grade, grade, reason) VALUES (?, '2025-07-03T00:00:00.000Z', 'auditor', ?, ?, ?)`)
      .run(customer, from, grade, reason);
    return this;
  }
}

const late = (bin: string, pointsLost: number) => ({ feature: 'on_time_rate_12m', pointsLost, bin });
const counter = { feature: 'channel_main', pointsLost: 15, bin: 'counter' };

/** The latest run's customers: K1 owes most, K10 has the largest expected loss, K5 is not in the archive. */
export const latestScores: ScoreRow[] = [
  { customer: 'K1', probability: 0.4, score: 540, grade: 'D', outstanding: 900, loss: 360, reasons: [late('(-∞, 0.5]', 40), counter], features: { on_time_rate_12m: 0.3, channel_main: 'counter', prepaid: '0' } },
  { customer: 'K2', probability: 0.1, score: 610, grade: 'B', outstanding: 100, loss: 10, reasons: [counter], features: { on_time_rate_12m: 0.95, channel_main: 'counter', prepaid: '1' } },
  { customer: 'K3', probability: 0.05, score: 650, grade: 'A', outstanding: 0, loss: 4, reasons: [], features: { on_time_rate_12m: 0.97, channel_main: 'app', prepaid: '0' } },
  { customer: 'K10', probability: 0.3, score: 550, grade: 'D', outstanding: 2000, loss: 600, reasons: [late('(0.5, 0.9]', 20)], features: { on_time_rate_12m: 0.7, channel_main: 'bank', prepaid: '0' } },
  { customer: 'K5', probability: 0.6, score: 500, grade: 'E', outstanding: 300, loss: 180, reasons: [late('missing', 30), counter], features: { on_time_rate_12m: null, channel_main: 'counter', prepaid: '0' } },
];

/** The workspace model (id 1) with runs as of 2024-06-30 (1), 2024-12-31 (2) and 2025-06-30 (3); K2 adjusted B → E → D. */
export function riskWorkspace(): RiskWorkspace {
  const ws = new RiskWorkspace();
  const model = ws.model('workspace', { targetDefinition: { overdueDays: 60, minArrearsYuan: 100 } });
  const older = latestScores.map((s) => ({ ...s, score: s.score + 30, grade: 'B', features: { ...s.features, on_time_rate_12m: 0.95 } }));
  ws.run(model, 20240630, older);
  ws.run(model, 20241231, older.slice(0, 3));
  ws.run(model, 20250630, latestScores);
  ws.adjust('K2', 'B', 'E').adjust('K2', 'E', 'D');
  return ws;
}
