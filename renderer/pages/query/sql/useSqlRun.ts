import { useCallback, useRef, useState } from 'react';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import type { SqlRunResult } from '../../../../engine/api/sqlTypes.js';

export interface SqlRunOptions {
  limit: number;
  timeoutSeconds: number;
  unmask: boolean;
}

/** Runs console statements one at a time; Cancel stops the one running (sql.cancel by its token). */
export function useSqlRun() {
  const [result, setResult] = useState<SqlRunResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [running, setRunning] = useState(false);
  const token = useRef<string | null>(null);

  const run = useCallback(async (sql: string, options: SqlRunOptions) => {
    const mine = crypto.randomUUID();
    token.current = mine;
    setRunning(true);
    setError(null);
    try {
      const answer = await invoke('sql.run', { sql, ...options, token: mine });
      if (token.current === mine) setResult(answer);
    } catch (caught) {
      if (token.current === mine) {
        setResult(null);
        setError(toApiError(caught));
      }
    } finally {
      if (token.current === mine) {
        token.current = null;
        setRunning(false);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    if (token.current) void invoke('sql.cancel', { token: token.current }).catch(() => undefined);
  }, []);

  return { result, error, running, run, cancel };
}
