import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../../engine/api/forecastTypes.js';
import { Dialog } from '../../../components/Dialog.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { SelectField } from '../../../components/SelectField.js';
import { ActionCell, HiddenHeader } from '../../../components/TableCells.js';
import { formatDay } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { useForecastJob } from '../useForecastJob.js';
import { addEntry, entriesOfYear, removeEntry, yearsOf } from './entries.js';

/**
 * The holiday table forecasting uses (statutory holidays and 调休 make-up workdays), by year:
 * add or remove days, save it as the workspace's own, or go back to the built-in table.
 */
export function CalendarTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const calendar = useQuery('forecast.calendar', {});
  const [entries, setEntries] = useState<CalendarEntry[] | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const job = useForecastJob('forecast.saveCalendar');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (calendar.data) setEntries(calendar.data.entries);
  }, [calendar.data]);

  if (calendar.error || !calendar.data || !entries) return <QueryFallback query={calendar} />;
  const years = yearsOf(entries);
  const thisYear = String(new Date().getFullYear());
  const shownYear = year ?? (years.includes(thisYear) ? thisYear : (years.at(-1) ?? thisYear));
  const shown = entriesOfYear(entries, shownYear);
  const dirty = entries !== calendar.data.entries;

  const save = (payload: { entries: CalendarEntry[] } | { reset: true }) => {
    setSaved(false);
    void job.start(payload).then((info) => {
      if (!info) return;
      setEntries(info.entries);
      setSaved(true);
      calendar.reload();
    });
  };
  const change = (next: CalendarEntry[]) => {
    setSaved(false);
    setEntries(next);
  };

  return (
    <div className="stack calendar-tab">
      <div className="row spread wrap">
        <p className="muted" data-testid="calendar-source">{t(`forecast.calendar.source.${calendar.data.source}`)}</p>
        <div className="row wrap">
          <button type="button" className="btn primary" disabled={!dirty || job.running} onClick={() => save({ entries })}>
            {t('forecast.calendar.save')}
          </button>
          <button type="button" className="btn" disabled={job.running || calendar.data.source === 'builtin'} onClick={() => setConfirmReset(true)}>
            {t('forecast.calendar.reset')}
          </button>
        </div>
      </div>
      {dirty && <p className="note warn small">{t('forecast.calendar.unsaved')}</p>}
      {saved && !dirty && (
        <p className="note ok small" role="status">
          {t('forecast.calendar.saved')}
        </p>
      )}
      {job.error && <ErrorNote error={job.error} />}
      <div className="calendar-grid">
        <section className="card" aria-labelledby="calendar-year">
          <div className="row spread wrap">
            <h2 id="calendar-year">{t('forecast.calendar.title')}</h2>
            <SelectField
              inline
              label={t('forecast.calendar.year')}
              value={shownYear}
              choices={years.includes(shownYear) ? years : [...years, shownYear].sort()}
              choiceLabel={(y) => y}
              onChange={setYear}
            />
          </div>
          {shown.length === 0 ? (
            <p className="muted">{t('forecast.calendar.emptyYear', { year: shownYear })}</p>
          ) : (
            <div className="table-scroll">
              <table className="table compact" data-testid="calendar-table">
                <thead>
                  <tr>
                    <th scope="col">{t('forecast.calendar.day')}</th>
                    <th scope="col">{t('forecast.calendar.type')}</th>
                    <th scope="col">{t('forecast.calendar.festival')}</th>
                    <HiddenHeader label={t('common.actions')} />
                  </tr>
                </thead>
                <tbody>
                  {shown.map((entry) => (
                    <tr key={entry.day} className={entry.type === 'workday' ? 'makeup' : undefined}>
                      <td>{formatDay(entry.day, language)}</td>
                      <td>{t(`forecast.calendar.types.${entry.type}`)}</td>
                      <td>{entry.festival}</td>
                      <ActionCell
                        label={t('forecast.calendar.remove')}
                        onClick={() => change(removeEntry(entries, entry.day))}
                        ariaLabel={t('forecast.calendar.removeDay', { day: formatDay(entry.day, language) })}
                      />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <AddDayForm
          onAdd={(entry) => {
            change(addEntry(entries, entry));
            setYear(entry.day.slice(0, 4));
          }}
        />
      </div>
      <Dialog title={t('forecast.calendar.resetTitle')} open={confirmReset} onClose={() => setConfirmReset(false)}>
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            setConfirmReset(false);
            save({ reset: true });
          }}
        >
          <p>{t('forecast.calendar.resetText')}</p>
          <div className="row end">
            <button type="button" className="btn" onClick={() => setConfirmReset(false)} autoFocus>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn danger">
              {t('forecast.calendar.reset')}
            </button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}

const entryTypes: readonly CalendarEntry['type'][] = ['holiday', 'workday'];

function AddDayForm({ onAdd }: { onAdd(entry: CalendarEntry): void }) {
  const { t } = useTranslation();
  const [day, setDay] = useState('');
  const [type, setType] = useState<CalendarEntry['type']>('holiday');
  const [festival, setFestival] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    onAdd({ day, type, festival: festival.trim() });
    setDay('');
    setFestival('');
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="calendar-add">
      <h3 id="calendar-add">{t('forecast.calendar.addTitle')}</h3>
      <label className="field">
        <span>{t('forecast.calendar.day')}</span>
        <input type="date" value={day} onChange={(e) => setDay(e.target.value)} required />
      </label>
      <SelectField label={t('forecast.calendar.type')} value={type} choices={entryTypes} choiceLabel={(ty) => t(`forecast.calendar.types.${ty}`)} onChange={setType} />
      <label className="field">
        <span>{t('forecast.calendar.festival')}</span>
        <input value={festival} onChange={(e) => setFestival(e.target.value)} maxLength={40} placeholder={t('forecast.calendar.festivalHint')} />
      </label>
      <p className="muted small">{t('forecast.calendar.addHint')}</p>
      <div className="row">
        <button type="submit" className="btn" disabled={!day}>
          {t('forecast.calendar.add')}
        </button>
      </div>
    </form>
  );
}
