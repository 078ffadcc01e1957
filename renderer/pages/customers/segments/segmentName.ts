import type { TFunction } from 'i18next';

/** A cluster's shape in words (segments.names.*); an unknown code as it is. */
export function segmentName(t: TFunction, name: string): string {
  return (t as unknown as (k: string, o: object) => string)(`segments.names.${name}`, { defaultValue: name });
}
