import { useCallback } from 'react';
import { startJob } from '../../../api/jobs.js';
import { useExport } from '../../../state/useExport.js';
import { useSession } from '../../../state/session.js';

/** Quarantined rows to Excel, saved or downloaded as every export is (useExport). */
export function useExportQuarantine(importId: number, fileName: string) {
  const { language } = useSession();
  const { start, busy, progress, error, savedTo } = useExport<'xlsx'>();
  const run = useCallback(
    () =>
      start('xlsx', `${fileName.replace(/\.[^.]*$/, '')}-quarantine.xlsx`, (target, onProgress) =>
        // The reasons in the file are written in the language the user reads them in here.
        startJob('import.exportQuarantine', { importId, language, ...target }, onProgress),
      ),
    [start, fileName, importId, language],
  );
  return { run, busy: busy !== null, progress, error, savedTo };
}
