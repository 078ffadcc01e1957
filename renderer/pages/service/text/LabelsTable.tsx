import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatInteger, formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { ticketTypeLabel } from '../texts.js';
import { textLabel } from './textLabel.js';
import { Pager } from '../Pager.js';

const PAGE = 50;

/** The labels the model (or a rule) gave the workspace's tickets, filtered by label, paged. */
export function LabelsTable({ modelId, task, labels }: { modelId: number; task: string; labels: string[] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [label, setLabel] = useState('');
  const [offset, setOffset] = useState(0);
  const page = useQuery('text.labels', { modelId, ...(label ? { label } : {}), offset, limit: PAGE });
  return (
    <section className="card stack" aria-labelledby="text-labels-title">
      <div className="row spread wrap">
        <h2 id="text-labels-title">{t('service.text.labelsTitle')}</h2>
        <label className="field inline">
          <span>{t('service.text.label')}</span>
          <select value={label} onChange={(e) => {
              setLabel(e.target.value);
              setOffset(0);
            }} data-testid="text-label-filter">
            <option value="">{t('service.all')}</option>
            {labels.map((l) => (
              <option key={l} value={l}>{textLabel(t, task, l)}</option>
            ))}
          </select>
        </label>
      </div>
      {!page.data ? (
        page.error?.code === 'not_found' ? <p className="muted">{t('service.text.notClassified')}</p> : <QueryFallback query={page} />
      ) : page.data.total === 0 ? (
        <p className="muted">{t('service.text.notClassified')}</p>
      ) : (
        <>
          <p className="muted small" data-testid="text-labels-count">{t('service.text.labelsCount', { count: page.data.total, tickets: formatInteger(page.data.total, language) })}</p>
          <div className="table-scroll">
            <table className="table" data-testid="text-labels">
              <thead>
                <tr>
                  <th scope="col">{t('service.columns.ticket')}</th>
                  <th scope="col">{t('service.columns.day')}</th>
                  <th scope="col">{t('service.columns.type')}</th>
                  <th scope="col">{t('service.columns.text')}</th>
                  <th scope="col">{t('service.text.label')}</th>
                  <th scope="col" className="num">{t('service.text.confidence')}</th>
                  <th scope="col">{t('service.text.decidedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {page.data.rows.map((r) => (
                  <tr key={r.ticketId}>
                    <td className="mono">{r.ticketId}</td>
                    <td>{r.day}</td>
                    <td>{ticketTypeLabel(t, r.type)}</td>
                    <td className="text-cell" title={r.text}>{r.text}</td>
                    <td className="strong">{textLabel(t, task, r.label)}</td>
                    <td className="num">{formatPercent(r.confidence, language, 0)}</td>
                    <td>{r.ruleWord ? t('service.text.byRule', { word: r.ruleWord }) : t('service.text.byModel')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager offset={offset} total={page.data.total} size={PAGE} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
