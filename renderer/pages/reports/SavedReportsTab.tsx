import { getCoreRowModel, getFilteredRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportInfo } from '../../../engine/api/reportsTypes.js';
import { ConfirmDeleteDialog } from '../../components/ConfirmDeleteDialog.js';
import { QueryFallback } from '../../components/QueryFallback.js';
import { formatDateTime } from '../../i18n/format.js';
import { navigate } from '../../shell/route.js';
import { useSession } from '../../state/session.js';
import { useQuery } from '../../state/useQuery.js';
import { NewMonthlyForm } from './NewMonthlyForm.js';

type Column = 'name' | 'title' | 'period' | 'language' | 'updatedAt' | 'updatedBy';
const columnIds: Column[] = ['name', 'title', 'period', 'language', 'updatedAt', 'updatedBy'];

const periodText = (r: ReportInfo) => (r.period.from === r.period.to ? r.period.from : `${r.period.from} – ${r.period.to}`);

/**
 * The saved reports, the last changed first: sorted by any header, searched by name or title;
 * each opens in the builder or is deleted after a confirmation naming it. Above them, a new
 * monthly report for a month and language.
 */
export function SavedReportsTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const reports = useQuery('reports.list', {});
  const [sorting, setSorting] = useState<SortingState>([]);
  const [search, setSearch] = useState('');
  const [deleting, setDeleting] = useState<ReportInfo | null>(null);
  const columns = useMemo<ColumnDef<ReportInfo>[]>(
    () => columnIds.map((id) => ({ id, accessorFn: (r: ReportInfo) => (id === 'period' ? periodText(r) : r[id]) })),
    [],
  );
  const table = useReactTable({
    data: reports.data ?? [],
    columns,
    state: { sorting, globalFilter: search },
    onSortingChange: setSorting,
    onGlobalFilterChange: setSearch,
    globalFilterFn: (row, _id, value: string) => `${row.original.name} ${row.original.title}`.toLowerCase().includes(value.toLowerCase()),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const headers = table.getHeaderGroups()[0]!.headers;
  return (
    <div className="stack">
      <NewMonthlyForm />
      <section className="card stack" aria-labelledby="saved-reports-title">
        <div className="row wrap">
          <h2 id="saved-reports-title">{t('reports.ui.saved.title')}</h2>
          {reports.data && reports.data.length > 0 && (
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('reports.ui.saved.search')} aria-label={t('reports.ui.saved.search')} data-testid="reports-search" />
          )}
        </div>
        {!reports.data ? (
          <QueryFallback query={reports} />
        ) : reports.data.length === 0 ? (
          <p className="muted" data-testid="reports-none">
            {t('reports.ui.saved.none')}
          </p>
        ) : (
          <div className="table-scroll">
            <table className="table" data-testid="reports-table">
              <thead>
                <tr>
                  {headers.map((h) => {
                    const sorted = h.column.getIsSorted();
                    return (
                      <th key={h.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                        <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                          <span className="sort-label">{t(`reports.ui.saved.columns.${h.id as Column}`)}</span>
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
                {table.getRowModel().rows.map(({ original: r }) => (
                  <tr key={r.reportId} data-report={r.reportId}>
                    <td>
                      <button type="button" className="btn ghost small link" onClick={() => navigate('reports', 'builder', String(r.reportId))} aria-label={t('reports.ui.saved.openNamed', { name: r.name })} data-testid="report-open">
                        {r.name}
                      </button>
                    </td>
                    <td>{r.title}</td>
                    <td>{periodText(r)}</td>
                    <td>{t(`reports.ui.languages.${r.language}`)}</td>
                    <td>{formatDateTime(r.updatedAt, language)}</td>
                    <td>{r.updatedBy}</td>
                    <td>
                      <button type="button" className="btn ghost small" onClick={() => setDeleting(r)} aria-label={t('reports.ui.saved.deleteNamed', { name: r.name })} data-testid="report-delete">
                        {t('common.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ConfirmDeleteDialog
        method="reports.delete"
        args={deleting ? { reportId: deleting.reportId } : null}
        title={t('reports.ui.saved.deleteTitle')}
        text={t('reports.ui.saved.deleteText', { name: deleting?.name ?? '' })}
        onClose={() => setDeleting(null)}
        onDeleted={reports.reload}
      />
    </div>
  );
}
