import { UsageError } from './usage.js';

/** A whole number option; anything else is bad usage. */
export function integerOption(name: string, value: string | undefined, usage: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, not '${value}'.`, usage);
  return Number(value);
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
