// The suspects export's info sheet: which run (its id, as-of day, when it was scored, its
// model), which filters chose the rows, when the file was made and whether the workspace is the
// demo's (made-up customers), as label / value pairs in the language asked for.
import { codeKey, type Translate } from '../../api/theftReasonText.js';
import type { TheftScoreRunInfo } from '../../api/theftTypes.js';
import type { Cell } from './rows.js';

export interface SuspectsFilter {
  search?: string | undefined;
  category?: string | undefined;
  areaId?: string | undefined;
  reason?: string | undefined;
  minScore?: number | undefined;
}

export interface ExportInfo {
  run: TheftScoreRunInfo;
  filter: SuspectsFilter;
  rows: number;
  generatedAt: string;
  isDemo: boolean;
}

/** The filters in words ('Category: Residential; Min. score: 0.5'), or that there were none. */
export function filterWords(t: Translate, filter: SuspectsFilter): string {
  const parts: string[] = [];
  const add = (label: string, value: string) => parts.push(`${t(label)}: ${value}`);
  if (filter.search) add('theft.export.searchPrefix', filter.search);
  if (filter.category) add('theft.filters.category', t(`values.customers.category.${filter.category}`, { defaultValue: filter.category }));
  if (filter.areaId) add('theft.filters.area', filter.areaId);
  if (filter.reason) add('theft.filters.reason', t(`theft.indicators.${codeKey(filter.reason)}`, { defaultValue: filter.reason }));
  if (filter.minScore !== undefined) add('theft.filters.minScore', String(filter.minScore));
  return parts.length === 0 ? t('theft.export.noFilter') : parts.join('; ');
}

export function infoRows(t: Translate, info: ExportInfo): [string, Cell][] {
  const { run } = info;
  return [
    [t('theft.export.run'), run.runId],
    [t('theft.export.asOf'), run.asOf],
    [t('theft.export.scoredAt'), run.createdAt],
    [t('theft.export.model'), run.supervised ? t('theft.runs.supervised', { labels: run.labels }) : t('theft.runs.unsupervised')],
    [t('theft.export.filters'), filterWords(t, info.filter)],
    [t('theft.export.rows'), info.rows],
    [t('theft.export.generatedAt'), info.generatedAt],
    [t('theft.export.demo'), info.isDemo ? t('theft.export.demoYes') : t('theft.export.demoNo')],
  ];
}
