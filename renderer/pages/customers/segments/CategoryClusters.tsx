import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentCategory } from '../../../../engine/api/segmentsTypes.js';
import { formatDecimal, formatInteger, formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { Chart } from '../../overview/charts/Chart.js';
import { categoryLabel } from '../../service/texts.js';
import { centroidOption } from '../charts/centroidOption.js';
import { kCriterionOption } from '../charts/kCriterionOption.js';
import { ClusterCustomers } from './ClusterCustomers.js';
import { segmentName } from './segmentName.js';

/** One category: its clusters' centroid days, the silhouette per k, a table of the clusters; a chosen cluster's customers. */
export function CategoryClusters({ runId, category }: { runId: number | null; category: SegmentCategory }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [chosen, setChosen] = useState<number | null>(null);
  const title = category.category === null ? t('segments.noArchive') : categoryLabel(t, category.category);
  const curves = useMemo(() => centroidOption(category.clusters, { t, language }), [category, t, language]);
  const criterion = useMemo(() => (category.scores.length > 0 ? kCriterionOption(category.scores, category.k, { t, language }) : null), [category, t, language]);
  const id = `segments-${category.category ?? 'none'}`;
  return (
    <section className="card stack" aria-labelledby={id} data-category={category.category ?? ''}>
      <h2 id={id}>
        {t('customers.segments.categoryTitle', { category: title, profiles: formatInteger(category.profiles, language), k: category.k })}
      </h2>
      <p className="muted small">{t(`segments.choice.${category.choice}`)}</p>
      <div className="card-grid">
        <div className="chart-card wide" data-chart="segments-centroids">
          <h3>{t('customers.segments.centroids')}</h3>
          <p className="muted small">{t('customers.segments.profileHint')}</p>
          <Chart option={curves} language={language} label={t('customers.segments.centroids')} height={300} />
        </div>
        {criterion && (
          <div className="chart-card" data-chart="segments-k">
            <h3>{t('customers.segments.kChart')}</h3>
            <p className="muted small">{t('customers.segments.sample', { sample: formatInteger(category.sample, language) })}</p>
            <Chart option={criterion} language={language} label={t('customers.segments.kChart')} height={240} />
          </div>
        )}
      </div>
      <div className="table-scroll">
        <table className="table" data-testid="segment-clusters">
          <thead>
            <tr>
              <th scope="col">{t('customers.segments.cluster')}</th>
              <th scope="col">{t('customers.segments.shape')}</th>
              <th scope="col" className="num">{t('customers.segments.size')}</th>
              <th scope="col" className="num">{t('customers.segments.peakHour')}</th>
              <th scope="col" className="num">{t('customers.segments.dayShare')}</th>
              <th scope="col" className="num">{t('customers.segments.nightShare')}</th>
              <th scope="col" className="num">{t('customers.segments.spread')}</th>
            </tr>
          </thead>
          <tbody>
            {category.clusters.map((c) => (
              <tr key={c.cluster} className={chosen === c.cluster ? 'chosen' : undefined} data-cluster={c.cluster}>
                <td>
                  <button type="button" className="btn ghost small link" onClick={() => setChosen(chosen === c.cluster ? null : c.cluster)} aria-expanded={chosen === c.cluster}>
                    {t('customers.segments.clusterN', { cluster: c.cluster })}
                  </button>
                </td>
                <td>{segmentName(t, c.name)}</td>
                <td className="num">{formatInteger(c.size, language)}</td>
                <td className="num">{`${String(c.peakHour).padStart(2, '0')}:00 (×${formatDecimal(c.peakToMean, language, 1)})`}</td>
                <td className="num">{formatPercent(c.dayShare, language, 0)}</td>
                <td className="num">{formatPercent(c.nightShare, language, 0)}</td>
                <td className="num">{formatDecimal(c.meanDistance, language, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen !== null && runId !== null && <ClusterCustomers runId={runId} category={category.category} cluster={chosen} />}
    </section>
  );
}
