import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartKind, QueryResult } from '../../../../engine/api/queryTypes.js';
import { Chart } from '../../overview/charts/Chart.js';
import { useSession } from '../../../state/session.js';
import { CHART_ROWS, chartOption, drawableKind } from './chartOption.js';
import { measureText, translate } from './texts.js';

/** The result drawn (zoom, tooltips with units, keyboard as every chart of the app), with a note when the kind or the rows had to give way. */
export function ResultChart({ result, kind, measure }: { result: QueryResult; kind: ChartKind; measure: number }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const option = useMemo(() => chartOption(result, kind, measure, { t, language }), [result, kind, measure, t, language]);
  const dims = result.spec.dimensions.length;
  return (
    <div className="stack compact" data-testid="qb-chart">
      {drawableKind(kind, dims) !== kind && kind !== 'table' && <p className="note small">{t('queryBuilder.chartNeeds')}</p>}
      {result.rows.length > CHART_ROWS && <p className="note small">{t('queryBuilder.chartCut', { count: CHART_ROWS })}</p>}
      <Chart option={option} language={language} label={measureText(translate(t), result.spec.measures[measure]!)} height={380} />
    </div>
  );
}
