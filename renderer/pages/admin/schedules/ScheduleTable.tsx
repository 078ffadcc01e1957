import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleInfo } from '../../../../engine/api/schedulesTypes.js';
import { HiddenHeader, SortHeader, type SortOrder } from '../../../components/TableCells.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { outcomeText, taskText, whenText } from './texts.js';

type SortKey = 'name' | 'nextRunAt' | 'lastRun';

export interface ScheduleActions {
  onRunNow(schedule: ScheduleInfo): void;
  onEdit(schedule: ScheduleInfo): void;
  onDelete(schedule: ScheduleInfo): void;
  onToggle(schedule: ScheduleInfo, enabled: boolean): void;
  /** Schedules whose Run now or toggle is under way. */
  busy: ReadonlySet<number>;
}

const lastRank = (s: ScheduleInfo) => (s.lastRun ? `${s.lastRun.status === 'failed' ? 0 : 1}${s.lastRun.startedAt}` : '2');

/** The schedules: name, task, when in words, next run, last result (a failure in red), enabled; sorted and filtered. */
export function ScheduleTable({ schedules, actions }: { schedules: readonly ScheduleInfo[]; actions: ScheduleActions }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = schedules
    .filter((s) => !needle || [s.name, taskText(t, s.task), whenText(t, s)].some((text) => text.toLowerCase().includes(needle)))
    .sort((a, b) => {
      const order = sort.key === 'name' ? a.name.localeCompare(b.name, language) : sort.key === 'nextRunAt' ? a.nextRunAt.localeCompare(b.nextRunAt) : lastRank(a).localeCompare(lastRank(b));
      return sort.descending ? -order : order;
    });
  const orderOf = (key: SortKey): SortOrder => (sort.key !== key ? 'none' : sort.descending ? 'descending' : 'ascending');
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));
  return (
    <div className="stack">
      <label className="field inline">
        <span>{t('schedules.filter')}</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="schedules-filter" />
      </label>
      <div className="table-scroll">
        <table className="table compact schedules-table" aria-label={t('schedules.listTitle')} data-testid="schedules-table">
          <thead>
            <tr>
              <SortHeader label={t('schedules.columns.name')} order={orderOf('name')} onSort={() => sortBy('name')} />
              <th scope="col">{t('schedules.columns.task')}</th>
              <th scope="col">{t('schedules.columns.when')}</th>
              <SortHeader label={t('schedules.columns.next')} order={orderOf('nextRunAt')} onSort={() => sortBy('nextRunAt')} />
              <SortHeader label={t('schedules.columns.last')} order={orderOf('lastRun')} onSort={() => sortBy('lastRun')} />
              <th scope="col">{t('schedules.columns.enabled')}</th>
              <HiddenHeader label={t('common.actions')} />
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => {
              const failed = s.lastRun?.status === 'failed' || s.lastRun?.status === 'interrupted';
              return (
                <tr key={s.scheduleId} className={failed ? 'failed' : undefined} data-testid="schedule-row" data-schedule={s.scheduleId}>
                  <td>{s.name}</td>
                  <td>{taskText(t, s.task)}</td>
                  <td className="nowrap">{whenText(t, s)}</td>
                  <td className="num nowrap">{s.enabled ? formatDateTime(s.nextRunAt, language) : '—'}</td>
                  <td className="outcome" data-testid="schedule-last">
                    {s.lastRun ? (
                      <>
                        <span className={`badge status-${s.lastRun.status}`}>{t(`schedules.status.${s.lastRun.status}`)}</span>{' '}
                        <span className={failed ? 'warn small' : 'muted small'}>{outcomeText(t, s.lastRun, language)}</span>
                      </>
                    ) : (
                      <span className="muted">{t('schedules.neverRun')}</span>
                    )}
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      checked={s.enabled}
                      disabled={actions.busy.has(s.scheduleId)}
                      onChange={(e) => actions.onToggle(s, e.target.checked)}
                      aria-label={t('schedules.enableNamed', { name: s.name })}
                      data-testid="schedule-enabled"
                    />
                  </td>
                  <td>
                    <div className="row nowrap">
                      <button
                        type="button"
                        className="btn small"
                        disabled={actions.busy.has(s.scheduleId) || s.lastRun?.status === 'running'}
                        onClick={() => actions.onRunNow(s)}
                        aria-label={t('schedules.runNowNamed', { name: s.name })}
                        data-testid="schedule-run-now"
                      >
                        {t('schedules.runNow')}
                      </button>
                      <button type="button" className="btn small ghost" onClick={() => actions.onEdit(s)} aria-label={t('schedules.editNamed', { name: s.name })} data-testid="schedule-edit">
                        {t('schedules.edit')}
                      </button>
                      <button type="button" className="btn small ghost" onClick={() => actions.onDelete(s)} aria-label={t('schedules.deleteNamed', { name: s.name })} data-testid="schedule-delete">
                        {t('common.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
            {shown.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {t('schedules.noMatch')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
