import { useTranslation } from 'react-i18next';
import type { ReportSpec } from '../../../../engine/api/reportsTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { SelectField } from '../../../components/SelectField.js';

const languages: readonly Language[] = ['zh-CN', 'en'];

/** The report's title, the language it is written in and its months (one month for a monthly report). */
export function ReportFields({ spec, onChange }: { spec: ReportSpec; onChange(change: Partial<ReportSpec>): void }) {
  const { t } = useTranslation();
  const setPeriod = (from: string, to: string) => from && to && onChange({ period: from <= to ? { from, to } : { from: to, to: from } });
  return (
    <section className="card stack" aria-labelledby="report-fields-title">
      <h2 id="report-fields-title">{t('reports.ui.report')}</h2>
      <label className="field">
        <span>{t('reports.ui.title')}</span>
        <input type="text" value={spec.title} maxLength={200} required onChange={(e) => onChange({ title: e.target.value })} data-testid="report-title" />
      </label>
      <div className="row wrap">
        <SelectField label={t('reports.ui.language')} value={spec.language} choices={languages} choiceLabel={(l) => t(`reports.ui.languages.${l}`)} onChange={(language) => onChange({ language })} testId="report-language" />
        <label className="field">
          <span>{t('reports.ui.from')}</span>
          <input type="month" value={spec.period.from} max={spec.period.to} required onChange={(e) => setPeriod(e.target.value, spec.period.to)} data-testid="report-from" />
        </label>
        <label className="field">
          <span>{t('reports.ui.to')}</span>
          <input type="month" value={spec.period.to} min={spec.period.from} required onChange={(e) => setPeriod(spec.period.from, e.target.value)} data-testid="report-to" />
        </label>
      </div>
    </section>
  );
}
