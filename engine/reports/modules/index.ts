// Every module chart a report can hold, by its id (engine/api/reportsTypes.ts moduleCharts).
import type { ModuleChart } from '../../api/reportsTypes.js';
import { arrearsSection } from './arrears.js';
import { consumptionByAreaSection, consumptionByMonthSection } from './consumption.js';
import { forecastSection } from './forecast.js';
import type { ModuleBlock, ModuleInput } from './module.js';
import { collectionSection, riskGradesSection } from './risk.js';
import { satisfactionSection, tagsSection, volumeSection } from './service.js';
import { casesSection, suspectsSection } from './theft.js';

export const moduleSections: Record<ModuleChart, (input: ModuleInput) => ModuleBlock> = {
  'consumption.byMonth': consumptionByMonthSection,
  'consumption.byArea': consumptionByAreaSection,
  'forecast.latest': forecastSection,
  'arrears.byMonth': arrearsSection,
  'risk.grades': riskGradesSection,
  'risk.collection': collectionSection,
  'theft.suspects': suspectsSection,
  'theft.cases': casesSection,
  'service.volume': volumeSection,
  'service.satisfaction': satisfactionSection,
  'service.tags': tagsSection,
};
