import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../../../../engine/api/reportsTypes.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDateTime } from '../../../i18n/format.js';
import type { QueryState } from '../../../state/useQuery.js';
import { PreviewBlock } from './PreviewBlock.js';

/**
 * What the PDF and the workbook will hold, computed by the engine from the workspace: the title,
 * the period, the demo mark and each section in the report's language, charts drawn with ECharts
 * (zoom with the wheel or + and −). Marked as updating while an edit is not yet computed.
 */
export function ReportPreview({ query, stale }: { query: QueryState<ReportContent>; stale: boolean }) {
  const { t } = useTranslation();
  const content = query.data;
  return (
    <section className="card stack report-preview" aria-labelledby="report-preview-title" aria-busy={stale || query.loading} data-testid="report-preview">
      <div className="row wrap">
        <h2 id="report-preview-title">{t('reports.ui.preview')}</h2>
        {(stale || query.loading) && content && <span className="muted small">{t('reports.ui.updating')}</span>}
      </div>
      {!content ? (
        <QueryFallback query={query} />
      ) : (
        <article className="report-page" lang={content.language}>
          <header className="report-cover">
            <h3 className="report-title" data-testid="preview-title">
              {content.title}
            </h3>
            <p className="report-period">{content.periodText}</p>
            <p className="muted small">
              {t('reports.pdf.generatedAt', { at: formatDateTime(content.generatedAt, content.language), lng: content.language })}
              {content.isDemo && <span className="badge demo">{t('workspace.demoBadge', { lng: content.language })}</span>}
            </p>
          </header>
          {content.blocks.length === 0 && <p className="muted">{t('reports.ui.noSections')}</p>}
          {content.blocks.map((block, i) => (
            <PreviewBlock key={i} block={block} language={content.language} />
          ))}
        </article>
      )}
    </section>
  );
}
