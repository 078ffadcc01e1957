import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { textLabel } from './textLabel.js';

/** Words as typed: separated by commas (either width), spaces or new lines. */
export function parseWords(text: string): string[] {
  return [...new Set(text.split(/[,，、\s]+/).map((w) => w.trim()).filter(Boolean))];
}

/** The task's keyword rules, one box of words per label: a ticket holding any of them gets the label before the model is asked. */
export function RulesEditor({ task, labels }: { task: string; labels: string[] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const rules = useQuery('text.rules', { task });
  const save = useForecastJob('text.saveRules');
  const [words, setWords] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (rules.data) setWords(Object.fromEntries(rules.data.map((r) => [r.label, r.words.join(', ')])));
  }, [rules.data]);
  const hits = (label: string) => rules.data?.find((r) => r.label === label)?.hits ?? 0;
  const submit = () => {
    setSaved(false);
    const list = labels.map((label) => ({ label, words: parseWords(words[label] ?? '') })).filter((r) => r.words.length > 0);
    void save.start({ task, rules: list }).then((r) => {
      if (r) {
        setSaved(true);
        rules.reload();
      }
    });
  };
  return (
    <section className="card stack" aria-labelledby="text-rules-title">
      <h2 id="text-rules-title">{t('service.text.rulesTitle')}</h2>
      <p className="muted small">{t('service.text.rulesHint')}</p>
      <div className="rules-grid">
        {labels.map((label) => (
          <label key={label} className="field">
            <span>
              {textLabel(t, task, label)} <span className="muted small">{t('service.text.ruleHits', { hits: formatInteger(hits(label), language) })}</span>
            </span>
            <input type="text" value={words[label] ?? ''} onChange={(e) => setWords({ ...words, [label]: e.target.value })} data-rule={label} placeholder={t('service.text.rulePlaceholder')} />
          </label>
        ))}
      </div>
      <div className="row">
        <button type="button" className="btn" onClick={submit} disabled={save.running} data-testid="text-save-rules">
          {t('service.text.saveRules')}
        </button>
        {saved && <span className="muted small" role="status">{t('service.text.rulesSaved')}</span>}
      </div>
      {save.error && <ErrorNote error={save.error} />}
    </section>
  );
}
