import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuspectSort, TheftSuspect } from '../../../../engine/api/theftTypes.js';
import { formatDayShort, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { formatScore, reasonText } from '../texts.js';
import type { SuspectPages } from './useSuspectPages.js';

const ROW_HEIGHT = 30;
const COLUMNS = '72px 112px 104px 112px 112px 64px 92px 92px 100px minmax(280px, 1fr)';
const MIN_WIDTH = 72 + 112 + 104 + 112 + 112 + 64 + 92 + 92 + 100 + 280;
/** The reasons a row names: the strongest; the detail gives them all. */
const REASONS_SHOWN = 2;

/** A sortable header: rank, score and loss are the orders the engine offers. */
function SortColumn({ sort, by, label, onSort }: { sort: SuspectSort; by: SuspectSort; label: string; onSort(sort: SuspectSort): void }) {
  const { t } = useTranslation();
  // Rank ascending is the same order as score or loss descending: each header's own direction.
  const mark = sort === by ? (by === 'rank' ? '▲' : '▼') : '';
  return (
    <div role="columnheader" className="vtable-th num" aria-sort={sort === by ? (by === 'rank' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(by)} title={t('theft.suspects.sortHint')}>
        <span className="sort-label">{label}</span>
        <span className="sort-mark" aria-hidden="true">
          {mark}
        </span>
      </button>
    </div>
  );
}

/**
 * A run's ranked suspects, virtualised (the DOM holds the rows in view; pages are fetched as they
 * come near). A customer number opens the suspect's evidence below.
 */
export function SuspectTable({ pages, sort, onSort, selected, onSelect }: {
  pages: SuspectPages;
  sort: SuspectSort;
  onSort(sort: SuspectSort): void;
  selected: string | null;
  onSelect(suspect: TheftSuspect): void;
}) {
  const { t } = useTranslation();
  const { language } = useSession();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = pages.total ?? 0;
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) pages.ensure(first, last);
  }, [pages, first, last, total]);
  // A new order or filter starts from the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [sort, pages]);

  const plain = (label: string, num = false) => (
    <div role="columnheader" className={num ? 'vtable-th num' : 'vtable-th'}>
      {label}
    </div>
  );
  return (
    <div className="vtable suspects-table" role="table" aria-label={t('theft.suspects.title')} aria-rowcount={total + 1} data-testid="suspects-table">
      <div className="vtable-scroll" ref={scrollRef} tabIndex={0}>
        <div className="vtable-head" role="rowgroup" style={{ minWidth: MIN_WIDTH }}>
          <div className="vtable-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: COLUMNS }}>
            <SortColumn sort={sort} by="rank" label={t('theft.suspects.rank')} onSort={onSort} />
            {plain(t('theft.suspects.customer'))}
            {plain(t('theft.suspects.name'))}
            {plain(t('theft.suspects.category'))}
            {plain(t('theft.suspects.area'))}
            <SortColumn sort={sort} by="score" label={t('theft.suspects.score')} onSort={onSort} />
            {plain(t('theft.suspects.lossKwh'), true)}
            {/* The engine orders losses by yuan (kWh where no price is known). */}
            <SortColumn sort={sort} by="loss" label={t('theft.suspects.lossYuan')} onSort={onSort} />
            {plain(t('theft.suspects.changeDay'))}
            {plain(t('theft.suspects.reasons'))}
          </div>
        </div>
        <div className="vtable-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth: MIN_WIDTH }}>
          {items.map((item) => {
            const s = pages.row(item.index);
            const reasons = s ? s.reasons.slice(0, REASONS_SHOWN).map((r) => reasonText(t, r, language)) : [];
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={s !== undefined && s.customerId === selected}
                className={`vtable-row${item.index % 2 ? ' odd' : ''}${s && s.customerId === selected ? ' selected' : ''}`}
                style={{ gridTemplateColumns: COLUMNS, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                data-customer={s?.customerId}
              >
                {s ? (
                  <>
                    <div role="cell" className="vtable-td num">{formatInteger(s.rank, language)}</div>
                    <div role="cell" className="vtable-td">
                      <button type="button" className="btn ghost small link mono" onClick={() => onSelect(s)} aria-label={t('theft.suspects.showDetail', { customer: s.customerId })}>
                        {s.customerId}
                      </button>
                    </div>
                    <div role="cell" className="vtable-td">{s.customerName ?? '—'}</div>
                    <div role="cell" className="vtable-td">{s.category ? t(`values.customers.category.${s.category}`, { defaultValue: s.category }) : '—'}</div>
                    <div role="cell" className="vtable-td">{s.areaId ?? '—'}</div>
                    <div role="cell" className="vtable-td num strong">{formatScore(s.score, language)}</div>
                    <div role="cell" className="vtable-td num">{formatInteger(s.lossKwh, language)}</div>
                    <div role="cell" className="vtable-td num">{formatInteger(s.lossYuan, language)}</div>
                    <div role="cell" className="vtable-td">{formatDayShort(s.changeDay)}</div>
                    <div role="cell" className="vtable-td" title={reasons.join('\n')}>
                      {reasons.join(' · ') || '—'}
                    </div>
                  </>
                ) : (
                  <div role="cell" className="vtable-td">
                    <span className="placeholder" />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
