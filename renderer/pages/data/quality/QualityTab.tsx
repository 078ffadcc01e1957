import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qualityChecks, type QualityCode, type QualitySummaryItem } from '../../../../engine/api/qualityTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';
import { on } from '../../../api/client.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatDateTime, formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { FindingsTable } from './FindingsTable.js';
import { QualityExport } from './QualityExport.js';

/**
 * The Data page's quality tab: the latest check's findings per check, kind and finding, each
 * figure opening the rows behind it; the check run again as a job with progress and Cancel.
 */
export function QualityTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const summary = useQuery('quality.summary', {});
  const job = useForecastJob('quality.check');
  const [selected, setSelected] = useState<{ kind: DataKind; code: QualityCode } | null>(null);
  const [imported, setImported] = useState(false);
  // Data imported after the check is not in its findings: say so.
  useEffect(() => on('data.changed', () => setImported(true)), []);
  const run = summary.data?.run ?? null;

  const check = () =>
    void job.start({}).then((info) => {
      if (!info) return;
      setSelected(null);
      setImported(false);
      summary.reload();
    });

  const runButton = job.running ? (
    <JobProgress job={job} label={t('quality.running')} />
  ) : (
    <button type="button" className="btn primary" onClick={check} data-testid="quality-run">
      {run ? t('quality.runAgain') : t('quality.run')}
    </button>
  );

  if (summary.error) return <ErrorNote error={summary.error} onRetry={summary.reload} />;
  if (!summary.data) return <p className="muted">{t('common.loading')}</p>;
  const items = summary.data.items;
  const item = selected ? items.find((i) => i.kind === selected.kind && i.code === selected.code) : undefined;

  return (
    <div className="stack quality" data-testid="quality-tab">
      <p className="muted small">{t('quality.intro')}</p>
      {!run ? (
        <EmptyState title={t('quality.notChecked')} actions={runButton}>
          {t('quality.notCheckedText')}
        </EmptyState>
      ) : (
        <>
          <div className="row wrap quality-head">
            <span role="status" data-testid="quality-checked">
              {t('quality.checkedAt', { when: formatDateTime(run.finishedAt, language), seconds: formatDecimal(run.seconds, language, 1), findings: formatInteger(run.findings, language) })}
            </span>
            {imported && <span className="note warn small">{t('quality.stale')}</span>}
            {runButton}
            <QualityExport testId="quality-export-all" />
          </div>
          {job.error && <ErrorNote error={job.error} />}
          {items.length === 0 ? (
            <p className="note ok">{t('quality.clean')}</p>
          ) : (
            <FiguresTable items={items} selected={item ?? null} onSelect={(i) => setSelected({ kind: i.kind, code: i.code })} />
          )}
          {item && <FindingsTable key={`${run.checkId}-${item.kind}-${item.code}`} item={item} onClose={() => setSelected(null)} />}
        </>
      )}
    </div>
  );
}

function FiguresTable({ items, selected, onSelect }: { items: QualitySummaryItem[]; selected: QualitySummaryItem | null; onSelect(item: QualitySummaryItem): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const ordered = qualityChecks.flatMap((check) => items.filter((i) => i.check === check));
  return (
    <div className="table-scroll">
      <table className="table compact" data-testid="quality-figures" aria-label={t('quality.figures')}>
        <thead>
          <tr>
            <th scope="col">{t('quality.columns.check')}</th>
            <th scope="col">{t('quality.columns.kind')}</th>
            <th scope="col">{t('quality.columns.finding')}</th>
            <th scope="col" className="num">
              {t('quality.columns.findings')}
            </th>
            <th scope="col" className="num">
              {t('quality.columns.entities')}
            </th>
            <th scope="col">{t('quality.columns.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((i, n) => (
            <tr key={`${i.kind}-${i.code}`} className={selected === i ? 'selected' : undefined} data-code={i.code} data-kind={i.kind}>
              <th scope="row">{n === 0 || ordered[n - 1]!.check !== i.check ? t(`quality.checks.${i.check}`) : ''}</th>
              <td>{t(`kinds.${i.kind}`)}</td>
              <td>{t(`quality.codes.${i.code}`)}</td>
              <td className="num">
                <button type="button" className="btn ghost small link" onClick={() => onSelect(i)} aria-label={t('quality.showRows', { count: i.findings })} data-testid="quality-figure">
                  {formatInteger(i.findings, language)}
                </button>
              </td>
              <td className="num">{formatInteger(i.entities, language)}</td>
              <td className="muted">{t(`quality.amounts.${i.code}`, { amount: formatInteger(i.amount, language), defaultValue: '' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
