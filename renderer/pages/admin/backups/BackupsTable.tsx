import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../engine/api/backupTypes.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { cancelJob, startJob } from '../../../api/jobs.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { HiddenHeader, SortHeader, type SortOrder } from '../../../components/TableCells.js';
import { formatBytes, formatDateTime } from '../../../i18n/format.js';
import { errorText } from '../../../i18n/labels.js';
import { useSession } from '../../../state/session.js';

type SortKey = 'createdAt' | 'bytes';

/** The file name of a path, whichever separator its system uses. */
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** The backups this workspace made, newest first (or by size), each verifiable and restorable while on disk. */
export function BackupsTable({ backups, onRestore }: { backups: readonly BackupInfo[]; onRestore(path: string): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'createdAt', descending: true });
  const [checks, setChecks] = useState<Record<string, 'ok' | ApiError>>({});
  const [verifying, setVerifying] = useState<{ path: string; jobId: string | null; fraction: number } | null>(null);

  if (backups.length === 0) return <EmptyState title={t('backup.list.empty')}>{t('backup.list.emptyHint')}</EmptyState>;

  const sorted = [...backups].sort((a, b) => {
    const order = sort.key === 'bytes' ? a.bytes - b.bytes : a.createdAt.localeCompare(b.createdAt);
    return sort.descending ? -order : order;
  });
  const orderOf = (key: SortKey): SortOrder => (sort.key !== key ? 'none' : sort.descending ? 'descending' : 'ascending');
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : true }));
  const runVerify = async (path: string) => {
    if (verifying) return;
    setVerifying({ path, jobId: null, fraction: 0 });
    try {
      const job = await startJob('backup.verify', { path }, (p) => setVerifying({ path, jobId: p.id, fraction: p.fraction }));
      setVerifying({ path, jobId: job.jobId, fraction: 0 });
      await job.result;
      setChecks((c) => ({ ...c, [path]: 'ok' }));
    } catch (caught) {
      const error = toApiError(caught);
      if (error.code !== 'cancelled') setChecks((c) => ({ ...c, [path]: error }));
    } finally {
      setVerifying(null);
    }
  };
  const state = (b: BackupInfo): string =>
    b.removedAt ? t('backup.list.removed', { at: formatDateTime(b.removedAt, language) }) : b.present ? t('backup.list.present') : t('backup.list.missing');

  return (
    <div className="table-scroll">
      <table className="table compact" aria-label={t('backup.list.title')} data-testid="backups-table">
        <thead>
          <tr>
            <SortHeader label={t('backup.list.when')} order={orderOf('createdAt')} onSort={() => sortBy('createdAt')} />
            <th scope="col">{t('backup.list.file')}</th>
            <SortHeader label={t('backup.list.size')} order={orderOf('bytes')} onSort={() => sortBy('bytes')} />
            <th scope="col">{t('backup.list.verified')}</th>
            <th scope="col">{t('backup.list.checksum')}</th>
            <th scope="col">{t('backup.list.onDisk')}</th>
            <th scope="col">{t('backup.list.by')}</th>
            <HiddenHeader label={t('common.actions')} />
          </tr>
        </thead>
        <tbody>
          {sorted.map((b) => {
            const check = checks[b.path];
            return (
              <tr key={b.backupId} className={b.present ? undefined : 'dim'} data-testid="backup-row">
                <td className="num">{formatDateTime(b.createdAt, language)}</td>
                <td className="backup-file" title={b.path}>
                  {fileName(b.path)}
                </td>
                <td className="num">{formatBytes(b.bytes, language)}</td>
                <td className={check && check !== 'ok' ? 'warn' : undefined} title={formatDateTime(b.verifiedAt, language)}>
                  {check === undefined && t('backup.list.verifiedWhenMade')}
                  {check === 'ok' && (
                    <span className="success" role="status">
                      {t('backup.list.checkOk')}
                    </span>
                  )}
                  {check && check !== 'ok' && <span role="alert">{errorText(t, check, language)}</span>}
                </td>
                <td>
                  <code title={b.sha256}>{b.sha256.slice(0, 12)}</code>
                </td>
                <td className={b.present ? undefined : 'warn'}>{state(b)}</td>
                <td>{t(`backup.trigger.${b.trigger}`, { actor: b.actor })}</td>
                <td>
                  <div className="row nowrap">
                    {b.present && (
                      <>
                        {verifying?.path === b.path ? (
                          <>
                            <span className="muted small" role="status">
                              {t('backup.list.verifying', { percent: Math.round(verifying.fraction * 100) })}
                            </span>
                            {verifying.jobId && (
                              <button type="button" className="btn small danger" onClick={() => void cancelJob(verifying.jobId!)}>
                                {t('common.cancel')}
                              </button>
                            )}
                          </>
                        ) : (
                          <button type="button" className="btn small ghost" disabled={verifying !== null} onClick={() => void runVerify(b.path)} data-testid="backup-verify">
                            {t('backup.list.verify')}
                          </button>
                        )}
                        <button type="button" className="btn small ghost" onClick={() => onRestore(b.path)} data-testid="backup-restore">
                          {t('backup.list.restore')}
                        </button>
                      </>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
