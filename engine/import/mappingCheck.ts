// Whether a file can be imported as the kind asked for, before anything is written: it has a
// header, its columns meet one of the kind's requirement sets, and, unless the user gave a
// mapping (having seen the preview), they do not plainly describe another kind. Each refusal
// says what would work.
import { EngineError } from '../api/errors.js';
import { WRONG_KIND_MARGIN } from '../api/importTypes.js';
import type { DataKind } from '../api/types.js';
import type { MappingResolution } from './mapping.js';
import type { KindScore } from './mappingKind.js';

const SHOWN_SYNONYMS = 8;
const WHERE_TO_MAP = "the import wizard's mapping step, or --mapping on the command line";

export function checkImportable(
  fileName: string,
  kind: DataKind,
  headers: string[],
  resolution: MappingResolution,
  scores: KindScore[],
  mappingGiven: boolean,
): void {
  const named = headers.some((h) => h.trim() !== '');
  if (!named || (scores.every((s) => s.score === 0) && resolution.given.length === 0)) {
    throw new EngineError(
      'import.no_header',
      `${fileName} has no header row naming its columns (the first 30 rows were searched). ` +
        `Add a header row (e.g. 户号, 表号, 数据日期), or map the columns by number (${WHERE_TO_MAP}).`,
      { file: fileName },
    );
  }
  const asked = scores.find((s) => s.kind === kind);
  const better = scores.find((s) => s.kind !== kind && s.complete);
  const complete = resolution.missing.length === 0;
  if (better && !mappingGiven && (!complete || better.score > (asked?.score ?? 0) + WRONG_KIND_MARGIN)) {
    throw new EngineError(
      'import.wrong_kind',
      `${fileName} looks like ${better.kind} data, not ${kind}: its columns (${headers.slice(0, 6).join(', ')}) fit ${better.kind}. ` +
        `Import it as ${better.kind}, or map its columns for ${kind} (${WHERE_TO_MAP}).`,
      { file: fileName, kind, suggested: better.kind, scores },
    );
  }
  if (!complete) {
    const list = resolution.missing
      .map(({ field, accepted }) => {
        const shown = accepted.slice(0, SHOWN_SYNONYMS).join(', ');
        return `${field} (a column named ${shown}${accepted.length > SHOWN_SYNONYMS ? ', ...' : ''})`;
      })
      .join('; ');
    throw new EngineError(
      'import.missing_columns',
      `${fileName} cannot be imported as ${kind}: it lacks ${list}. Rename the column in the file, or map a column to it (${WHERE_TO_MAP}).`,
      { file: fileName, kind, missing: resolution.missing, headers },
    );
  }
}
