// Words for schedules: when one runs ("每周一 02:00" / "Mondays 02:00"), its task, a run's result.
import type { TFunction } from 'i18next';
import type { ScheduleDefinition, ScheduleRunInfo, ScheduleTask } from '../../../../engine/api/schedulesTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { errorText } from '../../../i18n/labels.js';

type Weekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';

export function whenText(t: TFunction, schedule: Pick<ScheduleDefinition, 'cadence' | 'weekday' | 'time'>): string {
  return schedule.cadence === 'weekly' && schedule.weekday !== null
    ? t('schedules.when.weekly', { day: t(`schedules.everyWeekday.${String(schedule.weekday) as Weekday}`), time: schedule.time })
    : t('schedules.when.daily', { time: schedule.time });
}

export function taskText(t: TFunction, task: ScheduleTask): string {
  return t(`schedules.tasks.${task}`);
}

/** A run's result in words: the files of a folder import, else done or the reason it failed. */
export function outcomeText(t: TFunction, run: ScheduleRunInfo, language: Language): string {
  const { imported, failed, waiting, error } = run.outcome;
  if (run.status === 'running') return t('schedules.outcome.running');
  const files = imported === undefined ? null : filesText(t, imported, failed ?? 0, waiting ?? 0);
  if (error) return files ? `${files} · ${errorText(t, error, language)}` : errorText(t, error, language);
  return files ?? t('schedules.outcome.done');
}

/** A folder import's files, only the counts that are not zero ("2 files imported · 1 failed"). */
function filesText(t: TFunction, imported: number, failed: number, waiting: number): string {
  const parts = [
    ...(imported > 0 ? [t('schedules.outcome.imported', { count: imported })] : []),
    ...(failed > 0 ? [t('schedules.outcome.failed', { count: failed })] : []),
    ...(waiting > 0 ? [t('schedules.outcome.waiting', { count: waiting })] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : t('schedules.outcome.noNewFile');
}
