// One segmentation of a workspace: profiles over the window (profiles.ts), then k-means per
// category (segment.ts). Fails with segments.no_data when no customer has enough complete days.
import { EngineError } from '../api/errors.js';
import { formatDay, type Day } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import type { ProfileDayKind } from '../api/segmentsTypes.js';
import { lastCurveDay, readProfiles, type Profiles } from './profiles.js';
import { segmentProfiles, type CategorySegments } from './segment.js';

export interface RunOptions {
  toDay?: Day;
  windowDays: number;
  days: ProfileDayKind;
  minDays: number;
  kMin: number;
  kMax: number;
  fixedK: { category: string | null; k: number }[];
  k?: number | undefined;
  seed: number;
  progress?: (fraction: number, message: string) => void;
}

export interface Segmentation {
  options: RunOptions;
  profiles: Profiles;
  categories: CategorySegments[];
  seconds: number;
}

export function segmentWorkspace(db: Db, options: RunOptions): Segmentation {
  const started = performance.now();
  options.progress?.(0, 'reading curves');
  const { progress, ...window } = options;
  const profiles = readProfiles(db, {
    ...window,
    ...(progress ? { progress: (done: number, total: number) => progress((0.3 * done) / Math.max(1, total), `${done} of ${total} meter-days read`) } : {}),
  });
  if (!profiles || profiles.ids.length === 0) {
    const toDay = profiles?.toDay ?? options.toDay ?? lastCurveDay(db);
    throw new EngineError('segments.no_data', 'No customer has enough complete days of interval curves in the window: import interval load, or widen the window.', {
      fromDay: profiles ? formatDay(profiles.fromDay) : null,
      toDay: toDay === null ? null : formatDay(toDay),
      minDays: options.minDays,
      skipped: profiles?.skipped ?? 0,
    });
  }
  const categories = segmentProfiles(profiles.values, profiles.categories, {
    kMin: options.kMin,
    kMax: options.kMax,
    fixedK: options.fixedK,
    k: options.k,
    seed: options.seed,
    progress: (fraction, message) => options.progress?.(0.3 + 0.7 * fraction, message),
  });
  return { options, profiles, categories, seconds: Math.round(performance.now() - started) / 1000 };
}
