// Which kind a file's headers describe. Each kind scores by how nearly its requirement is
// met (70%) and by how much of the file its fields explain (30%): a bills export names a
// customer too, but the customer archive explains only one of its columns.
import type { DataKind } from '../api/types.js';
import { dataKinds } from '../api/types.js';
import { resolveMapping, satisfied } from './mapping.js';
import { kindDefinitions } from './kinds/index.js';

export interface KindScore {
  kind: DataKind;
  score: number;
  /** Every field of one requirement set has a column. */
  complete: boolean;
}

export function kindScores(headers: string[]): KindScore[] {
  const named = headers.filter((h) => h.trim() !== '').length || 1;
  const scores = dataKinds.map((kind): KindScore => {
    const { mapping } = resolveMapping(kind, headers, 0, undefined);
    const have = satisfied(mapping);
    let coverage = 0;
    for (const set of kindDefinitions[kind].requirement) {
      coverage = Math.max(coverage, set.filter((field) => have.has(field)).length / set.length);
    }
    const explained = Object.keys(mapping.fields).length + (mapping.pointColumns?.length ?? 0);
    const score = 0.7 * coverage + 0.3 * Math.min(1, explained / named);
    return { kind, score: Math.round(score * 1000) / 1000, complete: coverage === 1 };
  });
  return scores.sort((a, b) => b.score - a.score);
}
