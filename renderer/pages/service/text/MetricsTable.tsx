import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextModelInfo, TextTopTerms } from '../../../../engine/api/textTypes.js';
import { SortHeader } from '../../../components/TableCells.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { textLabel } from './textLabel.js';

type Sort = 'support' | 'f1';

/** Per label: cross-validated precision, recall, F1, the texts it has and the model's top terms for it. */
export function MetricsTable({ model, terms }: { model: TextModelInfo; terms: TextTopTerms | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [sort, setSort] = useState<Sort>('support');
  const rows = [...model.metrics.perLabel].sort((a, b) => b[sort] - a[sort]);
  const termsOf = (label: string) => terms?.labels.find((l) => l.label === label)?.terms.map((term) => term.term).join(' · ') ?? '';
  return (
    <div className="table-scroll">
      <table className="table" data-testid="text-metrics">
        <thead>
          <tr>
            <th scope="col">{t('service.text.label')}</th>
            <SortHeader label={t('service.text.support')} order={sort === 'support' ? 'descending' : 'none'} onSort={() => setSort('support')} />
            <th scope="col" className="num">{t('service.text.precision')}</th>
            <th scope="col" className="num">{t('service.text.recall')}</th>
            <SortHeader label={t('service.text.f1')} order={sort === 'f1' ? 'descending' : 'none'} onSort={() => setSort('f1')} />
            <th scope="col">{t('service.text.topTerms')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} data-label={r.label}>
              <td>{textLabel(t, model.task, r.label)}</td>
              <td className="num">{formatInteger(r.support, language)}</td>
              <td className="num">{formatDecimal(r.precision, language, 3)}</td>
              <td className="num">{formatDecimal(r.recall, language, 3)}</td>
              <td className="num strong">{formatDecimal(r.f1, language, 3)}</td>
              <td className="terms-cell">{termsOf(r.label) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
