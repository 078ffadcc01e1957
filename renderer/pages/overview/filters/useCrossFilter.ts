// The Overview's filters outlive the page: a user who drills down to a customer's 360 and comes
// back finds them as they were. They belong to one workspace: another one starts with none.
import { useCallback, useSyncExternalStore } from 'react';
import { useSession } from '../../../state/session.js';
import type { CrossFilter } from './crossFilter.js';

let state: { workspace: string | null; filter: CrossFilter } = { workspace: null, filter: {} };
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCrossFilter(): [CrossFilter, (change: (filter: CrossFilter) => CrossFilter) => void] {
  const workspace = useSession().workspace?.path ?? null;
  const snapshot = useSyncExternalStore(subscribe, () => state);
  const filter = snapshot.workspace === workspace ? snapshot.filter : {};
  const update = useCallback(
    (change: (filter: CrossFilter) => CrossFilter) => {
      const before = state.workspace === workspace ? state.filter : {};
      state = { workspace, filter: change(before) };
      for (const listener of listeners) listener();
    },
    [workspace],
  );
  return [filter, update];
}
