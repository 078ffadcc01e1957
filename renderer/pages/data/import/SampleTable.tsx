import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../engine/api/importTypes.js';
import { fieldLabel } from '../../../i18n/labels.js';

const SHOWN_ROWS = 20;

/** The file's first rows as read, each mapped column labelled with the field it fills. */
export function SampleTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const fieldOf = new Map<number, string>();
  for (const [field, column] of Object.entries(preview.mapping?.fields ?? {})) fieldOf.set(column, field);
  const points = new Set(preview.mapping?.pointColumns ?? []);
  const problemRows = new Set(preview.problems.map((p) => p.row));
  const firstDataRow = preview.headerRow + 2; // 1-based, below the header row
  return (
    <div className="table-scroll sample">
      <table className="table compact" aria-label={t('preview.firstRows')}>
        <thead>
          <tr>
            <th scope="col" className="num">#</th>
            {preview.headers.map((header, i) => (
              <th scope="col" key={i} className={fieldOf.has(i) || points.has(i) ? 'mapped' : 'unmapped'}>
                <div>{header || t('mapping.columnN', { n: i + 1 })}</div>
                {fieldOf.has(i) && preview.kind && <div className="maps-to">→ {fieldLabel(t, preview.kind, fieldOf.get(i)!)}</div>}
                {points.has(i) && <div className="maps-to">→ {t('preview.pointColumn')}</div>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.sampleRows.slice(0, SHOWN_ROWS).map((row, r) => (
            <tr key={r} className={problemRows.has(firstDataRow + r) ? 'has-problem' : ''}>
              <td className="num muted">{firstDataRow + r}</td>
              {preview.headers.map((_, i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
