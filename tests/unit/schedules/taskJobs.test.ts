// The jobs each task starts: a risk model trained only when the workspace has none, the forecast
// batch with the schedule's level and horizon, a backup marked scheduled into its folder.
import { describe, expect, it } from 'vitest';
import type { ScheduleInfo, ScheduleTaskSpec } from '../../../engine/api/schedulesTypes.js';
import { taskJobs } from '../../../engine/schedules/taskJobs.js';

function schedule(spec: ScheduleTaskSpec): ScheduleInfo {
  const when = { scheduleId: 1, name: 's', cadence: 'daily' as const, weekday: null, time: '02:00', enabled: true };
  const made = { createdAt: '', createdBy: 'a', updatedAt: '', updatedBy: 'a', nextRunAt: '', lastRun: null };
  return { ...when, ...made, ...spec } as ScheduleInfo;
}

const models = (has: boolean) => ({ hasRiskModel: async () => has });

describe('taskJobs', () => {
  it('scores risk with the latest model, or trains one when there is none', async () => {
    expect(await taskJobs(schedule({ task: 'risk_score', options: {} }), models(true))).toEqual([{ method: 'risk.score', args: {} }]);
    expect(await taskJobs(schedule({ task: 'risk_score', options: {} }), models(false))).toEqual([{ method: 'risk.train', args: {} }]);
  });

  it('scores theft, refreshes the forecast batch and backs up as scheduled', async () => {
    expect(await taskJobs(schedule({ task: 'theft_score', options: {} }), models(true))).toEqual([{ method: 'theft.score', args: {} }]);
    expect(await taskJobs(schedule({ task: 'forecast_refresh', options: { level: 'feeder', resolution: 'day', horizonHours: 168 } }), models(true))).toEqual([
      { method: 'forecast.batch', args: { level: 'feeder', resolution: 'day', horizonHours: 168 } },
    ]);
    expect(await taskJobs(schedule({ task: 'backup', options: { folder: '/backups' } }), models(true))).toEqual([{ method: 'backup.create', args: { folder: '/backups', trigger: 'scheduled' } }]);
    expect(await taskJobs(schedule({ task: 'backup', options: { folder: '' } }), models(true))).toEqual([{ method: 'backup.create', args: { trigger: 'scheduled' } }]);
  });
});
