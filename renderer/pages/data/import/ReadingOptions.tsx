import { useTranslation } from 'react-i18next';
import type { ImportOptions, ImportPreview, TextEncodingName } from '../../../../engine/api/importTypes.js';
import { formatBytes } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

const ENCODINGS: TextEncodingName[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

/** How the file is read: what was detected, and the options to correct it. */
export function ReadingOptions({ preview, onOption, disabled }: {
  preview: ImportPreview;
  onOption<K extends keyof ImportOptions>(key: K, value: ImportOptions[K] | undefined): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useSession();
  const options = preview.mapping?.options;
  const delimiterName = (d: string | null) =>
    d === ',' ? t('preview.delimiters.comma') : d === '\t' ? t('preview.delimiters.tab') : d === ';' ? t('preview.delimiters.semicolon') : d === '|' ? t('preview.delimiters.pipe') : (d ?? '—');
  return (
    <div className="reading-options">
      <dl className="facts inline">
        <dt>{t('preview.format')}</dt>
        <dd>{preview.format.toUpperCase()} · {formatBytes(preview.sizeBytes, language)}</dd>
        {preview.format === 'csv' && (
          <>
            <dt>{t('preview.delimiter')}</dt>
            <dd>{delimiterName(preview.delimiter)}</dd>
          </>
        )}
      </dl>
      <div className="row wrap">
        {preview.format === 'csv' && (
          <label className="field">
            <span>{t('preview.encoding')}</span>
            <select
              value={options?.encoding ?? preview.encoding ?? ''}
              disabled={disabled}
              onChange={(e) => onOption('encoding', (e.target.value || undefined) as TextEncodingName | undefined)}
            >
              {ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {t(`preview.encodings.${encoding}`)}
                  {encoding === preview.encoding && !options?.encoding ? ` ${t('preview.detectedMark')}` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        {preview.format === 'xlsx' && preview.sheets.length > 0 && (
          <label className="field">
            <span>{t('preview.sheet')}</span>
            <select value={options?.sheet ?? preview.sheets[0]} disabled={disabled} onChange={(e) => onOption('sheet', e.target.value)}>
              {preview.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field narrow">
          <span>{t('preview.headerRow')}</span>
          <input
            type="number"
            min={1}
            max={1001}
            value={preview.headerRow + 1}
            disabled={disabled}
            onChange={(e) => {
              const row = Math.trunc(Number(e.target.value));
              if (row >= 1 && row <= 1001) onOption('headerRow', row - 1);
            }}
          />
        </label>
        {preview.layout && (
          <>
            <label className="field">
              <span>{t('preview.unit')}</span>
              <select value={preview.layout.unit} disabled={disabled} onChange={(e) => onOption('unit', e.target.value as 'kW' | 'kWh')}>
                <option value="kW">{t('preview.units.kW')}</option>
                <option value="kWh">{t('preview.units.kWh')}</option>
              </select>
            </label>
            {preview.layout.format === 'long' && (
              <label className="field">
                <span>{t('preview.timeLabel')}</span>
                <select value={preview.layout.timeLabel} disabled={disabled} onChange={(e) => onOption('timeLabel', e.target.value as 'start' | 'end')}>
                  <option value="start">{t('preview.timeLabels.start')}</option>
                  <option value="end">{t('preview.timeLabels.end')}</option>
                </select>
              </label>
            )}
          </>
        )}
      </div>
      {preview.layout && (
        <p className="muted small">
          {t(preview.layout.format === 'wide' ? 'preview.layoutWide' : 'preview.layoutLong', { points: preview.layout.points })}
        </p>
      )}
    </div>
  );
}
