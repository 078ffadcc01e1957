import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatInteger } from '../../../i18n/format.js';
import { problemText } from '../../../i18n/labels.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { useExportQuarantine } from './useExportQuarantine.js';

const PAGE = 100;

/** The rows an import set aside: where, why, and the row as it was; exportable to Excel to fix. */
export function QuarantineView({ importId, fileName }: { importId: number; fileName: string }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [offset, setOffset] = useState(0);
  const page = useQuery('import.quarantine', { importId, offset, limit: PAGE });
  const exporter = useExportQuarantine(importId, fileName);

  if (page.error || !page.data) return <QueryFallback query={page} />;
  const { total, headers, rows } = page.data;
  if (total === 0) return <p className="muted">{t('quarantine.none')}</p>;
  return (
    <div className="stack quarantine">
      <div className="row spread">
        <span>{t('quarantine.count', { count: total, formatted: formatInteger(total, language) })}</span>
        <button type="button" className="btn" disabled={exporter.busy} onClick={() => void exporter.run()}>
          {t('quarantine.export')}
        </button>
      </div>
      {exporter.busy && <ProgressBar fraction={exporter.progress?.fraction ?? 0} label={t('quarantine.exporting')} />}
      {exporter.savedTo && <p className="note ok">{t('quarantine.savedTo', { path: exporter.savedTo })}</p>}
      {exporter.error && <ErrorNote error={exporter.error} />}
      <div className="table-scroll">
        <table className="table compact" aria-label={t('quarantine.title')}>
          <thead>
            <tr>
              <th scope="col" className="num">{t('quarantine.row')}</th>
              <th scope="col">{t('quarantine.column')}</th>
              <th scope="col">{t('quarantine.reason')}</th>
              {headers.map((header, i) => (
                <th scope="col" key={i} className="raw">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.row}-${row.column}-${row.code}`}>
                <td className="num">{row.row}</td>
                <td>{row.column || t('quarantine.wholeRow')}</td>
                <td className="reason">{problemText(t, row)}</td>
                {headers.map((_, i) => (
                  <td key={i} className={headers[i] === row.column ? 'raw culprit' : 'raw'}>
                    {row.cells[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > PAGE && (
        <div className="row pager">
          <button type="button" className="btn small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('common.previous')}
          </button>
          <span className="muted small">
            {t('common.rangeOf', {
              from: formatInteger(offset + 1, language),
              to: formatInteger(Math.min(offset + PAGE, total), language),
              total: formatInteger(total, language),
            })}
          </span>
          <button type="button" className="btn small" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
            {t('common.next')}
          </button>
        </div>
      )}
    </div>
  );
}
