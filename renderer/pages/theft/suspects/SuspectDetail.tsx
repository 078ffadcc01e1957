import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDay, formatDecimal, formatInteger } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { EvidencePanel } from '../evidence/EvidencePanel.js';
import { formatScore } from '../texts.js';
import { IndicatorsTable } from './IndicatorsTable.js';
import { useSignedIn } from '../../../state/signedIn.js';

/** One suspect of a run: score, loss, indicators with their findings, the evidence, and Open case. */
export function SuspectDetail({ runId, customerId }: { runId: number; customerId: string }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const suspect = useQuery('theft.suspect', { runId, customerId });
  const open = useForecastJob('cases.open');
  // Only roles that edit cases are offered it (the engine refuses the others anyway).
  const mayEdit = useSignedIn().can('edit_cases');
  const s = suspect.data;
  const top = useRef<HTMLElement>(null);
  // The detail opens below the table: brought into view when a row is picked.
  // (A block body: newer browsers' scrollIntoView returns a promise, which React would take for a cleanup.)
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'start' });
  }, []);
  // The customer's case already open: the engine names it, and the auditor continues that one.
  const openCaseId = open.error?.code === 'cases.already_open' ? Number(open.error.details?.caseId) : null;

  const openCase = () => void open.start({ customerId, runId }).then((c) => c && navigate('theft', 'cases', String(c.caseId)));
  return (
    <section ref={top} className="stack suspect-detail" aria-labelledby="suspect-title" data-testid="suspect-detail">
      <div className="card stack">
        <div className="row spread wrap">
          <h2 id="suspect-title">{t('theft.detail.title', { customer: customerId })}</h2>
          {open.running ? (
            <JobProgress job={open} label={t('theft.detail.opening')} />
          ) : (
            mayEdit && (
              <button type="button" className="btn primary" onClick={openCase} disabled={!s} data-testid="open-case">
                {t('theft.detail.openCase')}
              </button>
            )
          )}
        </div>
        {open.error && (
          <div className="row wrap">
            <ErrorNote error={open.error} />
            {openCaseId !== null && Number.isInteger(openCaseId) && (
              <button type="button" className="btn" onClick={() => navigate('theft', 'cases', String(openCaseId))}>
                {t('theft.detail.goToCase', { caseId: openCaseId })}
              </button>
            )}
          </div>
        )}
        {s ? (
          <>
            <dl className="theft-facts" data-testid="suspect-facts">
              <div>
                <dt>{t('theft.suspects.rank')}</dt>
                <dd>{formatInteger(s.rank, language)}</dd>
              </div>
              <div>
                <dt>{t('theft.suspects.score')}</dt>
                <dd>{formatScore(s.score, language)}</dd>
              </div>
              <div>
                <dt>{t('theft.detail.scores')}</dt>
                <dd>
                  {t('theft.detail.scoreParts', {
                    unsupervised: formatScore(s.unsupervised, language),
                    supervised: s.supervised === null ? '—' : formatScore(s.supervised, language),
                  })}
                </dd>
              </div>
              <div>
                <dt>{t('theft.detail.loss')}</dt>
                <dd>
                  {t('theft.detail.lossValue', { kwh: formatInteger(s.lossKwh, language), yuan: formatInteger(s.lossYuan, language) })}
                  {s.timeOfUse && (
                    <div className="muted" data-testid="suspect-tou-shift">
                      {t('theft.detail.timeOfUse', {
                        kwh: formatDecimal(s.timeOfUse.movedKwh, language),
                        yuan: formatDecimal(s.timeOfUse.yuan, language, 2),
                        fromDay: formatDay(s.timeOfUse.fromDay, language),
                      })}
                    </div>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('theft.suspects.changeDay')}</dt>
                <dd>{formatDay(s.changeDay, language)}</dd>
              </div>
              <div>
                <dt>{t('theft.suspects.name')}</dt>
                <dd>{s.customerName ?? '—'}</dd>
              </div>
            </dl>
            <IndicatorsTable suspect={s} />
          </>
        ) : (
          <QueryFallback query={suspect} />
        )}
      </div>
      <EvidencePanel customerId={customerId} />
    </section>
  );
}
