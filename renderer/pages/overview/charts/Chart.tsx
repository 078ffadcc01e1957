import { useEffect, useRef } from 'react';
import type { Language } from '../../../../engine/api/types.js';
import { echarts, type ChartOption } from './echarts.js';
import { baseOption } from './theme.js';

/**
 * One ECharts instance: sized by its container (it follows the container's resizes) and
 * disposed with the component. A new language rebuilds it, since ECharts fixes its locale at init.
 */
export function Chart({ option, language, label, height = 320 }: { option: ChartOption; language: Language; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current!;
    const instance = echarts.init(element, null, { renderer: 'canvas', locale: language === 'zh-CN' ? 'ZH' : 'EN' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [language]);

  useEffect(() => {
    chart.current?.setOption({ ...baseOption(), ...option }, { notMerge: true });
  }, [option, language]);

  return <div className="chart" ref={ref} style={{ height }} role="img" aria-label={label} />;
}
