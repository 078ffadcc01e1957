import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POINTS_FIELD, type ImportPreview } from '../../../../engine/api/importTypes.js';
import { fieldLabel } from '../../../i18n/labels.js';
import { describeRequirement } from './requirement.js';

/** Kinds whose files may hold one meter's data without a meter column. */
const METER_OPTION_KINDS = ['interval', 'daily'];

/**
 * For each field of the kind, the column it is read from, or none ('do not import': null to the
 * engine, which otherwise detects the field from its header again). Columns are named by header
 * text, portable to the next month's file; a header that occurs twice is named by its position.
 */
export function MappingEditor({ preview, onChange, onMeter, disabled }: {
  preview: ImportPreview;
  onChange(field: string, column: string | number | null): void;
  /** One meter for the whole file, for curves exported without a meter column. */
  onMeter(meter: string | undefined): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const spec = preview.spec;
  if (!spec) return null;
  const { required, choices } = describeRequirement(spec.requirement);
  const inAChoice = new Set(choices.flat());
  const columnOf = preview.mapping?.fields ?? {};
  const duplicated = new Set(preview.headers.filter((header, i) => preview.headers.indexOf(header) !== i));
  const firstRow = preview.sampleRows[0] ?? [];
  const kind = spec.kind;
  // A curve's values are in the unit the file was read in (kW of power or kWh per interval), not always the field's kW.
  const unitOf = (field: { name: string; unit?: string }) =>
    kind === 'interval' && (field.name === 'value' || field.name === POINTS_FIELD) && preview.layout ? preview.layout.unit : field.unit;
  const meterOption = preview.mapping?.options.meter;

  return (
    <div className="stack">
      {choices.length > 0 && (
        <p className="muted small">
          {t('mapping.choices', {
            choices: choices.map((choice) => choice.map((field) => fieldLabel(t, kind, field)).join(' + ')).join(t('mapping.or')),
          })}
        </p>
      )}
      <table className="table mapping" aria-label={t('mapping.title')}>
        <thead>
          <tr>
            <th scope="col">{t('mapping.field')}</th>
            <th scope="col">{t('mapping.column')}</th>
            <th scope="col">{t('mapping.firstValue')}</th>
          </tr>
        </thead>
        <tbody>
          {spec.fields.map((field) => {
            if (field.name === POINTS_FIELD) return <PointColumnsRow key={field.name} preview={preview} />;
            const column = columnOf[field.name];
            const isRequired = required.has(field.name);
            const missing = preview.missing.some((m) => m.field === field.name);
            const id = `map-${field.name}`;
            return (
              <tr key={field.name} className={missing ? 'missing' : ''} data-field={field.name}>
                <th scope="row">
                  <label htmlFor={id}>
                    {fieldLabel(t, kind, field.name)}
                    {isRequired && (
                      <abbr className="required" title={t('mapping.required')}>
                        *
                      </abbr>
                    )}
                    {inAChoice.has(field.name) && (
                      <abbr className="choice" title={t('mapping.oneOf')}>
                        †
                      </abbr>
                    )}
                    {field.personal && <span className="badge personal">{t('mapping.personal')}</span>}
                    {unitOf(field) && <span className="muted small field-unit">{t('mapping.withUnit', { unit: t(`mapping.units.${unitOf(field)}`, { defaultValue: unitOf(field)! }) })}</span>}
                  </label>
                </th>
                <td>
                  <select
                    id={id}
                    value={column === undefined ? '' : String(column)}
                    disabled={disabled}
                    onChange={(e) => {
                      if (e.target.value === '') return onChange(field.name, null);
                      const index = Number(e.target.value);
                      const header = preview.headers[index]!;
                      onChange(field.name, duplicated.has(header) || header === '' ? index : header);
                    }}
                  >
                    {/* Not imported: sent as null, so that the engine does not detect the field again. */}
                    <option value="">
                      {t('mapping.notMapped')}
                    </option>
                    {preview.headers.map((header, i) => (
                      <option key={i} value={i}>
                        {header === '' ? t('mapping.columnN', { n: i + 1 }) : duplicated.has(header) ? `${header} (${i + 1})` : header}
                      </option>
                    ))}
                  </select>
                  {field.name === 'meter' && METER_OPTION_KINDS.includes(kind) && (column === undefined || meterOption) && (
                    <MeterOption value={meterOption ?? ''} onChange={onMeter} disabled={disabled} />
                  )}
                </td>
                <td className="sample-value">{column === undefined ? '' : (firstRow[column] ?? '')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Wide curves: the point columns are found by their headers (P1..P96, 00:15..24:00), not chosen. */
function PointColumnsRow({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const count = preview.mapping?.pointColumns?.length ?? 0;
  return (
    <tr data-field={POINTS_FIELD}>
      <th scope="row">{fieldLabel(t, 'interval', POINTS_FIELD)}</th>
      <td colSpan={2} className={count > 0 ? '' : 'muted'}>
        {count > 0 ? t('mapping.pointsFound', { count }) : t('mapping.pointsNone')}
      </td>
    </tr>
  );
}

function MeterOption({ value, onChange, disabled }: { value: string; onChange(meter: string | undefined): void; disabled: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const commit = () => onChange(text.trim() || undefined);
  return (
    <label className="field meter-option">
      <span>{t('mapping.meterForFile')}</span>
      <input
        value={text}
        maxLength={100}
        disabled={disabled}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => text.trim() !== value && commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </label>
  );
}
