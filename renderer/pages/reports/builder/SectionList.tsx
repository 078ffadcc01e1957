import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSection } from '../../../../engine/api/reportsTypes.js';
import { sectionLabel } from '../sectionLabel.js';

/**
 * The report's sections in order: each moved up or down or removed with its buttons (the focus
 * follows a moved section, so that the keyboard can move it again), a text section's heading and
 * words edited in place.
 */
export function SectionList({ sections, viewName, onChange }: { sections: ReportSection[]; viewName(viewId: number): string | undefined; onChange(sections: ReportSection[]): void }) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const move = (from: number, to: number, button: 'up' | 'down') => {
    const next = [...sections];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange(next);
    requestAnimationFrame(() => {
      const target = list.current?.querySelector<HTMLButtonElement>(`[data-index="${to}"] [data-move="${button}"]`);
      // At the top or the bottom the button pressed is disabled: the other one takes the focus.
      (target && !target.disabled ? target : list.current?.querySelector<HTMLButtonElement>(`[data-index="${to}"] [data-move="${button === 'up' ? 'down' : 'up'}"]`))?.focus();
    });
  };
  const remove = (index: number) => {
    onChange(sections.filter((_, i) => i !== index));
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`[data-index="${Math.min(index, sections.length - 2)}"] [data-move="remove"]`)?.focus());
  };
  const edit = (index: number, change: { heading?: string; body?: string }) =>
    onChange(sections.map((s, i) => (i === index && s.kind === 'text' ? { ...s, ...change } : s)));
  if (sections.length === 0) return <p className="muted" data-testid="sections-none">{t('reports.ui.noSections')}</p>;
  return (
    <ol className="report-sections" ref={list} data-testid="report-sections">
      {sections.map((section, i) => {
        const label = sectionLabel(t, section, viewName);
        return (
          <li key={i} data-index={i} className="report-section">
            <div className="row">
              <span className="report-section-label">
                <span className="muted small">{t(`reports.ui.kinds.${section.kind}`)}</span> {label}
              </span>
              <span className="row report-section-actions">
                <button type="button" className="btn ghost small" data-move="up" disabled={i === 0} onClick={() => move(i, i - 1, 'up')} aria-label={t('reports.ui.moveUp', { name: label })} title={t('reports.ui.moveUp', { name: label })}>
                  ↑
                </button>
                <button type="button" className="btn ghost small" data-move="down" disabled={i === sections.length - 1} onClick={() => move(i, i + 1, 'down')} aria-label={t('reports.ui.moveDown', { name: label })} title={t('reports.ui.moveDown', { name: label })}>
                  ↓
                </button>
                <button type="button" className="btn ghost small" data-move="remove" onClick={() => remove(i)} aria-label={t('reports.ui.remove', { name: label })} title={t('reports.ui.remove', { name: label })}>
                  ✕
                </button>
              </span>
            </div>
            {section.kind === 'text' && (
              <div className="stack compact">
                <label className="field">
                  <span>{t('reports.ui.heading')}</span>
                  <input type="text" value={section.heading} maxLength={200} onChange={(e) => edit(i, { heading: e.target.value })} data-testid="text-heading" />
                </label>
                <label className="field">
                  <span>{t('reports.ui.body')}</span>
                  <textarea rows={4} value={section.body} maxLength={10_000} onChange={(e) => edit(i, { body: e.target.value })} data-testid="text-body" />
                </label>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
