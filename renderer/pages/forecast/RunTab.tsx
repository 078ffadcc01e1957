import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { navigate } from '../../shell/route.js';
import { RunView } from './result/RunView.js';
import type { RunRoute } from './runRoute.js';
import { SetupPanel } from './setup/SetupPanel.js';

/** The set-up beside the run it made (or the saved run opened). */
export function RunTab({ route }: { route: RunRoute }) {
  const { t } = useTranslation();
  return (
    <div className="forecast-layout">
      <SetupPanel />
      <div className="forecast-result">
        {route.runId === null ? (
          <EmptyState
            title={t('forecast.noRunTitle')}
            actions={
              <button type="button" className="btn" onClick={() => navigate('forecast', 'runs')}>
                {t('forecast.openSaved')}
              </button>
            }
          >
            {t('forecast.noRunText')}
          </EmptyState>
        ) : (
          <RunView key={route.runId} runId={route.runId} compareId={route.compareId} />
        )}
      </div>
    </div>
  );
}
