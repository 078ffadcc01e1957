import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { navigate } from '../../../shell/route.js';
import { useQuery } from '../../../state/useQuery.js';
import { EvidencePanel } from '../evidence/EvidencePanel.js';
import { CaseFields } from './CaseFields.js';
import { CaseHeader } from './CaseHeader.js';
import { EstimatePanel } from './EstimatePanel.js';
import { FilesPanel } from './FilesPanel.js';
import { HistoryList } from './HistoryList.js';
import { NotesPanel } from './NotesPanel.js';

/** A case: who and what it is about, its status actions, evidence, findings, estimate, notes, files and history. */
export function CaseView({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const query = useQuery('cases.get', { caseId });
  const c = query.data;
  return (
    <div className="stack case-view" data-testid="case-view">
      <div>
        <button type="button" className="btn ghost small" onClick={() => navigate('theft', 'cases')}>
          ← {t('theft.cases.backToList')}
        </button>
      </div>
      {!c ? (
        <QueryFallback query={query} />
      ) : (
        <>
          <CaseHeader detail={c} onChanged={query.reload} />
          <EvidencePanel customerId={c.customerId} changeDay={c.changeDay} />
          <div className="case-columns">
            <div className="stack">
              <CaseFields key={c.updatedAt} detail={c} onChanged={query.reload} />
              <EstimatePanel detail={c} onChanged={query.reload} />
            </div>
            <div className="stack">
              <NotesPanel detail={c} onChanged={query.reload} />
              <FilesPanel detail={c} onChanged={query.reload} />
              <HistoryList history={c.history} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
