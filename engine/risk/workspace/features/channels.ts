// How the customer pays: the channel of most of the year's payments made by the as-of day (the
// latest one on a tie) and how often it changed from one payment to the next.
import type { Day } from '../../../core/calendar.js';
import type { BillColumns } from '../bills.js';
import { paidBy } from '../billState.js';
import { inWindow } from './window.js';

export interface PaymentChannels {
  channelMain: string | null;
  /** NaN without a payment in the year. */
  channelChanges12m: number;
}

export function paymentChannels(bills: BillColumns, issued: number[], asOf: Day): PaymentChannels {
  const used = inWindow(bills, issued, asOf, 12)
    .filter((r) => bills.channel[r]! >= 0 && paidBy(bills, r, asOf) > 0)
    .map((r) => bills.channel[r]!);
  if (used.length === 0) return { channelMain: null, channelChanges12m: NaN };
  const counts = new Map<number, number>();
  let main = used[0]!;
  for (const channel of used) {
    const count = (counts.get(channel) ?? 0) + 1;
    counts.set(channel, count);
    if (count >= counts.get(main)!) main = channel;
  }
  let changes = 0;
  for (let i = 1; i < used.length; i++) if (used[i] !== used[i - 1]) changes++;
  return { channelMain: bills.channels[main]!, channelChanges12m: changes };
}
