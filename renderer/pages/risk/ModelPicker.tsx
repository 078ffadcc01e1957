import { useTranslation } from 'react-i18next';
import type { RiskModelInfo } from '../../../engine/api/riskTypes.js';
import { formatDateTime, formatDecimal } from '../../i18n/format.js';
import { useSession } from '../../state/session.js';

/** The saved models of one source, newest first: name, when, and the two AUCs. */
export function ModelPicker({ models, modelId, onChange }: { models: RiskModelInfo[]; modelId: number; onChange(modelId: number): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  return (
    <label className="field inline">
      <span>{t('risk.models.label')}</span>
      <select value={modelId} onChange={(e) => onChange(Number(e.target.value))} data-testid="risk-model">
        {models.map((m) => (
          <option key={m.modelId} value={m.modelId}>
            {t('risk.models.option', { name: m.name, created: formatDateTime(m.createdAt, language), auc: formatDecimal(m.scorecardAuc, language, 3) })}
          </option>
        ))}
      </select>
    </label>
  );
}
