import { useTranslation } from 'react-i18next';
import type { ReportSpec } from '../../../../engine/api/reportsTypes.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { parseSource } from '../source.js';
import { ReportEditor, type Draft } from './ReportEditor.js';

/** The builder on what the route names: a saved report, the monthly template for a month, or an empty report. */
export function BuilderTab({ source: detail }: { source: string | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const source = parseSource(detail);
  const saved = useQuery('reports.get', { reportId: source.kind === 'saved' ? source.reportId : 1 }, { enabled: source.kind === 'saved' });
  const template = useQuery(
    'reports.templates',
    source.kind === 'monthly' ? { language: source.language, month: source.month } : { language },
    { enabled: source.kind !== 'saved' },
  );
  let draft: Draft | null = null;
  if (source.kind === 'saved' && saved.data) draft = { reportId: saved.data.reportId, name: saved.data.name, spec: saved.data.spec };
  const monthly = template.data?.[0]?.spec;
  if (source.kind === 'monthly' && monthly) draft = { name: monthly.title, spec: monthly };
  if (source.kind === 'new' && monthly) {
    // An empty report over the template's month, to fill with sections.
    const spec: ReportSpec = { title: t('reports.ui.untitled'), language, period: monthly.period, sections: [] };
    draft = { name: spec.title, spec };
  }
  if (!draft) return <QueryFallback query={source.kind === 'saved' ? saved : template} />;
  // A new source starts a new draft.
  return <ReportEditor key={detail ?? 'new'} initial={draft} />;
}
