// Drawing a target list: the customers that meet every filter given (a customer with any of the
// tags asked for, in any of the segments, of any of the grades, saving at least so much a year),
// each with the reasons it is on the list: the filters it met, with its own value for each.
import type { ListReason, TargetListFilters } from '../api/customersTypes.js';
import type { Candidate } from './candidates.js';
import { recommend, type Scenario } from './recommendations.js';

export interface DrawnMember {
  customerId: string;
  savingYuan: number | null;
  reasons: ListReason[];
}

export function drawList(all: Candidate[], filters: TargetListFilters, scenario: Scenario): DrawnMember[] {
  // Every member keeps its saving where it has curves, whether or not a minimum was asked.
  const recommendations = recommend(all, scenario);
  const members: DrawnMember[] = [];
  all.forEach((c, i) => {
    const saving = recommendations[i]?.savingYuan ?? null;
    const reasons: ListReason[] = [];
    if (filters.category !== undefined) {
      if (c.category !== filters.category) return;
      reasons.push({ code: 'category', value: c.category });
    }
    if (filters.areaId !== undefined) {
      if (c.areaId !== filters.areaId) return;
      reasons.push({ code: 'area', value: filters.areaId });
    }
    if (filters.tags?.length) {
      const met = c.tags.filter((t) => filters.tags!.includes(t));
      if (met.length === 0) return;
      for (const tag of met) reasons.push({ code: 'tag', value: tag });
    }
    if (filters.segments?.length) {
      if (c.segment === null || !filters.segments.includes(c.segment)) return;
      reasons.push({ code: 'segment', value: c.segment });
    }
    if (filters.riskGrades?.length) {
      if (c.riskGrade === null || !filters.riskGrades.includes(c.riskGrade)) return;
      reasons.push({ code: 'risk_grade', value: c.riskGrade });
    }
    if (filters.minSavingYuan !== undefined) {
      if (saving === null || saving < filters.minSavingYuan) return;
      reasons.push({ code: 'saving', value: Math.round(saving) });
    }
    members.push({ customerId: c.customerId, savingYuan: saving, reasons });
  });
  return members;
}

/** The reasons in English (the API's `reason`; the UI and exports word the codes in their language). */
export function reasonText(reasons: ListReason[]): string {
  const words: Record<ListReason['code'], (v: string | number) => string> = {
    tag: (v) => `tag ${v}`,
    segment: (v) => `segment ${v}`,
    risk_grade: (v) => `arrears risk grade ${v}`,
    saving: (v) => `saves ${v} yuan a year on time-of-use`,
    category: (v) => `category ${v}`,
    area: (v) => `area ${v}`,
  };
  return reasons.map((r) => words[r.code](r.value)).join('; ');
}
