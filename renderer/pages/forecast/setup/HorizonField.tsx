import { useTranslation } from 'react-i18next';

const PRESETS = [
  { hours: 24, key: 'h24' },
  { hours: 48, key: 'h48' },
  { hours: 168, key: 'd7' },
  { hours: 336, key: 'd14' },
] as const;

/** The horizon in hours (1 to 336): presets of a day to two weeks, or any number of hours. */
export function HorizonField({ value, onChange }: { value: number; onChange(hours: number): void }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <span id="forecast-horizon">{t('forecast.setup.horizon')}</span>
      <div className="row wrap horizon" role="group" aria-labelledby="forecast-horizon">
        <div className="segmented">
          {PRESETS.map((p) => (
            <button key={p.key} type="button" className={p.hours === value ? 'seg active' : 'seg'} aria-pressed={p.hours === value} onClick={() => onChange(p.hours)}>
              {t(`forecast.horizonPresets.${p.key}`)}
            </button>
          ))}
        </div>
        <label className="row">
          <input
            type="number"
            className="hours-input"
            min={1}
            max={336}
            value={value}
            onChange={(e) => onChange(Math.max(1, Math.min(336, Math.round(Number(e.target.value) || 1))))}
            aria-label={t('forecast.setup.horizonHours')}
          />
          <span className="muted small">{t('forecast.setup.hoursUnit')}</span>
        </label>
      </div>
    </div>
  );
}
