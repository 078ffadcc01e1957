/**
 * A labelled drop-down of fixed choices: the label wraps the list, so it names it for screen
 * readers and a click on it opens it.
 */
export function SelectField<V extends string>({ label, value, choices, choiceLabel, onChange, inline = false, testId }: {
  label: string;
  value: V;
  choices: readonly V[];
  choiceLabel(choice: NoInfer<V>): string;
  onChange(choice: NoInfer<V>): void;
  /** Label and list on one line, as in a toolbar. */
  inline?: boolean;
  testId?: string;
}) {
  return (
    <label className={inline ? 'field inline' : 'field'}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as V)} data-testid={testId}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choiceLabel(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}
