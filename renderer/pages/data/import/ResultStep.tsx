import { useTranslation } from 'react-i18next';
import type { ImportFileResult } from '../../../../engine/api/importTypes.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { kindLabel } from '../../../i18n/labels.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useStepFocus } from '../../../components/useStepFocus.js';
import { QuarantineView } from '../quarantine/QuarantineView.js';

/** What one import did: rows read, imported, updated, skipped, quarantined, unmatched; then the quarantined rows. */
export function ResultStep({ result, fileName, next }: { result: ImportFileResult; fileName: string; next: { label: string; onClick(): void } }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const heading = useStepFocus<HTMLHeadingElement>('.import-wizard');
  const counts: { key: 'rowsRead' | 'imported' | 'updated' | 'skipped' | 'quarantined' | 'unmatched'; value: number; tone?: string }[] = [
    { key: 'rowsRead', value: result.rowsRead },
    { key: 'imported', value: result.imported, tone: result.imported > 0 ? 'good' : '' },
    { key: 'updated', value: result.updated },
    { key: 'skipped', value: result.skipped },
    { key: 'quarantined', value: result.quarantined, tone: result.quarantined > 0 ? 'bad' : '' },
    { key: 'unmatched', value: result.unmatched, tone: result.unmatched > 0 ? 'warn' : '' },
  ];
  return (
    <div className="stack result-step">
      <h2 className="file-title" tabIndex={-1} ref={heading}>
        {t('result.title', { file: fileName, kind: kindLabel(t, result.kind) })}
        <span className="muted small"> · {t('result.seconds', { seconds: formatDecimal(result.seconds, language, 1) })}</span>
      </h2>
      <div className="counts" data-testid="import-result">
        {counts.map((c) => (
          <div key={c.key} className={`count-card ${c.tone ?? ''}`} data-count={c.key}>
            <span className="count-value">{formatInteger(c.value, language)}</span>
            <span className="count-label" title={t(`result.hints.${c.key}`)}>
              {t(`result.${c.key}`)}
            </span>
          </div>
        ))}
      </div>
      {result.unmatched > 0 && <p className="note warn">{t('result.unmatchedExplain', { count: result.unmatched, n: formatInteger(result.unmatched, language) })}</p>}
      <div className="row">
        <button type="button" className="btn primary" onClick={next.onClick}>
          {next.label}
        </button>
        <button type="button" className="btn" onClick={() => navigate('data', 'catalog')}>
          {t('result.toCatalog')}
        </button>
        <button type="button" className="btn" onClick={() => navigate('overview')}>
          {t('result.toOverview')}
        </button>
      </div>
      {result.quarantined > 0 && (
        <section className="card" aria-labelledby="rs-quarantine">
          <h3 id="rs-quarantine">{t('quarantine.title')}</h3>
          <p className="muted small">{t('quarantine.explain')}</p>
          <QuarantineView importId={result.importId} fileName={fileName} />
        </section>
      )}
    </div>
  );
}
