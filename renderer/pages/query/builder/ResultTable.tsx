import { getCoreRowModel, getFilteredRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionId, DimensionValue, MeasureId, QueryResult } from '../../../../engine/api/queryTypes.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { dimensionText, formatMeasure, measureHeader, translate, valueText } from './texts.js';

type Row = (DimensionValue | number)[];
const ROW_HEIGHT = 28;

/**
 * The long rows: a column per dimension (values in words) and per measure (with its unit),
 * virtualised, sorted by any header (ascending, descending, as answered), filtered by a text in
 * any dimension's words; the totals under them.
 */
export function ResultTable({ result }: { result: QueryResult }) {
  const { t } = useTranslation();
  const words = translate(t);
  const { language } = useSession();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filter, setFilter] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);
  const dims = result.spec.dimensions;
  const text = (row: Row, i: number) => valueText(words, dims[i]!, row[i] as DimensionValue, result.labels);
  const defs = useMemo<ColumnDef<Row>[]>(
    () =>
      result.columns.map((_column, index) => ({
        id: String(index),
        accessorFn: (row) => row[index],
        sortingFn: (a, b, id) => {
          const x = a.getValue<DimensionValue | number>(id);
          const y = b.getValue<DimensionValue | number>(id);
          if (x === y) return 0;
          if (x === null) return 1;
          if (y === null) return -1;
          return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), language);
        },
      })),
    [result, language],
  );
  const table = useReactTable<Row>({
    data: result.rows,
    columns: defs,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    globalFilterFn: (row, _id, value: string) => dims.some((_, i) => text(row.original, i).toLowerCase().includes(value.toLowerCase())),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const shown = table.getRowModel().rows;
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  const template = result.columns.map((c) => (c.kind === 'measure' ? 'minmax(130px, 1fr)' : 'minmax(140px, 1.2fr)')).join(' ');
  const minWidth = result.columns.length * 140;
  const header = (i: number) => {
    const c = result.columns[i]!;
    return c.kind === 'dimension' ? dimensionText(words, c.id as DimensionId) : measureHeader(words, c.id as MeasureId, c.unit!);
  };
  const cell = (row: Row, i: number) => {
    const c = result.columns[i]!;
    return c.kind === 'dimension' ? text(row, i) : formatMeasure(row[i] as number | null, c.unit!, language);
  };
  return (
    <div className="stack compact" data-testid="qb-table">
      {dims.length > 0 && (
        <div className="row wrap">
          <label className="field inline">
            <span>{t('queryBuilder.filterRows')}</span>
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="qb-table-filter" />
          </label>
        </div>
      )}
      <div className="vtable qb-table" role="table" aria-label={t('queryBuilder.layout.table')} aria-rowcount={shown.length + 2}>
        <div className="vtable-scroll" ref={scrollRef} tabIndex={0}>
          <div className="vtable-head" role="rowgroup" style={{ minWidth }}>
            <div className="vtable-row" role="row" style={{ gridTemplateColumns: template }}>
              {table.getHeaderGroups()[0]!.headers.map((h, i) => {
                const sorted = h.column.getIsSorted();
                return (
                  <div key={h.id} role="columnheader" className={result.columns[i]!.kind === 'measure' ? 'vtable-th num' : 'vtable-th'} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                      <span className="sort-label">{header(i)}</span>
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </div>
                );
              })}
            </div>
          </div>
          <div className="vtable-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index]!.original;
              return (
                <div key={item.key} role="row" className={item.index % 2 ? 'vtable-row odd' : 'vtable-row'} style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                  {result.columns.map((c, i) => (
                    <div key={i} role="cell" className={c.kind === 'measure' ? 'vtable-td num' : 'vtable-td'}>
                      {cell(row, i)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
        <div className="vtable-row qb-total" role="row" style={{ gridTemplateColumns: template, minWidth }} data-testid="qb-table-total">
          {result.columns.map((c, i) => (
            <div key={i} role="cell" className={c.kind === 'measure' ? 'vtable-td num strong' : 'vtable-td strong'}>
              {c.kind === 'measure' ? formatMeasure(result.totals[i - dims.length] ?? null, c.unit!, language) : i === 0 ? t('queryBuilder.total') : ''}
            </div>
          ))}
        </div>
      </div>
      {filter && (
        <span className="muted small" role="status">
          {t('queryBuilder.rowsCount', { count: shown.length })} / {formatInteger(result.rows.length, language)}
        </span>
      )}
    </div>
  );
}
