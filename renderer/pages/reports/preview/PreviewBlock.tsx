import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reportChartOption } from '../../../../engine/api/reportChart.js';
import type { ReportBlock, ReportTable } from '../../../../engine/api/reportsTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { Chart } from '../../overview/charts/Chart.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { FONT } from '../../overview/charts/theme.js';
import { cellText, kpiChangeText } from './cells.js';

function PreviewTable({ table, language }: { table: ReportTable; language: Language }) {
  return (
    <div className="table-scroll">
      <table className="table compact report-table">
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={c.format === 'text' ? undefined : 'num'}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i} className={table.columns[i]!.format === 'text' ? undefined : 'num'}>
                  {cellText(cell, table.columns[i]!.format, language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One section of the preview: key figures as cards, a module chart or view with its sentences, table and notes, or a text. */
export function PreviewBlock({ block, language }: { block: ReportBlock; language: Language }) {
  const { t } = useTranslation();
  const chart = block.kind === 'chart' ? block.chart : null;
  const option = useMemo(() => (chart ? (reportChartOption(chart, { language, fontFamily: FONT, interactive: true }) as ChartOption) : null), [chart, language]);
  return (
    <section className="report-block" data-testid="preview-block" data-kind={block.kind}>
      <h4>{block.heading}</h4>
      {block.kind === 'text' && <p className="report-text">{block.body}</p>}
      {block.kind === 'kpis' && (
        <div className="report-kpis">
          {block.kpis.map((kpi) => (
            <div key={kpi.key} className="report-kpi" data-kpi={kpi.key}>
              <div className="muted small">{kpi.label}</div>
              <div className="report-kpi-value">
                {cellText(kpi.value, kpi.format, language)} <span className="small">{kpi.unit}</span>
              </div>
              <div className="muted small">
                {t('reports.kpiMom', { lng: language })} {kpiChangeText(kpi, kpi.mom, language, (points) => t('reports.points', { points, lng: language }))} · {t('reports.kpiYoy', { lng: language })}{' '}
                {kpiChangeText(kpi, kpi.yoy, language, (points) => t('reports.points', { points, lng: language }))}
              </div>
            </div>
          ))}
        </div>
      )}
      {block.kind === 'chart' && block.sentences.map((sentence, i) => <p key={i}>{sentence}</p>)}
      {option && <Chart option={option} language={language} label={block.heading} height={280} />}
      {block.kind === 'chart' && block.table && block.table.rows.length > 0 && <PreviewTable table={block.table} language={language} />}
      {block.kind !== 'text' &&
        block.notes.map((note, i) => (
          <p key={i} className="note warn small" data-testid="preview-note">
            {note}
          </p>
        ))}
    </section>
  );
}
