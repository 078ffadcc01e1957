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
