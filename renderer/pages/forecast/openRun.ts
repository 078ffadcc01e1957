import { navigate } from '../../shell/route.js';
import { runDetail } from './runRoute.js';

/** Shows a run on the Forecast tab (with another drawn over it), or no run. */
export function openRun(runId: number | null, compareId: number | null = null): void {
  navigate('forecast', 'run', runDetail({ runId, compareId }));
}
