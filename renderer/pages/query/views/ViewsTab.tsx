import { getCoreRowModel, getFilteredRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewInfo } from '../../../../engine/api/queryTypes.js';
import { ConfirmDeleteDialog } from '../../../components/ConfirmDeleteDialog.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDateTime } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { RenameView } from './RenameView.js';

type Column = 'name' | 'updatedAt' | 'updatedBy';

/**
 * The saved views, the last changed first: sorted by any header, searched by name; each opens in
 * the builder, can be renamed, or deleted after a confirmation naming it.
 */
export function ViewsTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const views = useQuery('views.list', {});
  const [sorting, setSorting] = useState<SortingState>([]);
  const [search, setSearch] = useState('');
  const [renaming, setRenaming] = useState<SavedViewInfo | null>(null);
  const [deleting, setDeleting] = useState<SavedViewInfo | null>(null);
  const columns = useMemo<ColumnDef<SavedViewInfo>[]>(() => (['name', 'updatedAt', 'updatedBy'] as Column[]).map((id) => ({ id, accessorKey: id })), []);
  const table = useReactTable({
    data: views.data ?? [],
    columns,
    state: { sorting, globalFilter: search },
    onSortingChange: setSorting,
    onGlobalFilterChange: setSearch,
    globalFilterFn: (row, _id, value: string) => row.original.name.toLowerCase().includes(value.toLowerCase()),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  if (!views.data) return <QueryFallback query={views} />;
  if (views.data.length === 0) {
    return (
      <EmptyState
        title={t('queryBuilder.views.noneTitle')}
        actions={
          <button type="button" className="btn primary" onClick={() => navigate('query', 'builder')}>
            {t('queryBuilder.tabs.builder')}
          </button>
        }
      >
        {t('queryBuilder.views.noneText')}
      </EmptyState>
    );
  }
  const headers = table.getHeaderGroups()[0]!.headers;
  return (
    <section className="card stack" aria-labelledby="views-title">
      <div className="row wrap">
        <h2 id="views-title">{t('queryBuilder.views.title')}</h2>
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('queryBuilder.views.search')} aria-label={t('queryBuilder.views.search')} data-testid="views-search" />
      </div>
      <div className="table-scroll">
        <table className="table" data-testid="views-table">
          <thead>
            <tr>
              {headers.map((h) => {
                const sorted = h.column.getIsSorted();
                return (
                  <th key={h.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                      <span className="sort-label">{t(`queryBuilder.views.${h.id as Column}`)}</span>
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {table.getRowModel().rows.map(({ original: v }) => (
              <tr key={v.viewId} data-view={v.viewId}>
                <td>
                  <button type="button" className="btn ghost small link" onClick={() => navigate('query', 'builder', String(v.viewId))} aria-label={t('queryBuilder.views.openNamed', { name: v.name })} data-testid="view-open">
                    {v.name}
                  </button>
                </td>
                <td>{formatDateTime(v.updatedAt, language)}</td>
                <td>{v.updatedBy}</td>
                <td>
                  <div className="row">
                    <button type="button" className="btn ghost small" onClick={() => setRenaming(v)} aria-label={t('queryBuilder.views.renameNamed', { name: v.name })} data-testid="view-rename">
                      {t('queryBuilder.views.rename')}
                    </button>
                    <button type="button" className="btn ghost small" onClick={() => setDeleting(v)} aria-label={t('queryBuilder.views.deleteNamed', { name: v.name })} data-testid="view-delete">
                      {t('common.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RenameView view={renaming} onClose={() => setRenaming(null)} onRenamed={views.reload} />
      <ConfirmDeleteDialog
        method="views.delete"
        args={deleting ? { viewId: deleting.viewId } : null}
        title={t('queryBuilder.views.deleteTitle')}
        text={t('queryBuilder.views.deleteText', { name: deleting?.name ?? '' })}
        onClose={() => setDeleting(null)}
        onDeleted={views.reload}
      />
    </section>
  );
}
