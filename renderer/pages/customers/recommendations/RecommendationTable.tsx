import { useTranslation } from 'react-i18next';
import type { CustomerRecommendation, RecommendationSort } from '../../../../engine/api/customersTypes.js';
import { SortHeader } from '../../../components/TableCells.js';
import { formatDecimal, formatInteger, formatYuan } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { categoryLabel, tagName } from '../../service/texts.js';
import { segmentName } from '../segments/segmentName.js';
import { CustomerLink } from '../../../components/CustomerLink.js';

/** A year's bill on one tariff; the customer's tariff today is marked, as the saving is counted from it. */
function TariffCell({ yuan, current }: { yuan: number; current: boolean }) {
  const { t } = useTranslation();
  const { language } = useSession();
  return (
    <td className="num">
      {formatYuan(yuan, language)}
      {current && <span className="muted small current-tariff">{t('customers.recs.current')}</span>}
    </td>
  );
}

/** One page of recommendations; the engine sorts (largest first). */
export function RecommendationTable({ rows, offset, sort, onSort }: { rows: CustomerRecommendation[]; offset: number; sort: RecommendationSort; onSort(sort: RecommendationSort): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const header = (by: RecommendationSort, label: string) => <SortHeader label={label} order={sort === by ? 'descending' : 'none'} onSort={() => onSort(by)} />;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="recommendations">
        <thead>
          <tr>
            <th scope="col" className="num">#</th>
            <th scope="col">{t('customers.columns.customer')}</th>
            <th scope="col">{t('customers.columns.category')}</th>
            <th scope="col">{t('customers.columns.segment')}</th>
            {header('dailyKwh', t('customers.recs.dailyKwh'))}
            <th scope="col" className="num">{t('customers.recs.flatYuan')}</th>
            <th scope="col" className="num">{t('customers.recs.touYuan')}</th>
            <th scope="col" className="num">{t('customers.recs.shiftedYuan')}</th>
            {header('saving', t('customers.recs.saving'))}
            {header('drKw', t('customers.recs.drKw'))}
            <th scope="col" className="num">{t('customers.recs.drKwh')}</th>
            {header('peerPercentile', t('customers.recs.peer'))}
            <th scope="col">{t('customers.columns.tags')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.customerId} data-customer={r.customerId}>
              <td className="num">{formatInteger(offset + i + 1, language)}</td>
              <td>
                <CustomerLink customerId={r.customerId} />
              </td>
              <td>{categoryLabel(t, r.category)}</td>
              <td className="wrap-cell">{r.segment ? segmentName(t, r.segment) : '—'}</td>
              <td className="num">{t('customers.units.kwh', { value: formatDecimal(r.dailyKwh, language, 1) })}</td>
              <TariffCell yuan={r.flatYuan} current={!r.onTimeOfUse} />
              <TariffCell yuan={r.touYuan} current={r.onTimeOfUse} />
              <td className="num">{formatYuan(r.shiftedYuan, language)}</td>
              <td className={r.savingYuan > 0 ? 'num strong good' : 'num'}>{formatYuan(r.savingYuan, language)}</td>
              <td className="num">{t('customers.units.kw', { value: formatDecimal(r.drKw, language, 2) })}</td>
              <td className="num">{t('customers.units.kwh', { value: formatDecimal(r.drKwhPerDay, language, 1) })}</td>
              <td className="num" title={r.peerGroup ? t(`customers.recs.peerGroups.${r.peerGroup}`, { peers: r.peers }) : undefined}>
                {r.peerPercentile === null ? '—' : t('customers.recs.percentile', { value: formatInteger(r.peerPercentile, language) })}
              </td>
              <td>{r.tags.map((tag) => tagName(t, tag)).join(t('common.listSeparator')) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
