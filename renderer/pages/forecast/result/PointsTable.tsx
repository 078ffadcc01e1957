import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastPoint, ForecastRun } from '../../../../engine/api/forecastTypes.js';
import { formatDecimal } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { formatStamp, unitLabel } from '../texts.js';
import { OverrideDialog } from './OverrideDialog.js';

const ROW_HEIGHT = 30;
// The time and Edit first, so that both stay in view where the table scrolls sideways.
const COLUMNS = '172px 64px repeat(5, minmax(70px, 1fr)) 80px minmax(160px, 2fr)';
const MIN_WIDTH = 172 + 64 + 5 * 70 + 80 + 160;

/**
 * Every interval of the forecast (virtualised: two weeks of 15-minute values are 1,344 rows):
 * the forecast, P10/P50/P90, the temperature assumed, the actual load where known, and the
 * analyst's override, which Edit sets or clears with a reason.
 */
export function PointsTable({ run }: { run: ForecastRun }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<ForecastPoint | null>(null);
  const virtualizer = useVirtualizer({ count: run.points.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  const digits = (v: number) => (Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2);
  const value = (v: number | null) => (v === null ? '—' : formatDecimal(v, language, digits(v)));
  const unit = unitLabel(t, run.unit);
  const overrides = run.points.filter((p) => p.override).length;
  const headers = [
    t('forecast.points.time'),
    t('forecast.points.forecast', { unit }),
    'P10',
    'P50',
    'P90',
    t('forecast.points.actual', { unit }),
    t('forecast.points.temperature'),
    t('forecast.points.override'),
  ];
  return (
    <section className="card" aria-labelledby="forecast-points">
      <div className="row spread wrap">
        <h3 id="forecast-points">{t('forecast.points.title')}</h3>
        <span className="muted small">{t('forecast.points.overrides', { count: overrides, formatted: formatDecimal(overrides, language, 0) })}</span>
      </div>
      <div className="vtable points-table" role="table" aria-label={t('forecast.points.title')} aria-rowcount={run.points.length + 1} data-testid="points-table">
        <div className="vtable-scroll" ref={scrollRef} tabIndex={0}>
          <div className="vtable-head" role="rowgroup" style={{ minWidth: MIN_WIDTH }}>
            <div className="vtable-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: COLUMNS }}>
              <div role="columnheader" className="vtable-th">
                {headers[0]}
              </div>
              <div role="columnheader" className="vtable-th">
                <span className="visually-hidden">{t('common.actions')}</span>
              </div>
              {headers.slice(1).map((h, i) => (
                <div key={h} role="columnheader" className={i < 6 ? 'vtable-th num' : 'vtable-th'}>
                  {h}
                </div>
              ))}
            </div>
          </div>
          <div className="vtable-body" role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth: MIN_WIDTH }}>
            {virtualizer.getVirtualItems().map((item) => {
              const p = run.points[item.index]!;
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={`vtable-row${item.index % 2 ? ' odd' : ''}${p.override ? ' overridden' : ''}`}
                  style={{ gridTemplateColumns: COLUMNS, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  data-ts={p.ts}
                >
                  <div role="cell" className="vtable-td">{formatStamp(p.ts, language, true)}</div>
                  <div role="cell" className="vtable-td">
                    <button
                      type="button"
                      className="btn small ghost"
                      onClick={() => setEditing(p)}
                      disabled={run.runId === null}
                      aria-label={t('forecast.points.editAt', { time: formatStamp(p.ts, language) })}
                    >
                      {t('forecast.points.edit')}
                    </button>
                  </div>
                  <div role="cell" className="vtable-td num strong">{value(p.forecast)}</div>
                  <div role="cell" className="vtable-td num">{value(p.p10)}</div>
                  <div role="cell" className="vtable-td num">{value(p.p50)}</div>
                  <div role="cell" className="vtable-td num">{value(p.p90)}</div>
                  <div role="cell" className="vtable-td num">{value(p.actual)}</div>
                  <div role="cell" className="vtable-td num">{p.temperature === null ? '—' : `${formatDecimal(p.temperature, language, 1)} °C`}</div>
                  <div role="cell" className="vtable-td" title={p.override ? p.override.reason : undefined}>
                    {p.override ? t('forecast.points.overrideText', { model: value(p.override.modelValue), reason: p.override.reason }) : ''}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <OverrideDialog run={run} point={editing} onClose={() => setEditing(null)} />
    </section>
  );
}
