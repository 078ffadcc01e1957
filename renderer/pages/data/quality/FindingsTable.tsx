import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualitySort, QualitySummaryItem } from '../../../../engine/api/qualityTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { QualityExport } from './QualityExport.js';

const PAGE = 100;

/** The rows behind one figure, a page at a time, sorted by the engine (click a header), with the figure's export. */
export function FindingsTable({ item, onClose }: { item: QualitySummaryItem; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [sort, setSort] = useState<{ by: QualitySort; descending: boolean }>({ by: 'entity', descending: false });
  const [offset, setOffset] = useState(0);
  const page = useQuery('quality.rows', { kind: item.kind, code: item.code, sort: sort.by, descending: sort.descending, offset, limit: PAGE });
  const total = page.data?.total ?? item.kept;
  const toggle = (by: QualitySort) => {
    setSort((s) => ({ by, descending: s.by === by ? !s.descending : by === 'value' }));
    setOffset(0);
  };
  const header = (by: QualitySort, label: string, num = false) => (
    <th scope="col" className={num ? 'num' : undefined} aria-sort={sort.by === by ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => toggle(by)} title={t('quality.rows.sortHint')}>
        <span className="sort-label">{label}</span>
        <span className="sort-mark" aria-hidden="true">
          {sort.by === by ? (sort.descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </th>
  );
  const number = (value: number | null) => (value === null ? '—' : Number.isInteger(value) ? formatInteger(value, language) : formatDecimal(value, language, 2));
  return (
    <section className="stack compact quality-rows" aria-label={t('quality.rows.title', { finding: t(`quality.codes.${item.code}`), kind: t(`kinds.${item.kind}`) })} data-testid="quality-rows">
      <div className="row spread">
        <h2 className="small strong">{t('quality.rows.title', { finding: t(`quality.codes.${item.code}`), kind: t(`kinds.${item.kind}`) })}</h2>
        <button type="button" className="btn ghost small" onClick={onClose}>
          {t('quality.rows.close')}
        </button>
      </div>
      {item.kept < item.findings && <p className="note warn small">{t('quality.rows.kept', { kept: formatInteger(item.kept, language), findings: formatInteger(item.findings, language) })}</p>}
      {page.error && <ErrorNote error={page.error} onRetry={page.reload} />}
      <div className="table-scroll">
        <table className="table compact">
          <thead>
            <tr>
              {header('entity', t('quality.rows.entity'))}
              {header('day', t('quality.rows.day'))}
              {header('value', t('quality.rows.value'), true)}
              <th scope="col" className="num">
                {t('quality.rows.expected')}
              </th>
              <th scope="col">{t('quality.rows.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {(page.data?.rows ?? []).map((row, i) => (
              <tr key={`${offset + i}`}>
                <td className="mono">{row.entity}</td>
                <td>{row.day ?? '—'}</td>
                <td className="num">{number(row.value)}</td>
                <td className="num">{number(row.expected)}</td>
                <td className="reason">{row.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row wrap">
        <button type="button" className="btn small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          {t('quality.rows.previous')}
        </button>
        <span className="muted small" role="status">
          {t('quality.rows.page', { from: formatInteger(total === 0 ? 0 : offset + 1, language), to: formatInteger(Math.min(total, offset + PAGE), language), total: formatInteger(total, language) })}
        </span>
        <button type="button" className="btn small" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
          {t('quality.rows.next')}
        </button>
        <QualityExport kind={item.kind} code={item.code} testId="quality-export" />
      </div>
    </section>
  );
}
