import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../engine/api/types.js';
import { SelectField } from '../../components/SelectField.js';
import { navigate } from '../../shell/route.js';
import { useSession } from '../../state/session.js';
import { useQuery } from '../../state/useQuery.js';
import { monthlySource } from './source.js';

const languages: readonly Language[] = ['zh-CN', 'en'];

/** "New monthly report": a month (the workspace's latest whole month to begin with) and a language, opened in the builder. */
export function NewMonthlyForm() {
  const { t } = useTranslation();
  const { language } = useSession();
  const [reportLanguage, setReportLanguage] = useState<Language>(language);
  // The template's own choice of month: the latest the workspace holds whole.
  const template = useQuery('reports.templates', { language: reportLanguage });
  const [month, setMonth] = useState('');
  const chosen = month || template.data?.[0]?.spec.period.from || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) navigate('reports', 'builder', monthlySource(chosen, reportLanguage));
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="new-monthly-title" data-testid="new-monthly">
      <h2 id="new-monthly-title">{t('reports.ui.newMonthly.title')}</h2>
      <p className="muted small">{t('reports.ui.newMonthly.hint')}</p>
      <div className="row wrap">
        <label className="field inline">
          <span>{t('reports.ui.month')}</span>
          <input type="month" value={chosen} required onChange={(e) => setMonth(e.target.value)} data-testid="new-monthly-month" />
        </label>
        <SelectField
          inline
          label={t('reports.ui.language')}
          value={reportLanguage}
          choices={languages}
          choiceLabel={(l) => t(`reports.ui.languages.${l}`)}
          onChange={setReportLanguage}
          testId="new-monthly-language"
        />
        <button type="submit" className="btn primary" disabled={!chosen} data-testid="new-monthly-create">
          {t('reports.ui.newMonthly.create')}
        </button>
        <button type="button" className="btn" onClick={() => navigate('reports', 'builder', 'new')} data-testid="new-blank">
          {t('reports.ui.newBlank')}
        </button>
      </div>
    </form>
  );
}
