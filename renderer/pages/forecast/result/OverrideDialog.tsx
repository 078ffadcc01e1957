import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastPoint, ForecastRun } from '../../../../engine/api/forecastTypes.js';
import { Dialog } from '../../../components/Dialog.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useSession } from '../../../state/session.js';
import { formatLoad, formatStamp, unitLabel } from '../texts.js';
import { useForecastJob } from '../useForecastJob.js';

/** The analyst's value for one interval, with the reason it is needed (required); or the override cleared. */
export function OverrideDialog({ run, point, onClose }: { run: ForecastRun; point: ForecastPoint | null; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const job = useForecastJob('forecast.edit');
  const { clearError } = job;
  useEffect(() => {
    setValue(point ? String(point.override?.value ?? Math.round(point.forecast * 100) / 100) : '');
    setReason(point?.override?.reason ?? '');
    clearError();
  }, [point, clearError]);
  const number = Number(value);
  const valid = value.trim() !== '' && Number.isFinite(number) && reason.trim().length > 0;
  const modelValue = point ? (point.override?.modelValue ?? point.forecast) : null;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!point || run.runId === null || !valid) return;
    void job.start({ action: 'override', runId: run.runId, ts: point.ts, value: number, reason: reason.trim() }).then((done) => done && onClose());
  };
  const clear = () => {
    if (!point || run.runId === null) return;
    void job.start({ action: 'override', runId: run.runId, ts: point.ts, value: null, reason: '' }).then((done) => done && onClose());
  };
  return (
    <Dialog title={point ? t('forecast.points.editTitle', { time: formatStamp(point.ts, language, true) }) : ''} open={point !== null} onClose={onClose}>
      <form className="stack" onSubmit={save} data-testid="override-form">
        <p className="muted">{t('forecast.points.modelValue', { value: formatLoad(modelValue, run.unit, t, language) })}</p>
        <label className="field">
          <span>{t('forecast.points.value', { unit: unitLabel(t, run.unit) })}</span>
          <input type="number" step="any" value={value} onChange={(e) => setValue(e.target.value)} required autoFocus data-testid="override-value" />
        </label>
        <label className="field">
          <span>{t('forecast.points.reason')}</span>
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} required placeholder={t('forecast.points.reasonHint')} data-testid="override-reason" />
        </label>
        {job.error && <ErrorNote error={job.error} />}
        <div className="row spread">
          <div>
            {point?.override && (
              <button type="button" className="btn danger" onClick={clear} disabled={job.running}>
                {t('forecast.points.clear')}
              </button>
            )}
          </div>
          <div className="row">
            <button type="button" className="btn" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn primary" disabled={!valid || job.running}>
              {t('forecast.points.save')}
            </button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}
