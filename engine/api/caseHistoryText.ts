// What a case history entry records, in words: the engine's detail per action
// (engine/theft/cases/open.ts, update.ts, notes.ts, files.ts). One wording for the case page's
// history list (renderer/pages/theft/texts.ts binds its i18next and formats) and the evidence
// pack (engine/theft/pack), so the screen and the paper say the same. Pure: words and number
// formats come as arguments.
import type { CaseHistoryEntry, CaseStatus } from './casesTypes.js';
import type { FigureFormats, Translate } from './theftReasonText.js';
import type { Language } from './types.js';

type Change<T> = { from: T; to: T } | undefined;
type Amount = { kwh: number | null; yuan: number | null };

export function historyText(t: Translate, entry: Pick<CaseHistoryEntry, 'action' | 'detail'>, language: Language, f: FigureFormats): string {
  const d = entry.detail;
  const text = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));
  const day = (value: unknown) => (typeof value === 'string' ? f.day(value, language) : '—');
  const figure = (value: number | null | undefined, digits: number | null) =>
    typeof value !== 'number' || !Number.isFinite(value) ? '—' : digits === null ? f.integer(value, language) : f.decimal(value, language, digits);
  const amount = (a: Amount | undefined) => t('theft.history.amount', { kwh: figure(a?.kwh, null), yuan: figure(a?.yuan, 2) });
  const status = (value: unknown) => t(`theft.statuses.${value as CaseStatus}`);
  switch (entry.action) {
    case 'opened':
      return t('theft.history.opened', { score: figure(typeof d.score === 'number' ? d.score : null, 2), change: day(d.changeDay) });
    case 'status': {
      const change = { from: status(d.from), to: status(d.to) };
      return typeof d.reason === 'string' ? t('theft.history.statusWithReason', { ...change, reason: d.reason }) : t('theft.history.status', change);
    }
    case 'assigned':
      return t('theft.history.assigned', { from: text(d.from), to: text(d.to) });
    case 'dates':
      return (['dueDay', 'inspectionDay'] as const)
        .filter((key) => d[key] !== undefined)
        .map((key) => {
          const change = d[key] as Change<string | null>;
          return t(`theft.history.${key}`, { from: day(change?.from), to: day(change?.to) });
        })
        .join('; ');
    case 'findings':
      return t('theft.history.findings', { to: text(d.to) });
    case 'estimate': {
      const change = { from: amount(d.from as Amount), to: amount(d.to as Amount) };
      return d.adjusted === true ? t('theft.history.adjusted', { ...change, reason: text(d.reason) }) : t('theft.history.estimate', change);
    }
    case 'note':
      return t('theft.history.note', { text: text(d.text) });
    case 'file':
      return t('theft.history.file', { name: text(d.name) });
  }
}
