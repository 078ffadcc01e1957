import { useCallback } from 'react';
import type { ForecastRunInfo } from '../../../engine/api/forecastTypes.js';
import { startJob } from '../../api/jobs.js';
import { useExport } from '../../state/useExport.js';
import { useSession } from '../../state/session.js';
import { exportFileName } from './exportName.js';

/** A run to CSV or Excel, saved or downloaded as every export is (useExport). */
export function useExportRun(run: Pick<ForecastRunInfo, 'runId' | 'name'>) {
  const { language } = useSession();
  const { start, busy, error, savedTo } = useExport<'csv' | 'xlsx'>();
  const { runId, name } = run;
  const exportAs = useCallback(
    async (format: 'csv' | 'xlsx') => {
      if (runId === null) return;
      await start(format, exportFileName(name, format), (target, onProgress) => startJob('forecast.export', { runId, format, language, ...target }, onProgress));
    },
    [runId, name, language, start],
  );
  return { exportAs, busy, error, savedTo };
}
