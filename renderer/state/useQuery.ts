// Reads from the engine as React state: refetched when the arguments change, when the
// workspace changes, and when data of the kinds the view depends on changed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArgsIn, MethodName, Result } from '../../engine/api/contract.js';
import type { DataKind } from '../../engine/api/types.js';
import { invoke, on } from '../api/client.js';
import { toApiError, type ApiError } from '../api/errors.js';
import { useSession } from './session.js';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

export interface QueryOptions {
  /** Refetch when any of these kinds changed; 'any' for every change. */
  kinds?: readonly DataKind[] | 'any';
  /** Skip the call (e.g. no workspace open); data stays undefined. */
  enabled?: boolean;
}

export function useQuery<M extends MethodName>(method: M, args: ArgsIn<M>, options: QueryOptions = {}): QueryState<Result<M>> {
  const { workspace } = useSession();
  const { kinds, enabled = true } = options;
  const argsKey = JSON.stringify(args);
  const [state, setState] = useState<{ data: Result<M> | undefined; error: ApiError | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: enabled,
  });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const latest = useRef(0);

  useEffect(() => {
    if (!enabled) {
      setState({ data: undefined, error: null, loading: false });
      return;
    }
    const call = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    invoke(method, JSON.parse(argsKey) as ArgsIn<M>).then(
      (data) => call === latest.current && setState({ data, error: null, loading: false }),
      (error: unknown) => call === latest.current && setState({ data: undefined, error: toApiError(error), loading: false }),
    );
  }, [method, argsKey, enabled, workspace?.path, version]);

  const kindsKey = kinds === undefined ? '' : kinds === 'any' ? 'any' : kinds.join(',');
  useEffect(() => {
    if (!kindsKey) return;
    return on('data.changed', (event) => {
      if (kindsKey === 'any' || event.kinds.some((kind) => kindsKey.split(',').includes(kind))) reload();
    });
  }, [kindsKey, reload]);

  return { ...state, reload };
}
