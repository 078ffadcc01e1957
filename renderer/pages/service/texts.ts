// Words for the Customer Service page's codes: ticket types and channels, tags. Pure functions of t.
import type { TFunction } from 'i18next';

/** i18next's t with a key built at run time (unknown codes fall back to the data's own). */
type Plain = (key: string, options?: Record<string, unknown>) => string;
const plain = (t: TFunction): Plain => t as unknown as Plain;

export function ticketTypeLabel(t: TFunction, type: string | null): string {
  return type === null ? '—' : plain(t)(`service.types.${type}`, { defaultValue: type });
}

export function channelLabel(t: TFunction, channel: string | null): string {
  return channel === null ? '—' : plain(t)(`service.channels.${channel}`, { defaultValue: channel });
}

export function categoryLabel(t: TFunction, category: string | null): string {
  return category === null ? '—' : plain(t)(`values.customers.category.${category}`, { defaultValue: category });
}

export function tagName(t: TFunction, tag: string): string {
  return plain(t)(`service.tags.${tag}.name`, { defaultValue: tag });
}

/** A meter event's type in words (power off, voltage loss); unknown types as the data has them. */
export function eventTypeLabel(t: TFunction, type: string): string {
  return plain(t)(`values.events.type.${type}`, { defaultValue: type });
}
