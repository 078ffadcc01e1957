import { useTranslation } from 'react-i18next';
import type { MappingSpec } from '../../../../engine/api/importTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useStepFocus } from '../../../components/useStepFocus.js';
import { fieldLabel, kindLabel } from '../../../i18n/labels.js';
import type { PickedFile } from '../../../state/menuCommands.js';
import { KindChooser } from './KindChooser.js';
import { MappingEditor } from './MappingEditor.js';
import { ProblemList } from './ProblemList.js';
import { ReadingOptions } from './ReadingOptions.js';
import { fittingKind } from './requirement.js';
import { SampleTable } from './SampleTable.js';
import { TemplateBar } from './TemplateBar.js';
import { usePreview, type PreviewRequest } from './usePreview.js';

/** Check a file before importing it: kind, reading options, mapping, first rows, problems. */
export function PreviewStep({ file, initial, cancelled, position, onRun, onSkip }: {
  file: PickedFile;
  /** The choices made before (when coming back from a cancelled or failed import). */
  initial: PreviewRequest | undefined;
  /** Back here because the user cancelled the import of this file. */
  cancelled: boolean;
  /** "2 of 3" when several files were picked. */
  position: { index: number; count: number };
  onRun(kind: DataKind, mapping: MappingSpec | undefined, request: PreviewRequest): void;
  onSkip(): void;
}) {
  const { t } = useTranslation();
  const state = usePreview(file.path, initial);
  const heading = useStepFocus<HTMLHeadingElement>('.import-wizard');
  const { preview, error, loading } = state;

  // A header with no rows under it: the import would be refused (import.no_rows), so say so now.
  const noRows = preview !== null && preview.headers.length > 0 && preview.sampleSize === 0;
  const fitting = preview ? fittingKind(preview) : null;
  const canImport = preview !== null && preview.kind !== null && preview.missing.length === 0 && !noRows && !loading;
  return (
    <div className="stack preview" aria-busy={loading}>
      <div className="row spread">
        <h2 className="file-title" tabIndex={-1} ref={heading}>
          {file.name}
          {position.count > 1 && <span className="muted small"> · {t('import.fileOf', { n: position.index + 1, count: position.count })}</span>}
        </h2>
        {loading && <span className="muted small">{t('preview.reading')}</span>}
      </div>
      {cancelled && (
        <p className="note warn" role="status" data-testid="import-cancelled">
          {t('import.cancelled')}
        </p>
      )}
      {error && <ErrorNote error={error} />}
      {preview && (
        <>
          <section className="card" aria-labelledby="pv-reading">
            <h3 id="pv-reading">{t('preview.howRead')}</h3>
            <div className="row wrap">
              <KindChooser preview={preview} onChange={state.setKind} disabled={loading} />
            </div>
            <ReadingOptions preview={preview} onOption={state.setOption} disabled={loading} />
          </section>
          {noRows && (
            <ErrorNote error={{ code: 'import.no_rows', message: '', details: { file: preview.fileName, headerRow: preview.headerRow + 1 } }} />
          )}
          {preview.kind === null && !noRows && <p className="note warn">{t('preview.chooseKind')}</p>}
          {/* The kind chosen by hand does not fit the file, another does: one click to switch. */}
          {fitting && (
            <div className="note warn row wrap" role="status" data-testid="fitting-kind">
              <span>{t('preview.looksLike', { kind: kindLabel(t, fitting) })}</span>
              <button type="button" className="btn small" disabled={loading} onClick={() => state.setKind(fitting)}>
                {t('preview.switchKind', { kind: kindLabel(t, fitting) })}
              </button>
            </div>
          )}
          {preview.kind && preview.missing.length > 0 && (
            <div className="note error" role="alert" data-testid="missing-fields">
              <p>{t('preview.missingIntro')}</p>
              <ul>
                {preview.missing.map((m) => (
                  <li key={m.field}>
                    {/* The headers follow the field as each language writes an aside: ' (…)' or '（…）'. */}
                    <strong>{fieldLabel(t, preview.kind!, m.field)}</strong>
                    {t('preview.acceptedHeaders', { headers: m.accepted.join(t('common.listSeparator')) })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {preview.kind && preview.spec && (
            <section className="card" aria-labelledby="pv-mapping">
              <h3 id="pv-mapping">{t('mapping.title')}</h3>
              <MappingEditor preview={preview} onChange={state.setField} onMeter={(meter) => state.setOption('meter', meter)} disabled={loading} />
              <TemplateBar kind={preview.kind} mapping={preview.mappingSpec} onApply={state.applyMapping} disabled={loading} />
            </section>
          )}
          <section className="card" aria-labelledby="pv-rows">
            <h3 id="pv-rows">{t('preview.firstRows')}</h3>
            <SampleTable preview={preview} />
          </section>
          {preview.kind && !noRows && (
            <section className="card" aria-labelledby="pv-problems">
              <h3 id="pv-problems">{t('preview.problems')}</h3>
              <ProblemList preview={preview} />
            </section>
          )}
        </>
      )}
      <div className="row end sticky-actions">
        <button type="button" className="btn" onClick={onSkip}>
          {position.count > 1 ? t('import.skipFile') : t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn primary"
          disabled={!canImport}
          onClick={() => preview?.kind && onRun(preview.kind, preview.mappingSpec ?? undefined, state.request)}
        >
          {preview?.kind ? t('import.runAs', { kind: t(`kinds.${preview.kind}`) }) : t('import.run')}
        </button>
      </div>
    </div>
  );
}
