import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSettings } from '../../../../engine/api/backupTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/** A rule's number, or null when its box is unticked or the number is not a whole number ≥ 1. */
function count(enabled: boolean, text: string): number | null {
  const n = Number(text);
  return enabled && Number.isInteger(n) && n >= 1 ? n : null;
}

/** The retention policy: keep the newest N backups and/or those younger than D days; the words say what goes. */
export function RetentionSettings({ settings, onSaved }: { settings: BackupSettings; onSaved(): void }) {
  const { t } = useTranslation();
  const [keepLastOn, setKeepLastOn] = useState(settings.keepLast !== null);
  const [keepLast, setKeepLast] = useState(String(settings.keepLast ?? 10));
  const [keepDaysOn, setKeepDaysOn] = useState(settings.keepDays !== null);
  const [keepDays, setKeepDays] = useState(String(settings.keepDays ?? 30));
  const [saved, setSaved] = useState(false);
  const job = useForecastJob('backup.saveSettings');
  const chosen: BackupSettings = { keepLast: count(keepLastOn, keepLast), keepDays: count(keepDaysOn, keepDays) };
  const invalid = (keepLastOn && chosen.keepLast === null) || (keepDaysOn && chosen.keepDays === null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (job.running || invalid) return;
    setSaved(false);
    void job.start(chosen).then((result) => {
      if (!result) return;
      setSaved(true);
      onSaved();
    });
  };
  const explain =
    chosen.keepLast === null && chosen.keepDays === null
      ? t('backup.retention.keepAll')
      : chosen.keepLast !== null && chosen.keepDays !== null
        ? t('backup.retention.both', { count: chosen.keepLast, days: chosen.keepDays })
        : chosen.keepLast !== null
          ? t('backup.retention.last', { count: chosen.keepLast })
          : t('backup.retention.days', { count: chosen.keepDays ?? 0 });
  return (
    <section className="stack" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('backup.retention.title')}</h2>
      <form className="stack" onSubmit={submit} onChange={() => setSaved(false)}>
        <div className="row wrap">
          <label className="check">
            <input type="checkbox" checked={keepLastOn} onChange={(e) => setKeepLastOn(e.target.checked)} data-testid="retention-last-on" />
            <span>{t('backup.retention.keepLast')}</span>
          </label>
          <input
            type="number"
            min={1}
            max={1000}
            className="narrow"
            value={keepLast}
            disabled={!keepLastOn}
            onChange={(e) => setKeepLast(e.target.value)}
            aria-label={t('backup.retention.keepLastCount')}
            data-testid="retention-last"
          />
        </div>
        <div className="row wrap">
          <label className="check">
            <input type="checkbox" checked={keepDaysOn} onChange={(e) => setKeepDaysOn(e.target.checked)} data-testid="retention-days-on" />
            <span>{t('backup.retention.keepDays')}</span>
          </label>
          <input
            type="number"
            min={1}
            max={3650}
            className="narrow"
            value={keepDays}
            disabled={!keepDaysOn}
            onChange={(e) => setKeepDays(e.target.value)}
            aria-label={t('backup.retention.keepDaysCount')}
            data-testid="retention-days"
          />
        </div>
        <p className="muted small" data-testid="retention-explain">
          {invalid ? t('backup.retention.invalid') : explain} {t('backup.retention.onlyOurs')}
        </p>
        <div className="row">
          <button type="submit" className="btn" disabled={job.running || invalid} data-testid="retention-save">
            {t('backup.retention.save')}
          </button>
          {saved && (
            <span className="success small" role="status">
              {t('backup.retention.saved')}
            </span>
          )}
        </div>
      </form>
      {job.error && <ErrorNote error={job.error} />}
    </section>
  );
}
