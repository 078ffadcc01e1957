import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskModelDetail, RiskModelSource } from '../../../../engine/api/riskTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { navigate } from '../../../shell/route.js';
import { useQuery } from '../../../state/useQuery.js';
import { ModelPicker } from '../ModelPicker.js';

/**
 * The models of a source with a picker, and the picked one's detail handed to the view (default
 * the newest; `chosen` picks one just trained). Without a model: what to do to get one.
 */
export function ModelQuery({ source, chosen = null, children }: { source: RiskModelSource; chosen?: number | null; children(model: RiskModelDetail, reload: () => void): ReactNode }) {
  const { t } = useTranslation();
  const models = useQuery('risk.models', { source });
  const [picked, setPicked] = useState<number | null>(null);
  const wanted = picked ?? chosen;
  const modelId = wanted !== null && models.data?.some((m) => m.modelId === wanted) ? wanted : (models.data?.[0]?.modelId ?? null);
  const detail = useQuery('risk.model', { modelId: modelId ?? 1 }, { enabled: modelId !== null });
  const reload = () => {
    setPicked(null);
    models.reload();
  };
  if (!models.data) return <QueryFallback query={models} />;
  if (modelId === null)
    return source === 'workspace' ? (
      <EmptyState
        title={t('risk.empty.noModelTitle')}
        actions={
          <button type="button" className="btn primary" onClick={() => navigate('risk', 'overview')}>
            {t('risk.empty.goTrain')}
          </button>
        }
      >
        {t('risk.empty.noModelText')}
      </EmptyState>
    ) : (
      <EmptyState title={t('risk.empty.noTableModelTitle')}>{t('risk.empty.noTableModelText')}</EmptyState>
    );
  return (
    <div className="stack">
      <div className="row wrap">
        <ModelPicker models={models.data} modelId={modelId} onChange={setPicked} />
      </div>
      {detail.data && detail.data.modelId === modelId ? children(detail.data, reload) : <QueryFallback query={detail} />}
    </div>
  );
}
