// The collection export's info sheet: which model and run (its id, as-of day, when it was
// scored), which filters chose the rows and in what order, how many, when the file was made and
// whether the workspace is the demo's (made-up customers), as label / value pairs in the language
// asked for.
import type { Translate } from '../../api/theftReasonText.js';
import type { RiskModelInfo, RiskRunInfo, RiskSort } from '../../api/riskTypes.js';
import type { CustomerFilter } from '../queries/customers.js';
import type { Cell } from './columns.js';
import { featureWords } from './columns.js';

export interface ExportInfo {
  model: RiskModelInfo;
  run: RiskRunInfo;
  filter: CustomerFilter;
  sort: RiskSort;
  rows: number;
  generatedAt: string;
  isDemo: boolean;
}

/** The filters in words ('Grades: D, E; Category: Residential'), or that there were none. */
export function filterWords(t: Translate, filter: CustomerFilter): string {
  const parts: string[] = [];
  const add = (label: string, value: string) => parts.push(`${t(`risk.export.${label}`)}: ${value}`);
  if (filter.search) add('search', filter.search);
  if (filter.grades !== undefined) add('grades', filter.grades.join(', '));
  if (filter.areaId) add('area', filter.areaId);
  if (filter.category) add('category', t(`values.customers.category.${filter.category}`, { defaultValue: filter.category }));
  if (filter.industry) add('industry', filter.industry);
  if (filter.reason) add('reasonFilter', featureWords(t, filter.reason));
  if (filter.minProbability !== undefined) add('minProbability', String(filter.minProbability));
  return parts.length === 0 ? t('risk.export.noFilter') : parts.join('; ');
}

export function infoRows(t: Translate, info: ExportInfo): [string, Cell][] {
  return [
    [t('risk.export.model'), `${info.model.name} (${info.model.modelId})`],
    [t('risk.export.run'), info.run.runId],
    [t('risk.export.asOf'), info.run.asOf],
    [t('risk.export.scoredAt'), info.run.createdAt],
    [t('risk.export.filters'), filterWords(t, info.filter)],
    [t('risk.export.sort'), t(`risk.export.sorts.${info.sort}`)],
    [t('risk.export.rows'), info.rows],
    [t('risk.export.generatedAt'), info.generatedAt],
    [t('risk.export.demo'), info.isDemo ? t('risk.export.demoYes') : t('risk.export.demoNo')],
  ];
}
