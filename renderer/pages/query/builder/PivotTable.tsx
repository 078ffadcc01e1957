import { useTranslation } from 'react-i18next';
import type { QueryPivot, QueryResult } from '../../../../engine/api/queryTypes.js';
import { useSession } from '../../../state/session.js';
import { dimensionText, formatMeasure, measureHeader, measureText, translate, unitText, valueText } from './texts.js';
import { measureUnits } from './units.js';

/**
 * The pivot as a spreadsheet lays it out: row dimensions on the left, a column per value of the
 * column dimension (one sub-column per measure), the row totals on the right, the column totals
 * and the grand total at the bottom. Headers stay in view while it scrolls.
 */
export function PivotTable({ result, pivot }: { result: QueryResult; pivot: QueryPivot }) {
  const { t } = useTranslation();
  const words = translate(t);
  const { language } = useSession();
  const units = measureUnits(result);
  const many = pivot.measures.length > 1;
  const figures = (key: string, values: (number | null)[], strong = false) =>
    values.map((v, m) => (
      <td key={`${key}-${m}`} className={strong ? 'num strong' : 'num'}>
        {formatMeasure(v, units[m]!, language)}
      </td>
    ));
  // Without row dimensions the one row is the totals of each column: it still gets a first column.
  const leading = Math.max(1, pivot.rowDimensions.length);
  return (
    <div className="table-scroll qb-pivot-scroll" tabIndex={0}>
      <table className="table qb-pivot" data-testid="qb-pivot">
        {!many && <caption className="qb-caption">{measureHeader(words, pivot.measures[0]!, units[0]!)}</caption>}
        <thead>
          <tr>
            {pivot.rowDimensions.map((d) => (
              <th key={d} scope="col" rowSpan={many ? 2 : 1}>
                {dimensionText(words, d)}
              </th>
            ))}
            {pivot.rowDimensions.length === 0 && <th scope="col" rowSpan={many ? 2 : 1} />}
            {pivot.columnValues.map((v, c) => (
              <th key={c} scope="colgroup" colSpan={pivot.measures.length} className="num">
                {valueText(words, pivot.column, v, result.labels)}
              </th>
            ))}
            <th scope="colgroup" colSpan={pivot.measures.length} className="num">
              {t('queryBuilder.total')}
            </th>
          </tr>
          {many && (
            <tr>
              {[...pivot.columnValues, null].flatMap((_, c) =>
                pivot.measures.map((m, i) => (
                  <th key={`${c}-${m}`} scope="col" className="num small">
                    {measureText(words, m)} ({unitText(words, units[i]!)})
                  </th>
                )),
              )}
            </tr>
          )}
        </thead>
        <tbody>
          {pivot.rows.map((row, r) => (
            <tr key={r}>
              {row.keys.map((k, i) => (
                <th key={i} scope="row">
                  {valueText(words, pivot.rowDimensions[i]!, k, result.labels)}
                </th>
              ))}
              {row.keys.length === 0 && <th scope="row">{pivot.measures.map((m) => measureText(words, m)).join(t('common.listSeparator'))}</th>}
              {row.cells.flatMap((cell, c) => figures(String(c), cell))}
              {figures('total', row.total, true)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="qb-pivot-total">
            <th scope="row" colSpan={leading}>
              {t('queryBuilder.total')}
            </th>
            {pivot.columnTotals.flatMap((cell, c) => figures(String(c), cell, true))}
            {figures('total', pivot.grandTotal, true)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
