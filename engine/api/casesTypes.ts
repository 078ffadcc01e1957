// Theft cases as they cross the API: a lead followed from a suspect through field inspection to
// its outcome, its evidence, and the hit rate of inspected leads. Days are 'YYYY-MM-DD', months
// 'YYYY-MM', instants ISO 8601.

export const caseStatuses = ['to_inspect', 'inspecting', 'confirmed_theft', 'contract_violation', 'cleared'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** What the back-billing estimate was charged at: the customer's own bills, or the category's tariff. */
export type PriceSource = 'bills' | 'tariff';

export interface BackBillingEstimate {
  /** The first day of the loss period (the change day) and its last day (the inspection day, else the last day of data). */
  from: string;
  to: string;
  days: number;
  /** The customer's daily energy before the change (median of the baseline days). */
  baselineKwhPerDay: number;
  /** Energy metered over the period. */
  meteredKwh: number;
  /** baseline x days - metered, never below 0. */
  kwh: number;
  priceYuanPerKwh: number;
  priceSource: PriceSource;
  yuan: number;
}

/**
 * Back-billing by the rules (供电营业规则, Rules for Power Supply and Utilization), beside the
 * baseline estimate: art. 103 counts the stolen energy from the capacity (kVA taken as kW) ×
 * hours a day (12 for power users, 6 for lighting users) × the days of the theft, at least 180
 * when its start cannot be established; art. 102 has the thief pay the back-billed charge and a
 * penalty (违约使用电费) of three times it. Not subtracted: what was metered (the rule counts the
 * capacity's use). Contract violations carry other penalties (art. 100), not counted here.
 */
export interface RulesEstimate {
  /** The customer's contract capacity (kVA), as kW. */
  capacityKva: number;
  /** Lighting (residential) users: 6 hours a day; power users: 12. */
  userKind: 'lighting' | 'power';
  hoursPerDay: number;
  /** change_day: the days from the change day to the end; minimum: the start is unknown, 180 days. */
  daysBasis: 'change_day' | 'minimum';
  /** The period counted, when the change day dates it. */
  from: string | null;
  to: string | null;
  days: number;
  kwh: number;
  priceYuanPerKwh: number;
  priceSource: PriceSource;
  /** The back-billed charge: kWh × price. */
  yuan: number;
  /** Three times the charge (art. 102), for theft. */
  penaltyYuan: number;
  /** Charge and penalty. */
  totalYuan: number;
}

export interface CaseAdjustment {
  kwh: number;
  yuan: number;
  reason: string;
}

export interface CaseSummary {
  caseId: number;
  customerId: string;
  customerName: string | null;
  areaId: string | null;
  category: string | null;
  status: CaseStatus;
  assignee: string | null;
  dueDay: string | null;
  inspectionDay: string | null;
  openedAt: string;
  openedBy: string;
  updatedAt: string;
  closedAt: string | null;
  /** The score run and score the case was opened from (null: opened by hand). */
  runId: number | null;
  score: number | null;
  reasons: string[];
  /** The estimate as it stands: the auditor's adjustment when there is one. */
  backKwh: number | null;
  backYuan: number | null;
}

export interface CaseHistoryEntry {
  entryId: number;
  at: string;
  who: string;
  action: 'opened' | 'status' | 'assigned' | 'dates' | 'findings' | 'estimate' | 'note' | 'file';
  /** The fields changed, each with from and to (or what was added). */
  detail: Record<string, unknown>;
}

export interface CaseNote {
  noteId: number;
  at: string;
  who: string;
  text: string;
}

export interface CaseFileInfo {
  fileId: number;
  name: string;
  type: string;
  size: number;
  sha256: string;
  at: string;
  who: string;
}

export interface CaseDetail extends CaseSummary {
  findings: string | null;
  changeDay: string | null;
  estimate: BackBillingEstimate | null;
  /** Back-billing by the rules (null: the archive has no contract capacity for the customer). */
  rulesEstimate: RulesEstimate | null;
  adjustment: CaseAdjustment | null;
  history: CaseHistoryEntry[];
  notes: CaseNote[];
  files: CaseFileInfo[];
}

export interface CaseList {
  total: number;
  rows: CaseSummary[];
}

export interface HitRateRow {
  /** Closed cases (inspected leads) and of those confirmed as theft or violation. */
  inspected: number;
  confirmed: number;
  /** confirmed / inspected (null when none was inspected). */
  rate: number | null;
}

export interface HitRate {
  overall: HitRateRow;
  byMonth: (HitRateRow & { month: string })[];
  /** Per indicator reason code the case was opened with; a case counts once under each of its reasons. */
  byReason: (HitRateRow & { reason: string })[];
}

/** A case's evidence pack as written: the PDF's path and name, its pages and size. */
export interface CasePackResult {
  path: string;
  fileName: string;
  pages: number;
  bytes: number;
}

// Evidence for the case page.

export interface EvidenceDay {
  day: string;
  /** The customer's metered energy (null: no data). */
  kwh: number | null;
  /** Peers' P25/P50/P75 that day (null: fewer than the minimum peers had data). */
  p25: number | null;
  p50: number | null;
  p75: number | null;
}

export interface AreaLossPoint {
  /** 'YYYY-MM-DD' (daily) or 'YYYY-MM' (monthly). */
  period: string;
  suppliedKwh: number;
  consumedKwh: number;
  /** (supplied - consumed) / supplied. */
  lossRate: number | null;
}

export interface EvidenceEvent {
  meterId: string;
  type: string;
  typeRaw: string;
  start: string;
  end: string | null;
}

export interface EvidenceBill {
  month: string;
  kwh: number | null;
  billedYuan: number;
  paidYuan: number;
  paidDay: string | null;
  dueDay: string | null;
  arrearsYuan: number;
  channel: string | null;
}

export interface CaseEvidence {
  customerId: string;
  category: string;
  areaId: string | null;
  from: string;
  to: string;
  changeDay: string | null;
  /** How the peers were chosen: the same category in the same area, or the category alone when the area has few. */
  peers: { basis: 'category_area' | 'category' | 'none'; count: number };
  days: EvidenceDay[];
  areaLossDaily: AreaLossPoint[];
  areaLossMonthly: AreaLossPoint[];
  events: EvidenceEvent[];
  bills: EvidenceBill[];
}
