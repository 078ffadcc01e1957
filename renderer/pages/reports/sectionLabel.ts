// A section of a report definition in words, as the builder lists it.
import type { TFunction } from 'i18next';
import type { ReportSection } from '../../../engine/api/reportsTypes.js';

export function sectionLabel(t: TFunction, section: ReportSection, viewName: (viewId: number) => string | undefined): string {
  switch (section.kind) {
    case 'kpis':
      return t('reports.sections.kpis');
    case 'chart':
      return t(`reports.modules.${section.chart}`);
    case 'table':
      return t('reports.ui.tableOf', { name: t(`reports.modules.${section.chart}`) });
    case 'view':
      return t('reports.ui.viewNamed', { name: viewName(section.viewId) ?? t('reports.viewGone', { viewId: section.viewId }) });
    case 'text':
      return section.heading || t('reports.ui.textSection');
  }
}
