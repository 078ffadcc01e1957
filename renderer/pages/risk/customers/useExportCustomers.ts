import { useCallback } from 'react';
import { startJob } from '../../../api/jobs.js';
import { useExport } from '../../../state/useExport.js';
import { useSession } from '../../../state/session.js';
import type { CustomerQuery } from './filters.js';

/** The collection list as filtered and sorted, to CSV or Excel (reasons in the user's language), saved or downloaded as every export is. */
export function useExportCustomers(query: CustomerQuery, asOf: string | null) {
  const { language } = useSession();
  const { start, busy, error, savedTo } = useExport<'csv' | 'xlsx'>();
  const exportAs = useCallback(
    async (format: 'csv' | 'xlsx') => {
      const name = `${language === 'zh-CN' ? '催费优先名单' : 'collection-list'}${asOf ? `-${asOf}` : ''}.${format}`;
      await start(format, name, (target, onProgress) => startJob('risk.export', { ...query, format, language, ...target }, onProgress));
    },
    [query, asOf, language, start],
  );
  return { exportAs, busy, error, savedTo };
}
