import { useEffect } from 'react';
import type { JobMethod } from '../../../engine/api/contract.js';
import { on } from '../../api/client.js';

/** Jobs after which saved runs or the holiday table read differently. */
const WRITING: JobMethod[] = ['forecast.run', 'forecast.batch', 'forecast.edit', 'forecast.saveCalendar'];

/**
 * Calls `reload` when a forecast job that writes has succeeded (here or in another window of the
 * same workspace): forecast runs are not a data kind, so 'data.changed' does not announce them.
 */
export function useForecastChanges(reload: () => void, methods: JobMethod[] = WRITING): void {
  const key = methods.join(',');
  useEffect(
    () =>
      on('job.done', (done) => {
        if (done.status === 'succeeded' && key.split(',').includes(done.method)) reload();
      }),
    [reload, key],
  );
}
