import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../engine/api/importTypes.js';
import { fieldLabel } from '../../../i18n/labels.js';
import { describeRequirement } from './requirement.js';

/**
 * For each field of the kind, the column it is read from. Columns are named by header text,
 * portable to the next month's file; a header that occurs twice is named by its position.
 */
export function MappingEditor({ preview, onChange, disabled }: {
  preview: ImportPreview;
  onChange(field: string, column: string | number | null): void;
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
                    {field.unit && <span className="muted small"> ({field.unit})</span>}
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
                    <option value="">{t('mapping.notMapped')}</option>
                    {preview.headers.map((header, i) => (
                      <option key={i} value={i}>
                        {header === '' ? t('mapping.columnN', { n: i + 1 }) : duplicated.has(header) ? `${header} (${i + 1})` : header}
                      </option>
                    ))}
                  </select>
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
