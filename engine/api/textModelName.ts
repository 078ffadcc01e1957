// The name a text model gets when the analyst gives none: the UI shows its own words for the
// workspace's default names ('tickets by type' reads 按工单类型 in Chinese), so it compares with this.
import type { TextModelSource } from './textTypes.js';

export function defaultTextModelName(source: TextModelSource, task: string, fileName: string | null): string {
  return source === 'workspace' ? `tickets by ${task}` : `${fileName ?? 'table'}: ${task}`;
}
