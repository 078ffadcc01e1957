import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArgsIn } from '../../../../engine/api/contract.js';
import type { RiskModelInfo, RiskTablePreview } from '../../../../engine/api/riskTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/** The preview's columns: kind, distinct values and missing; choose the 0/1 target, the id and the columns left out, then train. */
export function TableSetup({ preview, onTrained }: { preview: RiskTablePreview; onTrained(model: RiskModelInfo, args: ArgsIn<'risk.trainTable'>): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const targets = preview.columns.filter((c) => c.binary).map((c) => c.name);
  const [target, setTarget] = useState(targets[targets.length - 1] ?? '');
  const [id, setId] = useState('');
  const [exclude, setExclude] = useState<string[]>([]);
  const job = useForecastJob('risk.trainTable');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (job.running || !target) return;
    const left = exclude.filter((c) => c !== target && c !== id);
    const args = { path: preview.path, target, ...(id ? { id } : {}), ...(left.length > 0 ? { exclude: left } : {}) };
    void job.start(args).then((model) => model && onTrained(model, args));
  };
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="risk-table-setup">
      <h3 id="risk-table-setup">{t('risk.table.setupTitle', { file: preview.fileName, rows: formatInteger(preview.rows, language) })}</h3>
      {targets.length === 0 && <p className="note warn small">{t('risk.table.noTarget')}</p>}
      <div className="row wrap">
        <label className="field inline">
          <span>{t('risk.table.target')}</span>
          <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="risk-table-target">
            {targets.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span>{t('risk.table.id')}</span>
          <select value={id} onChange={(e) => setId(e.target.value)} data-testid="risk-table-id">
            <option value="">{t('risk.table.noId')}</option>
            {preview.columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="table-scroll risk-preview-scroll">
        <table className="table" data-testid="risk-table-columns">
          <thead>
            <tr>
              <th scope="col">{t('risk.table.column')}</th>
              <th scope="col">{t('risk.table.kind')}</th>
              <th scope="col" className="num">{t('risk.table.distinct')}</th>
              <th scope="col" className="num">{t('risk.table.missing')}</th>
              <th scope="col">{t('risk.table.use')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((c) => {
              const role = c.name === target ? 'target' : c.name === id ? 'id' : null;
              return (
                <tr key={c.name} data-column={c.name}>
                  <th scope="row" className="mono">{c.name}</th>
                  <td>
                    {t(`risk.table.kinds.${c.kind}`)}
                    {c.binary && <span className="tag">{t('risk.table.binary')}</span>}
                  </td>
                  <td className="num">{formatInteger(c.distinct, language)}</td>
                  <td className="num">{formatInteger(c.missing, language)}</td>
                  <td>
                    {role ? (
                      <span className="tag ok">{t(`risk.table.roles.${role}`)}</span>
                    ) : (
                      <label className="inline-check">
                        <input
                          type="checkbox"
                          checked={!exclude.includes(c.name)}
                          onChange={(e) => setExclude(e.target.checked ? exclude.filter((x) => x !== c.name) : [...exclude, c.name])}
                          aria-label={t('risk.table.useColumn', { column: c.name })}
                        />
                        {t('risk.table.feature')}
                      </label>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="row wrap">
        {job.running ? (
          <JobProgress job={job} label={t('risk.table.training')} />
        ) : (
          <button type="submit" className="btn primary" disabled={!target} data-testid="risk-table-train">
            {t('risk.table.train')}
          </button>
        )}
      </div>
      {job.error && <ErrorNote error={job.error} />}
    </form>
  );
}
