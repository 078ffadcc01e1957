import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../engine/api/types.js';
import { echarts, type ChartOption } from './echarts.js';
import { chartKeyAction, type ChartState } from './keyboard.js';
import { baseOption } from './theme.js';

/**
 * One ECharts instance: sized by its container (it follows the container's resizes) and
 * disposed with the component. A new language rebuilds it, since ECharts fixes its locale at init.
 * The chart takes the keyboard focus: arrows show the values of one item after another (the
 * tooltip a pointer shows), + and − zoom, 0 shows everything again, Esc hides the values.
 * `onActivate`: a click on an item of the first series, or Enter on the item shown (the
 * Overview filters by it); the keys' hint then says so.
 */
export function Chart({
  option,
  language,
  label,
  height = 320,
  onActivate,
}: {
  option: ChartOption;
  language: Language;
  label: string;
  height?: number;
  onActivate?: (item: number) => void;
}) {
  const { t } = useTranslation();
  const activate = useRef(onActivate);
  activate.current = onActivate;
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const item = useRef<number | null>(null);
  const live = useRef<HTMLParagraphElement>(null);
  // What a screen reader says of the chart: its title and its keys. ECharts would otherwise
  // describe it itself, from its internal figures (stacked sums, NaN, 12712.000000000016).
  const keys = onActivate ? `${t('overview.chartKeys')}${t('overview.chartKeysActivate')}` : t('overview.chartKeys');
  const description = t('overview.chartLabel', { title: label, keys });

  useEffect(() => {
    const element = ref.current!;
    const instance = echarts.init(element, null, { renderer: 'canvas', locale: language === 'zh-CN' ? 'ZH' : 'EN' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    // Stacked bars are several series: any of them names the item (the month, the area).
    instance.on('click', (params) => {
      if (typeof params.dataIndex === 'number') activate.current?.(params.dataIndex);
    });
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [language]);

  useEffect(() => {
    chart.current?.setOption({ ...baseOption(), ...option, aria: { enabled: true, label: { description } } }, { notMerge: true });
    item.current = null;
  }, [option, language, description]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const instance = chart.current;
    if (!instance) return;
    const zoom = (instance.getOption().dataZoom as { start?: number; end?: number }[] | undefined)?.[0];
    const state: ChartState = { items: itemCount(option), item: item.current, zoom: zoom ? { start: zoom.start ?? 0, end: zoom.end ?? 100 } : null };
    const action = chartKeyAction(event.key, state);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'show') {
      item.current = action.item;
      instance.dispatchAction({ type: 'downplay', seriesIndex: 0 });
      instance.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: action.item });
      instance.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: action.item });
      // The values the tooltip shows, read out as well.
      requestAnimationFrame(() => {
        if (live.current) live.current.textContent = tooltipText(ref.current);
      });
    } else if (action.type === 'activate') {
      activate.current?.(action.item);
    } else if (action.type === 'hide') {
      item.current = null;
      instance.dispatchAction({ type: 'downplay', seriesIndex: 0 });
      instance.dispatchAction({ type: 'hideTip' });
      if (live.current) live.current.textContent = '';
    } else {
      instance.dispatchAction({ type: 'dataZoom', start: action.start, end: action.end });
      // The item whose values are shown stays in the window (zooming is about it): show them again there.
      if (item.current !== null) instance.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: item.current });
    }
  };

  return (
    <>
      <div
        className="chart"
        ref={ref}
        style={{ height }}
        role="img"
        // How many series are drawn (tests tell a chart narrowed by a filter by it).
        data-series={Array.isArray(option.series) ? option.series.length : option.series ? 1 : 0}
        tabIndex={0}
        aria-label={description}
        onKeyDown={onKeyDown}
        onBlur={() => {
          item.current = null;
          chart.current?.dispatchAction({ type: 'hideTip' });
        }}
      />
      {/* Shown while the chart has the keyboard focus (overview.css). */}
      <p className="chart-keys muted small" aria-hidden="true">
        {keys}
      </p>
      <p className="visually-hidden" aria-live="polite" ref={live} />
    </>
  );
}

/** The text of the tooltip ECharts draws inside the chart's element, one line per row. */
function tooltipText(element: HTMLElement | null): string {
  const tooltip = [...(element?.querySelectorAll<HTMLElement>('div') ?? [])].find((div) => div.style.zIndex === '9999999' && div.style.display !== 'none');
  return tooltip?.innerText.replace(/\s*\n\s*/g, ', ') ?? '';
}

/** Items of the first series: bars, points or slices. */
function itemCount(option: ChartOption): number {
  const series = Array.isArray(option.series) ? option.series[0] : option.series;
  const data = (series as { data?: unknown[] } | undefined)?.data;
  return Array.isArray(data) ? data.length : 0;
}
