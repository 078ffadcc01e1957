import { useTranslation } from 'react-i18next';
import type { Period } from '../../../engine/api/overviewTypes.js';
import { formatMonth } from '../../i18n/format.js';
import { useSession } from '../../state/session.js';

/** Every month from `first` to `last`, 'YYYY-MM'. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** From and to month within the months the workspace has data for, and quick choices. */
export function PeriodSelector({ months, value, onChange }: { months: string[]; value: Period | null; onChange(period: Period | null): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  if (months.length === 0 || !value) return null;
  const last = months[months.length - 1]!;
  const lastTwelve = { from: months[Math.max(0, months.length - 12)]!, to: last };
  const year = last.slice(0, 4);
  const thisYear = { from: months.find((m) => m.startsWith(year))!, to: last };
  const all = { from: months[0]!, to: last };
  const same = (a: Period, b: Period) => a.from === b.from && a.to === b.to;
  const presets: { key: 'last12' | 'thisYear' | 'all'; period: Period }[] = [
    { key: 'last12', period: lastTwelve },
    { key: 'thisYear', period: thisYear },
    { key: 'all', period: all },
  ];
  return (
    <div className="period" role="group" aria-label={t('overview.period')}>
      <div className="field inline">
        <label htmlFor="period-from">{t('overview.from')}</label>
        <select id="period-from" value={value.from} onChange={(e) => onChange({ from: e.target.value, to: e.target.value > value.to ? e.target.value : value.to })}>
          {months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="field inline">
        <label htmlFor="period-to">{t('overview.to')}</label>
        <select id="period-to" value={value.to} onChange={(e) => onChange({ from: e.target.value < value.from ? e.target.value : value.from, to: e.target.value })}>
          {months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="segmented">
        {presets.map((p) => (
          <button key={p.key} type="button" className={same(p.period, value) ? 'seg active' : 'seg'} aria-pressed={same(p.period, value)} onClick={() => onChange(p.period)}>
            {t(`overview.presets.${p.key}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
