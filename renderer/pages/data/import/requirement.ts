import { WRONG_KIND_MARGIN, type ImportPreview } from '../../../../engine/api/importTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';

// How a kind's alternative required-field sets read to a user: fields every set needs
// are plainly required; the rest are "one of these" choices.

export interface RequirementView {
  /** In every alternative set. */
  required: Set<string>;
  /** What the sets differ in, one entry per set (empty when there is only one set). */
  choices: string[][];
}

export function describeRequirement(requirement: string[][]): RequirementView {
  if (requirement.length === 0) return { required: new Set(), choices: [] };
  const required = new Set(requirement[0]!.filter((field) => requirement.every((set) => set.includes(field))));
  const choices = requirement.length > 1 ? requirement.map((set) => set.filter((field) => !required.has(field))) : [];
  return { required, choices: choices.some((choice) => choice.length > 0) ? choices : [] };
}

/**
 * Another kind the file plainly is, when the one chosen does not fit: the chosen kind lacks a
 * required column and another kind has all of its own, or that other kind fits clearly better.
 * The same rule by which import.run refuses a file as the wrong kind when no mapping is given
 * (engine/import/mappingCheck.ts); the wizard always gives one, so it has to say so itself.
 */
export function fittingKind(preview: Pick<ImportPreview, 'kind' | 'kindScores' | 'missing'>): DataKind | null {
  if (preview.kind === null) return null;
  const asked = preview.kindScores.find((s) => s.kind === preview.kind)?.score ?? 0;
  const better = [...preview.kindScores].sort((a, b) => b.score - a.score).find((s) => s.kind !== preview.kind && s.complete);
  if (!better) return null;
  return preview.missing.length > 0 || better.score > asked + WRONG_KIND_MARGIN ? better.kind : null;
}
