// The collection list's filters as typed, and the query they make (risk.customers / risk.export).
import type { ArgsIn } from '../../../../engine/api/contract.js';
import type { RiskGrade, RiskSort } from '../../../../engine/api/riskTypes.js';

export interface CustomerFilter {
  search: string;
  grades: RiskGrade[];
  areaId: string;
  /** '' for every one. */
  category: string;
  industry: string;
  reason: string;
  /** '' or a probability in percent (0–100) as typed. */
  minProbability: string;
}

export const noFilter: CustomerFilter = { search: '', grades: [], areaId: '', category: '', industry: '', reason: '', minProbability: '' };

/** A minimum probability typed in percent, as a share, when it is one. */
export function minProbabilityOf(text: string): number | undefined {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value / 100 : undefined;
}

export type CustomerQuery = Omit<ArgsIn<'risk.customers'>, 'offset' | 'limit'>;

/** The filters the engine takes: empty ones left out. */
export function customerQuery(filter: CustomerFilter, sort: RiskSort, runId: number | null): CustomerQuery {
  const min = minProbabilityOf(filter.minProbability);
  const text = (s: string) => s.trim();
  return {
    sort,
    ...(runId !== null ? { runId } : {}),
    ...(text(filter.search) ? { search: text(filter.search) } : {}),
    ...(filter.grades.length > 0 ? { grades: filter.grades } : {}),
    ...(text(filter.areaId) ? { areaId: text(filter.areaId) } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(text(filter.industry) ? { industry: text(filter.industry) } : {}),
    ...(filter.reason ? { reason: filter.reason } : {}),
    ...(min !== undefined ? { minProbability: min } : {}),
  };
}
