import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SqlCell } from '../../../../engine/api/sqlTypes.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

const ROW_HEIGHT = 28;

export interface ResultColumn {
  name: string;
  /** A storage class or declared type (INTEGER, REAL, TEXT, ...): numbers align right. */
  type: string;
  /** Shown masked (personal data). */
  masked?: boolean;
  /** Words for the header's tooltip (where the column comes from). */
  title?: string;
}

const numeric = (type: string) => /INT|REAL|FLOA|DOUB|NUM|DEC/i.test(type);

/**
 * Rows held in the page, virtualised (the DOM holds those in view), sorted by any column
 * (click a header: ascending, descending, unsorted) and filtered by a text found in any cell.
 */
export function ResultTable({ columns, rows, label, testId }: { columns: ResultColumn[]; rows: SqlCell[][]; label: string; testId?: string }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filter, setFilter] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);

  const defs = useMemo<ColumnDef<SqlCell[]>[]>(
    () =>
      columns.map((column, index) => ({
        id: `${index}`,
        header: column.name,
        accessorFn: (row) => row[index],
        sortUndefined: 'last',
        // Nulls last whatever the direction; numbers as numbers, text in the language's order.
        sortingFn: (a, b, id) => {
          const x = a.getValue<SqlCell>(id);
          const y = b.getValue<SqlCell>(id);
          if (x === y) return 0;
          if (x === null) return 1;
          if (y === null) return -1;
          if (typeof x === 'number' && typeof y === 'number') return x - y;
          return String(x).localeCompare(String(y), language);
        },
        meta: column,
      })),
    [columns, language],
  );
  const table = useReactTable<SqlCell[]>({
    data: rows,
    columns: defs,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    globalFilterFn: (row, _id, value: string) => row.original.some((cell) => cell !== null && String(cell).toLowerCase().includes(value.toLowerCase())),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const shown = table.getRowModel().rows;
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  const widths = columns.map((c) => (numeric(c.type) ? 'minmax(90px, max-content)' : 'minmax(120px, 1fr)'));
  const template = widths.join(' ');
  const minWidth = columns.reduce((sum, c) => sum + (numeric(c.type) ? 110 : 140), 0);

  return (
    <div className="stack compact result-table" data-testid={testId}>
      <div className="row wrap">
        <label className="field inline">
          <span>{t('sql.result.filter')}</span>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('sql.result.filterHint')} data-testid={testId ? `${testId}-filter` : undefined} />
        </label>
        {filter && (
          <span className="muted small" role="status">
            {t('sql.result.filtered', { shown: formatInteger(shown.length, language), total: formatInteger(rows.length, language) })}
          </span>
        )}
      </div>
      <div className="vtable" role="table" aria-label={label} aria-rowcount={shown.length + 1}>
        <div className="vtable-scroll" ref={scrollRef} tabIndex={0}>
          <div className="vtable-head" role="rowgroup" style={{ minWidth }}>
            {table.getHeaderGroups().map((group) => (
              <div className="vtable-row" role="row" aria-rowindex={1} key={group.id} style={{ gridTemplateColumns: template }}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta as ResultColumn;
                  const sorted = header.column.getIsSorted();
                  return (
                    <div
                      key={header.id}
                      role="columnheader"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                      className={numeric(meta.type) ? 'vtable-th num' : 'vtable-th'}
                      title={[meta.name, meta.type, meta.title, meta.masked ? t('sql.result.maskedColumn') : null, t('sql.result.sortHint')].filter(Boolean).join('\n')}
                    >
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        <span className="sort-label">{flexRender(header.column.columnDef.header, header.getContext())}</span>
                        {meta.masked && (
                          <span className="personal-mark" aria-label={t('sql.result.maskedColumn')}>
                            ●
                          </span>
                        )}
                        <span className="column-type">{meta.type}</span>
                        <span className="sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <div className="vtable-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index]!;
              return (
                <div
                  key={item.key}
                  className={item.index % 2 ? 'vtable-row odd' : 'vtable-row'}
                  role="row"
                  aria-rowindex={item.index + 2}
                  style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                >
                  {columns.map((column, c) => {
                    const value = row.original[c] ?? null;
                    // As SQLite gave them: days (20250301) and numbers of ids read as stored.
                    const text = value === null ? '' : String(value);
                    return (
                      <div key={c} role="cell" className={numeric(column.type) ? 'vtable-td num' : 'vtable-td'} title={text.length > 20 ? text : undefined}>
                        {value === null ? <span className="null-cell">NULL</span> : text}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
