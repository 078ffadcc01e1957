// Each sensitive-customer tag rule on hand-made tickets, bills and events: just inside and just
// outside its window.
import { describe, expect, it } from 'vitest';
import { complaintAfterHighBill, highBills, median } from '../../../engine/service/tags/afterHighBill.js';
import { complaintAfterOutage } from '../../../engine/service/tags/afterOutage.js';
import { escalation } from '../../../engine/service/tags/escalation.js';
import { complaintInArrears } from '../../../engine/service/tags/inArrears.js';
import { repeatContact } from '../../../engine/service/tags/repeatContact.js';
import type { BillFact, OutageFact, TicketFact } from '../../../engine/service/tags/types.js';

let seq = 0;
function ticket(day: number, type = 'complaint', text: string | null = null, hhmm = 1000): TicketFact {
  return { ticketId: `T${++seq}`, ts: day * 10_000 + hhmm, type, channel: 'phone_95598', text };
}
function bill(month: number, billedYuan: number, extra: Partial<BillFact> = {}): BillFact {
  return { month, billedYuan, paidYuan: billedYuan, dueDay: month * 100 + 28, paidDay: month * 100 + 20, ...extra };
}

describe('repeat contacts', () => {
  it('tags 3 contacts whose first and last lie 29 days apart, not 30', () => {
    const inside = repeatContact([ticket(20250101, 'inquiry'), ticket(20250110, 'repair'), ticket(20250130)], 3, 30);
    expect(inside).toMatchObject({ tag: 'repeat_contact', count: 3, firstDay: 20250101, lastDay: 20250130 });
    expect(inside!.evidence).toMatchObject({ count: 3, days: 30 });
    expect(repeatContact([ticket(20250101), ticket(20250110), ticket(20250131)], 3, 30)).toBeNull();
  });

  it('keeps only the tickets of a qualifying run as evidence', () => {
    const tickets = [ticket(20240601), ticket(20250101), ticket(20250102), ticket(20250103), ticket(20250601)];
    const found = repeatContact(tickets, 3, 30)!;
    expect(found.count).toBe(3);
    expect(found.evidence.tag === 'repeat_contact' && found.evidence.tickets.map((t) => t.day)).toEqual(['2025-01-01', '2025-01-02', '2025-01-03']);
  });

  it('needs as many contacts as asked', () => {
    expect(repeatContact([ticket(20250101), ticket(20250102)], 3, 30)).toBeNull();
  });
});

describe('escalation words', () => {
  const words = ['12398', '媒体', '信访', 'CCTV'];
  it('tags a ticket naming a word, with the words found', () => {
    const found = escalation([ticket(20250101, 'complaint', '再不处理就打12398并找媒体曝光'), ticket(20250105, 'inquiry', '咨询电价')], words);
    expect(found).toMatchObject({ tag: 'escalation', count: 1, firstDay: 20250101 });
    expect(found!.evidence).toMatchObject({ words: ['12398', '媒体'] });
  });

  it('ignores case of Latin letters and tickets without the words', () => {
    expect(escalation([ticket(20250101, 'complaint', '要找cctv')], words)).toMatchObject({ count: 1 });
    expect(escalation([ticket(20250101, 'complaint', '1239 号反映电压低'), ticket(20250102, 'complaint', null)], words)).toBeNull();
  });
});

describe('complaints in arrears', () => {
  const unpaid = bill(202501, 300, { dueDay: 20250220, paidDay: 0, paidYuan: 0 });
  it('tags a complaint the day after a due day still unpaid, not on the due day', () => {
    expect(complaintInArrears([ticket(20250221)], [unpaid])).toMatchObject({ count: 1, evidence: { arrearsYuan: 300 } });
    expect(complaintInArrears([ticket(20250220)], [unpaid])).toBeNull();
  });

  it('counts a payment only once made, and only complaints', () => {
    const paidLate = bill(202501, 300, { dueDay: 20250220, paidDay: 20250310 });
    expect(complaintInArrears([ticket(20250309)], [paidLate])).toMatchObject({ count: 1 });
    expect(complaintInArrears([ticket(20250310)], [paidLate])).toBeNull();
    expect(complaintInArrears([ticket(20250301, 'inquiry')], [unpaid])).toBeNull();
  });

  it('sums what is owed past due and names the months', () => {
    const partly = bill(202502, 200, { dueDay: 20250320, paidDay: 20250315, paidYuan: 150 });
    const found = complaintInArrears([ticket(20250401)], [unpaid, partly])!;
    expect(found.evidence).toMatchObject({ arrearsYuan: 350, tickets: [{ months: ['2025-01', '2025-02'], arrearsYuan: 350 }] });
  });
});

describe('complaints after outages', () => {
  const off: OutageFact = { meterId: 'M1', type: 'power_off', startTs: 202503011400, scope: 'meter' };
  it('links a complaint 7 days after the outage, not 8', () => {
    const found = complaintAfterOutage('C1', [ticket(20250308)], [off], 7);
    expect(found!.evidence).toMatchObject({ days: 7, links: [{ customerId: 'C1', eventDay: '2025-03-01', daysAfter: 7, scope: 'meter', eventType: 'power_off' }] });
    expect(complaintAfterOutage('C1', [ticket(20250309)], [off], 7)).toBeNull();
  });

  it('needs the event before the complaint and links the latest, the meter before the area', () => {
    expect(complaintAfterOutage('C1', [ticket(20250301, 'complaint', null, 1300)], [off], 7)).toBeNull();
    const area: OutageFact = { meterId: 'M9', type: 'power_off', startTs: 202503051400, scope: 'area' };
    const own: OutageFact = { ...area, meterId: 'M1', scope: 'meter' };
    const found = complaintAfterOutage('C1', [ticket(20250306)], [off, area, own], 7)!;
    expect(found.evidence).toMatchObject({ links: [{ eventDay: '2025-03-05', meterId: 'M1', scope: 'meter', daysAfter: 1 }] });
  });
});

describe('complaints after high bills', () => {
  // Twelve bills of 100 yuan, then 151 (above 1.5 x 100) for 2025-01, issued 2025-02-01.
  const history = Array.from({ length: 12 }, (_, i) => bill(202401 + i, 100));
  const high = [...history, bill(202501, 151)];
  it('finds a bill above factor x the median of the 12 before, not one at it', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(highBills(high, 1.5).map((h) => h.bill.month)).toEqual([202501]);
    expect(highBills([...history, bill(202501, 150)], 1.5)).toEqual([]);
  });

  it('links a complaint 45 days after the bill is issued, not 46', () => {
    const found = complaintAfterHighBill('C1', [ticket(20250318)], high, 1.5, 45);
    expect(found!.evidence).toMatchObject({ factor: 1.5, days: 45, links: [{ month: '2025-01', billedYuan: 151, medianYuan: 100, ratio: 1.51, daysAfter: 45 }] });
    expect(complaintAfterHighBill('C1', [ticket(20250319)], high, 1.5, 45)).toBeNull();
    expect(complaintAfterHighBill('C1', [ticket(20250131)], high, 1.5, 45)).toBeNull();
  });

  it('needs 3 bills of history', () => {
    expect(highBills([bill(202401, 100), bill(202402, 100), bill(202403, 500)], 1.5)).toEqual([]);
    expect(highBills([bill(202401, 100), bill(202402, 100), bill(202403, 100), bill(202404, 500)], 1.5)).toHaveLength(1);
  });
});
