import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSection, ReportSpec } from '../../../../engine/api/reportsTypes.js';
import { useQuery } from '../../../state/useQuery.js';
import { ReportPreview } from '../preview/ReportPreview.js';
import { AddSection } from './AddSection.js';
import { ReportExport } from './ReportExport.js';
import { ReportFields } from './ReportFields.js';
import { SaveReport } from './SaveReport.js';
import { SectionList } from './SectionList.js';

export interface Draft {
  reportId?: number;
  name: string;
  spec: ReportSpec;
}

/** The definition as last edited, half a second after the last keystroke: what the preview computes. */
function useSettled<T>(value: T, ms = 500): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * A report being built: its title, language and months, its sections (added from module charts,
 * saved views and texts; moved up and down, removed, texts edited), saved under a name, and beside
 * it the preview of what the files will hold, exported to PDF or Excel.
 */
export function ReportEditor({ initial }: { initial: Draft }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const views = useQuery('views.list', {});
  const viewName = (viewId: number) => views.data?.find((v) => v.viewId === viewId)?.name;
  const spec = useSettled(draft.spec);
  const preview = useQuery('reports.preview', { spec }, { kinds: 'any' });
  const setSpec = (change: Partial<ReportSpec>) => setDraft((d) => ({ ...d, spec: { ...d.spec, ...change } }));
  const setSections = (sections: ReportSection[]) => setSpec({ sections });
  return (
    <div className="report-layout">
      <div className="stack report-editor" data-testid="report-editor">
        <ReportFields spec={draft.spec} onChange={setSpec} />
        <section className="card stack" aria-labelledby="report-sections-title">
          <h2 id="report-sections-title">{t('reports.ui.sections')}</h2>
          <SectionList sections={draft.spec.sections} viewName={viewName} onChange={setSections} />
          <AddSection views={views.data ?? []} onAdd={(section) => setSections([...draft.spec.sections, section])} />
        </section>
        <SaveReport draft={draft} onSaved={(saved) => setDraft((d) => ({ ...d, reportId: saved.reportId, name: saved.name }))} onName={(name) => setDraft((d) => ({ ...d, name }))} />
        <ReportExport spec={draft.spec} />
      </div>
      <ReportPreview query={preview} stale={spec !== draft.spec} />
    </div>
  );
}
