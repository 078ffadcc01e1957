import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../engine/api/importTypes.js';
import { dataKinds, type DataKind } from '../../../../engine/api/types.js';
import { kindLabel } from '../../../i18n/labels.js';

/** The kind the file will be imported as: the detected one, the close alternatives first. */
export function KindChooser({ preview, onChange, disabled }: { preview: ImportPreview; onChange(kind: DataKind): void; disabled: boolean }) {
  const { t } = useTranslation();
  const scored = preview.kindScores.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  const rest = dataKinds.filter((kind) => !scored.some((s) => s.kind === kind));
  const detected = scored[0]?.kind ?? null;
  return (
    <label className="field">
      <span>{t('preview.kind')}</span>
      <select value={preview.kind ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value as DataKind)} data-testid="kind-select">
        {preview.kind === null && <option value="">{t('preview.kindUnknown')}</option>}
        <optgroup label={t('preview.likelyKinds')}>
          {scored.map((s) => (
            <option key={s.kind} value={s.kind}>
              {s.kind === detected ? t('preview.detected', { kind: kindLabel(t, s.kind) }) : kindLabel(t, s.kind)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('preview.otherKinds')}>
          {rest.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(t, kind)}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
