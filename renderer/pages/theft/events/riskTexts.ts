// An area's outage and equipment-fault risk reasons in the user's language, from the engine's
// codes and figures (engine/theft/events/risk.ts).
import type { TFunction } from 'i18next';
import type { AreaRiskReason } from '../../../../engine/api/gridTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatDecimal, formatInteger, formatPercent } from '../../../i18n/format.js';

export function riskReasonText(t: TFunction, reason: AreaRiskReason, language: Language): string {
  switch (reason.code) {
    case 'frequent_outages':
      return t('theft.events.risk.reasons.frequentOutages', { perYear: formatDecimal(reason.perYear, language, 1) });
    case 'voltage_loss':
      return t('theft.events.risk.reasons.voltageLoss', { perYear: formatDecimal(reason.perYear, language, 1) });
    case 'heavy_loading':
      return t('theft.events.risk.reasons.heavyLoading', {
        loading: formatPercent(reason.loading, language, 0),
        peakKw: formatInteger(reason.peakKw, language),
        capacityKva: formatInteger(reason.capacityKva, language),
      });
  }
}

/** A meter event's time, 'YYYY-MM-DDTHH:mm', as the tables show it. */
export function eventTimeText(time: string | null): string {
  return time ? time.replace('T', ' ') : '—';
}
