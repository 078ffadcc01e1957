import { useTranslation } from 'react-i18next';
import { dataKinds } from '../../../../engine/api/types.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { ActionCell, HiddenHeader } from '../../../components/TableCells.js';
import { formatDateTime, formatDay, formatInteger, formatPercent } from '../../../i18n/format.js';
import { kindLabel } from '../../../i18n/labels.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';

/** What the workspace holds, per data kind: rows, date coverage, gaps and unmatched references. */
export function CatalogTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const catalog = useQuery('catalog.summary', {}, { kinds: 'any' });
  if (catalog.error || !catalog.data) return <QueryFallback query={catalog} />;
  const byKind = new Map(catalog.data.kinds.map((entry) => [entry.kind, entry]));
  const empty = catalog.data.kinds.every((entry) => entry.rows === 0);
  return (
    <div className="stack">
      {empty && (
        <EmptyState
          title={t('catalog.emptyTitle')}
          actions={
            <button type="button" className="btn primary" onClick={() => navigate('data', 'import')}>
              {t('catalog.importFirst')}
            </button>
          }
        >
          {t('catalog.emptyText')}
        </EmptyState>
      )}
      <table className="table catalog" aria-label={t('data.tabs.catalog')}>
        <thead>
          <tr>
            <th scope="col">{t('catalog.kind')}</th>
            <th scope="col" className="num">{t('catalog.rows')}</th>
            <th scope="col" className="num" title={t('catalog.entitiesHint')}>{t('catalog.entities')}</th>
            <th scope="col">{t('catalog.coverage')}</th>
            <th scope="col" className="num" title={t('catalog.missingRateHint')}>{t('catalog.missingRate')}</th>
            <th scope="col" className="num" title={t('catalog.unmatchedHint')}>{t('catalog.unmatched')}</th>
            <th scope="col">{t('catalog.lastImport')}</th>
            <HiddenHeader label={t('common.actions')} />
          </tr>
        </thead>
        <tbody>
          {dataKinds.map((kind) => {
            const entry = byKind.get(kind);
            const rows = entry?.rows ?? 0;
            return (
              <tr key={kind} data-kind={kind} className={rows === 0 ? 'dim' : ''}>
                <th scope="row">{kindLabel(t, kind)}</th>
                <td className="num" data-field="rows">{formatInteger(rows, language)}</td>
                <td className="num">{entry && rows > 0 ? formatInteger(entry.entities, language) : '—'}</td>
                <td className="date-range">{entry?.firstDate ? t('catalog.range', { from: unbroken(formatDay(entry.firstDate, language)), to: unbroken(formatDay(entry.lastDate, language)) }) : '—'}</td>
                <td className="num">{formatPercent(entry?.missingRate, language)}</td>
                <td className={entry?.unmatched ? 'num warn' : 'num'}>{entry?.unmatched === null || entry?.unmatched === undefined ? '—' : formatInteger(entry.unmatched, language)}</td>
                <td>{formatDateTime(entry?.lastImportAt, language)}</td>
                <ActionCell label={t('catalog.browse')} onClick={() => navigate('data', 'browse', kind)} shown={rows > 0} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A date that a narrow column wraps only before or after, never inside: 'Feb 28, 2023' keeps its
 * spaces unbroken, and '2023年2月28日' is kept whole by the cell's word-break (data.css).
 */
function unbroken(day: string): string {
  return day.replace(/ /g, '\u00a0');
}
