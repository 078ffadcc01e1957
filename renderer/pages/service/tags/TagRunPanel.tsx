import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/** The tagging's thresholds as typed, and whether they are numbers the engine takes. */
export const DEFAULT_TAG_PARAMS = { repeatCount: '3', repeatDays: '30', outageDays: '7', highBillFactor: '1.5', highBillDays: '45' };
type ParamText = typeof DEFAULT_TAG_PARAMS;

export function tagParams(text: ParamText) {
  const n = Object.fromEntries(Object.entries(text).map(([k, v]) => [k, Number(v)])) as Record<keyof ParamText, number>;
  const whole = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;
  const valid =
    whole(n.repeatCount, 2, 100) && whole(n.repeatDays, 1, 366) && whole(n.outageDays, 0, 90) && whole(n.highBillDays, 1, 366) && n.highBillFactor > 1 && n.highBillFactor <= 20;
  return valid ? n : null;
}

/** The tag job's thresholds and its Run button with progress and Cancel. */
export function TagRunPanel({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState<ParamText>(DEFAULT_TAG_PARAMS);
  const job = useForecastJob('service.tag');
  const params = tagParams(text);
  const field = (key: keyof ParamText, step = '1') => (
    <label className="field inline narrow">
      <span>{t(`service.tags.params.${key}`)}</span>
      <input type="number" step={step} value={text[key]} onChange={(e) => setText({ ...text, [key]: e.target.value })} data-testid={`tag-${key}`} />
    </label>
  );
  return (
    <section className="card stack" aria-labelledby="tag-run-title">
      <h2 id="tag-run-title">{t('service.tags.runTitle')}</h2>
      <p className="muted small">{t('service.tags.runHint')}</p>
      <div className="row wrap">
        {field('repeatCount')}
        {field('repeatDays')}
        {field('outageDays')}
        {field('highBillFactor', '0.1')}
        {field('highBillDays')}
      </div>
      <div className="row">
        {job.running ? (
          <JobProgress job={job} label={t('service.tags.running')} />
        ) : (
          <button type="button" className="btn primary" disabled={!params} onClick={() => params && void job.start(params).then((r) => r && onDone())} data-testid="tag-run">
            {t('service.tags.run')}
          </button>
        )}
      </div>
      {job.error && <ErrorNote error={job.error} />}
    </section>
  );
}
