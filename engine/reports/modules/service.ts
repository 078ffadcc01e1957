// Customer service, from the Customer Service page's queries (engine/service/queries): tickets by
// type and channel in the period, the satisfaction trend over the year to its end, and the
// sensitive-customer tags of the last tag run.
import { tagsPage } from '../../service/queries/tags.js';
import { trends } from '../../service/queries/trends.js';
import { volume } from '../../service/queries/volume.js';
import { formatDateTime, formatDecimal, formatInteger, formatMonth, formatPercent } from '../../pdf/format.js';
import { firstDayOf, formatDay, lastDayOf } from '../../core/calendar.js';
import { trailingYear, type ReportPeriod } from '../period.js';
import { changeSentence, relativeChange } from '../sentences.js';
import { channelName, tagName, ticketTypeName } from '../words.js';
import { onlyNote, type ModuleBlock, type ModuleInput } from './module.js';

const days = (from: number, to: number) => ({ from: formatDay(from), to: formatDay(to) });
const ofRange = (range: ReportPeriod['range']) => days(firstDayOf(range.from), lastDayOf(range.to));

export function volumeSection({ db, period, words }: ModuleInput): ModuleBlock {
  const { t, language } = words;
  const now = volume(db, days(period.from, period.to), 'month');
  if (now.total === 0) return onlyNote(t('reports.notes.noTickets'));
  const before = volume(db, ofRange(period.previous), 'month');
  const channels = now.byChannel;
  const topType = now.byType[0];
  const topChannel = channels[0];
  return {
    chart: {
      type: 'bar',
      categories: now.byType.map((k) => ticketTypeName(words, k.key)),
      series: [{ name: t('reports.series.tickets'), values: now.byType.map((k) => k.count) }],
      axes: [t('reports.units.tickets')],
      counts: true,
    },
    table: {
      columns: [
        { label: t('reports.columns.channel'), format: 'text' },
        { label: t('reports.columns.tickets'), format: 'integer' },
        { label: t('reports.columns.share'), format: 'percent' },
      ],
      rows: [...channels.map((c) => [channelName(words, c.key), c.count, c.count / now.total]), [t('reports.total'), now.total, 1]],
    },
    sentences: [
      changeSentence(words, t('reports.subjects.tickets', { count: now.total, tickets: formatInteger(now.total, language) }), relativeChange(now.total, before.total || null), period.against),
      ...(topType && topChannel
        ? [
            t('reports.text.ticketsMost', {
              type: ticketTypeName(words, topType.key),
              typeShare: formatPercent(topType.count / now.total, language),
              channel: channelName(words, topChannel.key),
              channelShare: formatPercent(topChannel.count / now.total, language),
            }),
          ]
        : []),
    ],
    notes: [],
  };
}

export function satisfactionSection({ db, period, words }: ModuleInput): ModuleBlock {
  const { t, language } = words;
  const all = trends(db, ofRange(trailingYear(period)), 'type').rows.filter((r) => r.group === 'all');
  if (all.length === 0) return onlyNote(t('reports.notes.noTickets'));
  const rated = all.filter((r) => r.satisfactionMean !== null);
  if (rated.length === 0) return onlyNote(t('reports.notes.noSatisfaction'));
  const last = rated[rated.length - 1]!;
  const before = rated.length > 1 ? rated[rated.length - 2]! : null;
  return {
    chart: {
      type: 'line',
      categories: all.map((r) => r.month),
      series: [
        { name: t('reports.series.satisfaction'), values: all.map((r) => r.satisfactionMean) },
        { name: t('reports.series.lowShare'), values: all.map((r) => r.lowSatisfactionShare), axis: 1 },
      ],
      axes: [t('reports.units.satisfaction'), t('reports.series.lowShare')],
      percentAxis: 1,
    },
    table: {
      columns: [
        { label: t('reports.columns.month'), format: 'text' },
        { label: t('reports.columns.tickets'), format: 'integer' },
        { label: t('reports.columns.satisfaction'), format: 'decimal' },
        { label: t('reports.columns.lowShare'), format: 'percent' },
        { label: t('reports.columns.handlingHours'), format: 'decimal' },
      ],
      rows: all.slice(-6).map((r) => [r.month, r.tickets, r.satisfactionMean, r.lowSatisfactionShare, r.handlingMean]),
    },
    sentences: [
      before === null
        ? t('reports.text.satisfaction', { month: formatMonth(last.month, language), mean: formatDecimal(last.satisfactionMean, language, 2), low: formatPercent(last.lowSatisfactionShare, language) })
        : t('reports.text.satisfactionCompared', {
            month: formatMonth(last.month, language),
            mean: formatDecimal(last.satisfactionMean, language, 2),
            before: formatDecimal(before.satisfactionMean, language, 2),
            low: formatPercent(last.lowSatisfactionShare, language),
          }),
    ],
    notes: [],
  };
}

export function tagsSection({ db, words }: ModuleInput): ModuleBlock {
  const { t, language } = words;
  const page = tagsPage(db, { offset: 0, limit: 1 });
  if (page.run === null) return onlyNote(t('reports.notes.noTags'));
  const counts = page.counts.filter((c) => c.customers > 0);
  const top = [...counts].sort((a, b) => b.customers - a.customers)[0];
  return {
    chart: {
      type: 'bar',
      categories: page.counts.map((c) => tagName(words, c.tag)),
      series: [{ name: t('reports.series.customers'), values: page.counts.map((c) => c.customers) }],
      axes: [t('reports.units.customers')],
      counts: true,
    },
    table: {
      columns: [
        { label: t('reports.columns.tag'), format: 'text' },
        { label: t('reports.columns.customers'), format: 'integer' },
      ],
      rows: [...page.counts.map((c) => [tagName(words, c.tag), c.customers]), [t('reports.columns.taggedCustomers'), page.total]],
    },
    sentences: [
      t('reports.text.tags', { count: page.total, customers: formatInteger(page.total, language), at: formatDateTime(page.run.taggedAt, language) }),
      ...(top ? [t('reports.text.tagsMost', { tag: tagName(words, top.tag), customers: formatInteger(top.customers, language) })] : []),
    ],
    notes: [],
  };
}
