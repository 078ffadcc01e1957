// The last tag job's parameters and time (meta 'service_tags'), which the tags' explanations and
// pages show beside them.
import type { ServiceTagParams } from '../../api/serviceTypes.js';
import { getMeta, setMeta, type Db } from '../../store/database.js';

const META_KEY = 'service_tags';

export interface TagRun {
  params: ServiceTagParams;
  taggedAt: string;
}

export function lastTagRun(db: Db): TagRun | null {
  const text = getMeta(db, META_KEY);
  return text === undefined ? null : (JSON.parse(text) as TagRun);
}

export function saveTagRun(db: Db, run: TagRun): void {
  setMeta(db, META_KEY, JSON.stringify(run));
}
