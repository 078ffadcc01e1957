import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../../engine/api/importTypes.js';
import { Dialog } from '../../../components/Dialog.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { ActionCell, HiddenHeader } from '../../../components/TableCells.js';
import { formatBytes, formatDateTime, formatInteger } from '../../../i18n/format.js';
import { kindLabel } from '../../../i18n/labels.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { QuarantineView } from '../quarantine/QuarantineView.js';

/** Every import into this workspace, newest first; each one's quarantined rows a click away. */
export function HistoryTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const history = useQuery('import.history', { limit: 500 }, { kinds: 'any' });
  const [shown, setShown] = useState<ImportRecord | null>(null);
  if (history.error || !history.data) return <QueryFallback query={history} />;
  if (history.data.length === 0) return <EmptyState title={t('history.empty')} />;
  return (
    <>
      <div className="table-scroll fill">
        <table className="table" aria-label={t('data.tabs.history')}>
          <thead>
            <tr>
              <th scope="col">{t('history.file')}</th>
              <th scope="col">{t('catalog.kind')}</th>
              <th scope="col">{t('history.when')}</th>
              <th scope="col" className="num">{t('result.rowsRead')}</th>
              <th scope="col" className="num">{t('result.imported')}</th>
              <th scope="col" className="num">{t('result.updated')}</th>
              <th scope="col" className="num">{t('result.skipped')}</th>
              <th scope="col" className="num">{t('result.quarantined')}</th>
              <HiddenHeader label={t('common.actions')} />
            </tr>
          </thead>
          <tbody>
            {history.data.map((record) => (
              <tr key={record.id}>
                <td>
                  {/* Rows the demo generator wrote came from no file, so they have no file hash. */}
                  {record.sha256 === '' ? (
                    <span className="file-name">{t('history.generated')}</span>
                  ) : (
                    <>
                      <span className="file-name" title={record.file}>{record.fileName}</span>
                      <span className="muted small"> · {formatBytes(record.sizeBytes, language)}{record.encoding ? ` · ${record.encoding}` : ''}</span>
                    </>
                  )}
                </td>
                <td>{kindLabel(t, record.kind)}</td>
                <td>{formatDateTime(record.finishedAt, language)}</td>
                <td className="num">{formatInteger(record.rowsRead, language)}</td>
                <td className="num">{formatInteger(record.imported, language)}</td>
                <td className="num">{formatInteger(record.updated, language)}</td>
                <td className="num">{formatInteger(record.skipped, language)}</td>
                <td className={record.quarantined > 0 ? 'num warn' : 'num'}>{formatInteger(record.quarantined, language)}</td>
                <ActionCell label={t('history.showQuarantine')} onClick={() => setShown(record)} shown={record.quarantined > 0} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog title={shown ? t('quarantine.titleOf', { file: shown.fileName }) : ''} open={shown !== null} onClose={() => setShown(null)} wide>
        {shown && <QuarantineView importId={shown.id} fileName={shown.fileName} />}
      </Dialog>
    </>
  );
}
