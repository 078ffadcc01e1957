import type { TFunction } from 'i18next';
import { ticketTypeLabel } from '../texts.js';

/** A model's label in words: a ticket type or a sentiment; a table model's labels as its file has them. */
export function textLabel(t: TFunction, task: string, label: string): string {
  if (task === 'type') return ticketTypeLabel(t, label);
  if (task === 'sentiment') return (t as unknown as (k: string, o: object) => string)(`service.text.sentiments.${label}`, { defaultValue: label });
  return label;
}
