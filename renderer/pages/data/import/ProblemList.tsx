import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../engine/api/importTypes.js';
import { formatInteger } from '../../../i18n/format.js';
import { problemText } from '../../../i18n/labels.js';
import { useSession } from '../../../state/session.js';

const SHOWN = 50;

/** Rows of the sample that would be quarantined, and why. */
export function ProblemList({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const { language } = useSession();
  // Rows are validated only against a complete mapping: without one, nothing was checked.
  if (preview.missing.length > 0) return <p className="note">{t('preview.notChecked')}</p>;
  if (preview.problems.length === 0) {
    return <p className="note ok">{t('preview.noProblems', { rows: formatInteger(preview.sampleSize, language) })}</p>;
  }
  return (
    <div className="stack">
      <p className="note warn">
        {t('preview.problemsFound', { count: preview.problems.length, rows: formatInteger(preview.sampleSize, language) })}
      </p>
      <table className="table compact problems" aria-label={t('preview.problems')}>
        <thead>
          <tr>
            <th scope="col" className="num">{t('quarantine.row')}</th>
            <th scope="col">{t('quarantine.column')}</th>
            <th scope="col">{t('quarantine.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.problems.slice(0, SHOWN).map((problem, i) => (
            <tr key={i}>
              <td className="num">{problem.row}</td>
              <td>{problem.column || t('quarantine.wholeRow')}</td>
              <td title={problem.reason}>{problemText(t, problem)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
