// What the archive says of the customer: prepaid or not, how long a customer, usage category and
// industry (rare industries are pooled by the scorecard's binning, not here).
import { monthOf, monthsBetween, type Day } from '../../../core/calendar.js';
import { openDayOf, type ArchiveColumns } from '../archive.js';

export interface ArchiveFeatures {
  prepaid: 'yes' | 'no' | 'unknown';
  tenureMonths: number;
  category: string | null;
  industry: string | null;
}

export function archiveFeatures(archive: ArchiveColumns, c: number, asOf: Day): ArchiveFeatures {
  const open = openDayOf(archive, c);
  const prepaid = archive.prepaid[c]!;
  return {
    prepaid: prepaid === 1 ? 'yes' : prepaid === 0 ? 'no' : 'unknown',
    tenureMonths: open === null ? NaN : Math.max(0, monthsBetween(monthOf(open), monthOf(asOf))),
    category: archive.category[c] ?? null,
    industry: archive.industry[c] ?? null,
  };
}
