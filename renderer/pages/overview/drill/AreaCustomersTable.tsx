import { getCoreRowModel, getFilteredRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaCustomer } from '../../../../engine/api/overviewTypes.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { categoryLabel } from '../../../i18n/labels.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';

type Row = AreaCustomer & { rank: number };
type ColumnId = 'rank' | 'customerId' | 'category' | 'kwh' | 'billedYuan' | 'arrearsYuan';
const numeric: ColumnId[] = ['rank', 'kwh', 'billedYuan', 'arrearsYuan'];

/** An area's customers: every column sorts (its header a button), a text filters by number or category, a number opens the 360. */
export function AreaCustomersTable({ customers }: { customers: AreaCustomer[] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [text, setText] = useState('');
  const rows = useMemo<Row[]>(() => customers.map((c, i) => ({ ...c, rank: i + 1 })), [customers]);
  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      { id: 'rank', accessorKey: 'rank', header: t('overview.drill.rank') },
      { id: 'customerId', accessorKey: 'customerId', header: t('overview.drill.customer') },
      { id: 'category', accessorFn: (r) => categoryLabel(t, r.category), header: t('overview.drill.category') },
      { id: 'kwh', accessorKey: 'kwh', header: t('overview.drill.kwh'), sortDescFirst: true },
      { id: 'billedYuan', accessorKey: 'billedYuan', header: t('overview.drill.billed'), sortDescFirst: true },
      { id: 'arrearsYuan', accessorKey: 'arrearsYuan', header: t('overview.drill.arrears'), sortDescFirst: true },
    ],
    [t],
  );
  const table = useReactTable<Row>({
    data: rows,
    columns,
    state: { sorting, globalFilter: text },
    onSortingChange: setSorting,
    onGlobalFilterChange: setText,
    globalFilterFn: (row, _id, value: string) => {
      const needle = value.trim().toLowerCase();
      return row.original.customerId.toLowerCase().includes(needle) || categoryLabel(t, row.original.category).toLowerCase().includes(needle);
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const shown = table.getRowModel().rows;
  const cell = (row: Row, id: ColumnId) => {
    switch (id) {
      case 'rank':
        return formatInteger(row.rank, language);
      case 'customerId':
        return (
          <button type="button" className="btn ghost small link mono" onClick={() => navigate('customers', 'search', row.customerId)} aria-label={t('overview.drill.open360', { customer: row.customerId })}>
            {row.customerId}
          </button>
        );
      case 'category':
        return categoryLabel(t, row.category);
      case 'kwh':
        return formatInteger(row.kwh, language);
      case 'billedYuan':
        return formatDecimal(row.billedYuan, language, 2);
      case 'arrearsYuan':
        return formatDecimal(row.arrearsYuan, language, 2);
    }
  };
  return (
    <div className="stack compact">
      <label className="field inline">
        <span>{t('overview.drill.filterRows')}</span>
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} data-testid="area-customers-filter" />
      </label>
      <div className="table-scroll area-customers-scroll">
        <table className="table" data-testid="area-customers">
          <thead>
            <tr>
              {table.getHeaderGroups()[0]!.headers.map((h) => {
                const sorted = h.column.getIsSorted();
                return (
                  <th key={h.id} scope="col" className={numeric.includes(h.id as ColumnId) ? 'num' : undefined} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                      <span className="sort-label">{String(h.column.columnDef.header)}</span>
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.original.customerId} data-customer={r.original.customerId}>
                {(columns.map((c) => c.id) as ColumnId[]).map((id) => (
                  <td key={id} className={numeric.includes(id) ? 'num' : undefined}>
                    {cell(r.original, id)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {text && (
        <span className="muted small" role="status">
          {t('overview.drill.rowsShown', { shown: formatInteger(shown.length, language), total: formatInteger(rows.length, language) })}
        </span>
      )}
    </div>
  );
}
