import type { TFunction } from 'i18next';
import type { Language } from '../../../../engine/api/types.js';
import { formatYuan } from '../../../i18n/format.js';
import { categoryLabel, tagName } from '../../service/texts.js';
import { segmentName } from '../segments/segmentName.js';

type Plain = (key: string, options?: Record<string, unknown>) => string;

/** Why a customer is on a target list, in words: "Tag: Repeat contacts", "Time-of-use saving: ¥320". */
export function reasonText(t: TFunction, language: Language, reason: { code: string; value: string | number }): string {
  const what = (t as unknown as Plain)(`targetLists.reasons.${reason.code}`, { defaultValue: reason.code });
  const v = reason.value;
  const value =
    reason.code === 'tag' ? tagName(t, String(v))
    : reason.code === 'segment' ? segmentName(t, String(v))
    : reason.code === 'saving' && typeof v === 'number' ? formatYuan(v, language)
    : reason.code === 'category' ? categoryLabel(t, String(v))
    : reason.code === 'risk_grade' ? /^[A-E]$/.test(String(v)) ? t('risk.grade', { grade: String(v) }) : String(v)
    : String(v);
  return `${what}${t('customers.lists.reasonColon')}${value}`;
}
