// The tag job's reading and storing on a tiny workspace: each customer's tickets, bills and
// outages (own meter and area-wide) reach the rules, and the stored tags read back as pages,
// a customer's evidence and the complaint links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../engine/store/database.js';
import { customerTags, serviceLinks, tagsPage } from '../../../engine/service/queries/tags.js';
import { escalationWords, saveEscalationWords } from '../../../engine/service/escalationWords.js';
import { customerFacts } from '../../../engine/service/tags/loadFacts.js';
import { findTags, storeTags } from '../../../engine/service/tags/runTags.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { addBill, addEvent, serviceWorkspace } from './serviceWorkspace.js';

const params = { repeatCount: 3, repeatDays: 30, outageDays: 7, highBillFactor: 1.5, highBillDays: 45 };
let db: Db;

beforeAll(() => {
  db = serviceWorkspace([
    // C1: three contacts in ten days, one threatening 12398, a complaint two days after an area outage.
    { id: 'T1', customer: 'C1', ts: 202503010900, type: 'inquiry', channel: 'app' },
    { id: 'T2', customer: 'C1', ts: 202503050900, type: 'complaint', channel: 'phone_95598', text: '再停电就打12398' },
    { id: 'T3', customer: 'C1', ts: 202503100900, type: 'repair', channel: 'phone_95598' },
    // C2: a complaint the day after the outage, while a January bill is unpaid past due.
    { id: 'T4', customer: 'C2', ts: 202503040900, type: 'complaint', channel: 'counter' },
    // C3: a complaint after a high bill (and no outage: its area had none).
    { id: 'T5', customer: 'C3', ts: 202502100900, type: 'complaint', channel: 'wechat' },
  ]);
  // Area A1's outage seen on three meters at once; C1's own meter did not log it.
  for (const meter of ['MC2', 'MC4', 'MX']) addEvent(db, meter, 'power_off', 202503031000);
  db.prepare("INSERT INTO meters (meter_id, customer_id) VALUES ('MX', 'C4')").run();
  addBill(db, 'C2', 202501, 120, 20250220, 0, null);
  for (let m = 1; m <= 12; m++) addBill(db, 'C3', 202400 + m, 100, null, 100, null);
  addBill(db, 'C3', 202501, 180, null, 180, null);
});

afterAll(() => {
  db.close();
  removeTempDirs();
});

describe('the facts the rules read', () => {
  it('gives each customer with tickets its own tickets, and bills and outages when it complained', () => {
    const facts = [...customerFacts(db)];
    expect(facts.map((f) => [f.customerId, f.tickets.length, f.bills.length, f.outages.length])).toEqual([
      ['C1', 3, 0, 1],
      ['C2', 1, 1, 2],
      ['C3', 1, 13, 0],
    ]);
    expect(facts[0]!.outages[0]).toMatchObject({ scope: 'area', type: 'power_off' });
    // C2's own meter logged the outage too.
    expect(facts[1]!.outages.map((o) => o.scope).sort()).toEqual(['area', 'meter']);
  });

  it('leaves the connection free to write when the scan stops early (a cancelled job)', () => {
    for (const facts of customerFacts(db)) if (facts.customerId === 'C1') break;
    expect(() => db.prepare("INSERT INTO meta (key, value) VALUES ('scan_test', '1')").run()).not.toThrow();
    db.prepare("DELETE FROM meta WHERE key = 'scan_test'").run();
  });
});

describe('stored tags', () => {
  beforeAll(() => {
    storeTags(db, findTags(db, params), params);
  });

  it('tags each customer as its facts say and counts customers per tag', () => {
    const page = tagsPage(db, { offset: 0, limit: 10 });
    expect(page.run?.params).toEqual(params);
    expect(page.rows.map((r) => [r.customerId, r.tags.map((t) => t.tag)])).toEqual([
      ['C1', ['complaint_after_outage', 'escalation', 'repeat_contact']],
      ['C2', ['complaint_after_outage', 'complaint_in_arrears']],
      ['C3', ['complaint_after_high_bill']],
    ]);
    expect(page.counts.find((c) => c.tag === 'escalation')).toEqual({ tag: 'escalation', customers: 1 });
    expect(tagsPage(db, { tag: 'complaint_in_arrears', offset: 0, limit: 10 }).rows.map((r) => r.customerId)).toEqual(['C2']);
    expect(tagsPage(db, { areaId: 'A2', offset: 0, limit: 10 })).toMatchObject({ total: 1, counts: [{ tag: 'complaint_after_high_bill', customers: 1 }] });
  });

  it('explains a customer’s tags with their evidence and gives its channels', () => {
    const c1 = customerTags(db, 'C1');
    expect(c1).toMatchObject({ tickets: 3, preferredChannel: 'phone_95598', channelCounts: { phone_95598: 2, app: 1 } });
    expect(c1.tags.find((t) => t.tag === 'escalation')!.evidence).toEqual({ tag: 'escalation', words: ['12398'], tickets: [{ ticketId: 'T2', day: '2025-03-05', words: ['12398'] }] });
    expect(customerTags(db, 'C9')).toEqual({ customerId: 'C9', tags: [], tickets: 0, channelCounts: {}, preferredChannel: null });
  });

  it('lists the complaints after outages and after high bills', () => {
    const links = serviceLinks(db, { offset: 0, limit: 10 });
    expect(links.outages.rows.map((l) => [l.ticketId, l.scope, l.daysAfter])).toEqual([
      ['T2', 'area', 2],
      ['T4', 'meter', 1],
    ]);
    expect(links.highBills.rows).toEqual([
      { ticketId: 'T5', customerId: 'C3', day: '2025-02-10', month: '2025-01', billedYuan: 180, medianYuan: 100, ratio: 1.8, daysAfter: 9 },
    ]);
    expect(serviceLinks(db, { areaId: 'A2', offset: 0, limit: 10 }).outages.total).toBe(0);
  });
});

describe('escalation words', () => {
  it('are the built-in list until the workspace saves its own, and again after a reset', () => {
    expect(escalationWords(db)).toMatchObject({ source: 'builtin' });
    expect(escalationWords(db).words).toContain('12398');
    expect(saveEscalationWords(db, ['停电赔偿', ' 停电赔偿 '])).toEqual({ words: ['停电赔偿'], source: 'workspace' });
    expect(findTags(db, params).some((f) => f.finding.tag === 'escalation')).toBe(false);
    expect(saveEscalationWords(db, 'reset').source).toBe('builtin');
  });
});
