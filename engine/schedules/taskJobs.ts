// The jobs each task runs, with their arguments, as the module's own page would start them:
// - risk_score: score every customer with the latest workspace model as of the latest bills, or
//   train one first when the workspace has none (training saves the model and its score runs);
// - theft_score: a theft score run as of the last day with consumption;
// - forecast_refresh: the Forecast page's batch of every area (feeder, unit) from the interval
//   after its latest load: what a planner reads each morning. Re-running every saved run's
//   settings instead would pile up copies of one-off studies and scenarios;
// - backup: a verified backup (marked as scheduled) into the schedule's folder, else the default
//   backup folder, after which the workspace's retention policy removes the old ones.
// (import_folder is a job per new file: run.ts.)
import type { JobMethod } from '../api/contract.js';
import type { ScheduleInfo } from '../api/schedulesTypes.js';

export interface TaskJob {
  method: JobMethod;
  args: Record<string, unknown>;
}

export async function taskJobs(schedule: ScheduleInfo, models: { hasRiskModel(): Promise<boolean> }): Promise<TaskJob[]> {
  switch (schedule.task) {
    case 'risk_score':
      return [(await models.hasRiskModel()) ? { method: 'risk.score', args: {} } : { method: 'risk.train', args: {} }];
    case 'theft_score':
      return [{ method: 'theft.score', args: {} }];
    case 'forecast_refresh':
      return [{ method: 'forecast.batch', args: { ...schedule.options } }];
    case 'backup': {
      const { folder } = schedule.options;
      return [{ method: 'backup.create', args: { ...(folder ? { folder } : {}), trigger: 'scheduled' } }];
    }
    case 'import_folder':
      throw new Error(`taskJobs does not plan ${schedule.task}`);
  }
}
