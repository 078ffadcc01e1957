import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { observeElementOffset, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrowseColumn } from '../../../../engine/api/catalogTypes.js';
import type { BrowsePages, Cell } from './useBrowsePages.js';

const ROW_HEIGHT = 28;
/**
 * Browsers cap an element's height (Chromium near 33.5 million pixels: 1.2 million rows of
 * 28 px). Taller tables get a body of at most this height, and its scroll position is scaled
 * to the rows, so that every row of several million stays reachable.
 */
const MAX_BODY_PX = 15_000_000;
const WIDTH: Record<BrowseColumn['type'], number> = { text: 170, number: 130, date: 110, datetime: 150, month: 110 };

/** Text columns share the room a wide window leaves (a ticket's content, an address); others keep their width. */
function track(column: BrowseColumn): string {
  return column.type === 'text' ? `minmax(${WIDTH.text}px, 1fr)` : `${WIDTH[column.type]}px`;
}

/**
 * A table that renders only the rows in view: the DOM holds a few dozen rows whatever the
 * total, and rows are asked for as they come near. Sorting is done by the engine.
 */
export function VirtualTable({ pages, sorting, onSortingChange, columnLabel, cellText, label }: {
  pages: BrowsePages;
  sorting: SortingState;
  onSortingChange(sorting: SortingState): void;
  columnLabel(column: BrowseColumn): string;
  cellText(value: Cell, column: BrowseColumn): string;
  label: string;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = pages.total ?? 0;

  const columns = useMemo<ColumnDef<Cell[]>[]>(
    () =>
      pages.columns.map((column, index) => ({
        id: column.name,
        header: columnLabel(column),
        accessorFn: (row) => row[index],
        size: WIDTH[column.type],
        enableSorting: column.sortable,
        meta: column,
      })),
    [pages.columns, columnLabel],
  );

  const table = useReactTable<Cell[]>({
    data: [],
    columns,
    state: { sorting },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: true,
    // The table holds no rows itself (pages do), so react-table cannot guess a direction: ascending first.
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
  });

  const rowsHeight = total * ROW_HEIGHT;
  const bodyHeight = Math.min(rowsHeight, MAX_BODY_PX);
  // Rows scrolled per pixel of the body: 1 until the cap, then more.
  const scale = useRef(1);
  const viewport = scrollRef.current?.clientHeight ?? 0;
  scale.current = rowsHeight > bodyHeight && bodyHeight > viewport ? (rowsHeight - viewport) / (bodyHeight - viewport) : 1;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 30,
    // The virtualizer works in row pixels; the scroll bar moves in body pixels.
    observeElementOffset: (instance, report) => observeElementOffset(instance, (offset, scrolling) => report(offset * scale.current, scrolling)),
  });
  const items = virtualizer.getVirtualItems();
  // A row's place in the body: where the rows' offset puts it, relative to what is in view.
  const shift = (scrollRef.current?.scrollTop ?? 0) - (virtualizer.scrollOffset ?? 0);
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) pages.ensure(first, last);
  }, [pages, first, last, total]);

  // A new sort or filter starts from the top.
  const sortKey = JSON.stringify(sorting);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [sortKey, pages.columns]);

  const template = pages.columns.map(track).join(' ');
  const minWidth = pages.columns.reduce((sum, column) => sum + WIDTH[column.type], 0);
  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={total + 1}>
      <div className="vtable-scroll" ref={scrollRef} tabIndex={0}>
        <div className="vtable-head" role="rowgroup" style={{ minWidth }}>
          {table.getHeaderGroups().map((group) => (
            <div className="vtable-row" role="row" aria-rowindex={1} key={group.id} style={{ gridTemplateColumns: template }}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const meta = header.column.columnDef.meta as BrowseColumn;
                const canSort = header.column.getCanSort();
                return (
                  <div
                    key={header.id}
                    role="columnheader"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    className={meta.type === 'number' ? 'vtable-th num' : 'vtable-th'}
                    // The whole name, also where the column is too narrow for it.
                    title={`${columnLabel(meta)}\n${canSort ? t('browse.sortHint') : t('browse.notSortable')}`}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()} disabled={!canSort}>
                      <span className="sort-label">{flexRender(header.column.columnDef.header, header.getContext())}</span>
                      {meta.personal && <span className="personal-mark" title={t('browse.personalColumn')}>●</span>}
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
        <div className="vtable-body" role="rowgroup" style={{ height: bodyHeight, minWidth }}>
          {items.map((item) => {
            const row = pages.row(item.index);
            return (
              <div
                key={item.key}
                className={item.index % 2 ? 'vtable-row odd' : 'vtable-row'}
                role="row"
                aria-rowindex={item.index + 2}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start + shift}px)`, height: ROW_HEIGHT }}
              >
                {pages.columns.map((column, c) => {
                  const text = row ? cellText(row[c] ?? null, column) : null;
                  return (
                    // A text cut at the column's edge can be read whole by pointing at it.
                    <div key={column.name} role="cell" className={column.type === 'number' ? 'vtable-td num' : 'vtable-td'} title={column.type === 'text' && text ? text : undefined}>
                      {text ?? <span className="placeholder" />}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
