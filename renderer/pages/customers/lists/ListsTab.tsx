import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetListFilters, TargetListInfo } from '../../../../engine/api/customersTypes.js';
import { ConfirmDeleteDialog } from '../../../components/ConfirmDeleteDialog.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDateTime, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { ListFilters } from './ListFilters.js';
import { ListMembers } from './ListMembers.js';

/** Draw a target list with filters and save it; the saved lists; a list's members with export to CSV or Excel. */
export function ListsTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const [filters, setFilters] = useState<TargetListFilters>({});
  const [minSaving, setMinSaving] = useState('');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<TargetListInfo | null>(null);
  const lists = useQuery('customers.lists', {});
  const save = useForecastJob('customers.saveList');
  const saving = minSaving.trim() === '' ? undefined : Number(minSaving);
  const valid = name.trim() !== '' && (saving === undefined || Number.isFinite(saving));
  const submit = () => {
    if (!valid) return;
    void save.start({ name: name.trim(), filters: { ...filters, ...(saving !== undefined ? { minSavingYuan: saving } : {}) }, shiftShare: 0.2 }).then((r) => {
      if (!r) return;
      lists.reload();
      setChosen(r.listId);
    });
  };
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="lists-new">
        <h2 id="lists-new">{t('customers.lists.newTitle')}</h2>
        <ListFilters value={filters} onChange={setFilters} minSaving={minSaving} onMinSaving={setMinSaving} />
        <div className="row wrap">
          <label className="field inline">
            <span>{t('customers.lists.name')}</span>
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} data-testid="list-name" />
          </label>
          {save.running ? (
            <JobProgress job={save} label={t('customers.lists.saving')} />
          ) : (
            <button type="button" className="btn primary" disabled={!valid} onClick={submit} data-testid="list-save">
              {t('customers.lists.save')}
            </button>
          )}
        </div>
        {save.error && <ErrorNote error={save.error} />}
      </section>
      {!lists.data && <QueryFallback query={lists} />}
      {lists.data?.length === 0 && <EmptyState title={t('customers.lists.noneTitle')}>{t('customers.lists.noneText')}</EmptyState>}
      {lists.data && lists.data.length > 0 && (
        <section className="card" aria-labelledby="lists-saved">
          <h2 id="lists-saved">{t('customers.lists.savedTitle')}</h2>
          <div className="table-scroll">
            <table className="table" data-testid="target-lists">
              <thead>
                <tr>
                  <th scope="col">{t('customers.lists.name')}</th>
                  <th scope="col">{t('customers.lists.created')}</th>
                  <th scope="col" className="num">{t('customers.lists.customers')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {lists.data.map((l) => (
                  <tr key={l.listId} className={l.listId === chosen ? 'chosen' : undefined} data-list={l.listId}>
                    <td>
                      <button type="button" className="btn ghost small link" onClick={() => setChosen(l.listId)}>
                        {l.name}
                      </button>
                    </td>
                    <td>{formatDateTime(l.createdAt, language)}</td>
                    <td className="num">{formatInteger(l.customers, language)}</td>
                    <td>
                      <button type="button" className="btn ghost small" onClick={() => setDeleting(l)} aria-label={t('customers.lists.deleteNamed', { name: l.name })} data-testid="list-delete">
                        {t('common.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <ConfirmDeleteDialog
        method="customers.deleteList"
        args={deleting ? { listId: deleting.listId } : null}
        title={t('customers.lists.deleteTitle')}
        text={t('customers.lists.deleteText', { name: deleting?.name ?? '', customers: deleting?.customers ?? 0 })}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          if (deleting?.listId === chosen) setChosen(null);
          lists.reload();
        }}
      />
      {chosen !== null && lists.data?.some((l) => l.listId === chosen) && <ListMembers key={chosen} list={lists.data.find((l) => l.listId === chosen)!} />}
    </div>
  );
}
