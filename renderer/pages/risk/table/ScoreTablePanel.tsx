import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskModelDetail } from '../../../../engine/api/riskTypes.js';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { downloadExport } from '../../../api/files.js';
import { startJob } from '../../../api/jobs.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { FilePicker } from '../../../components/FilePicker.js';
import type { PickedFile } from '../../../state/menuCommands.js';

/** Another CSV scored with a table model: id, probability, score, grade, reasons, saved where the user says or downloaded. */
export function ScoreTablePanel({ model }: { model: RiskModelDetail }) {
  const { t } = useTranslation();
  const { info, language } = useSession();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ rows: number; savedTo: string | null } | null>(null);
  const score = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const base = file.name.replace(/\.[^.]*$/, '');
      let target: { path: string; overwrite: true } | null = null;
      if (info.capabilities.nativeDialogs) {
        const chosen = await invoke('dialog.saveFile', { purpose: 'export', defaultName: `${base}-scores.csv` });
        if (!chosen.path) return;
        target = { path: chosen.path, overwrite: true };
      }
      const result = await (await startJob('risk.scoreTable', { modelId: model.modelId, input: file.path, ...target })).result;
      if (info.capabilities.nativeDialogs) setDone({ rows: result.rows, savedTo: result.path });
      else {
        downloadExport(result.path, result.fileName);
        setDone({ rows: result.rows, savedTo: null });
      }
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card stack" aria-labelledby="risk-score-table">
      <h3 id="risk-score-table">{t('risk.table.scoreTitle')}</h3>
      <p className="muted small">{t('risk.table.scoreHint', { columns: model.binnings.map((b) => b.feature).join(t('common.listSeparator')) })}</p>
      <FilePicker label={t('risk.table.chooseScoreFile')} emptyText={t('risk.table.noFile')} accept=".csv,.txt" value={file} onPicked={setFile} testId="risk-score-file" />
      <div className="row wrap">
        <button type="button" className="btn primary" disabled={!file || busy} onClick={() => void score()} data-testid="risk-score-table">
          {busy ? t('risk.table.scoring') : t('risk.table.score')}
        </button>
        {done && (
          <span className="note ok small" data-testid="risk-scored">
            {done.savedTo ? t('risk.table.scoredTo', { rows: formatInteger(done.rows, language), path: done.savedTo }) : t('risk.table.scored', { rows: formatInteger(done.rows, language) })}
          </span>
        )}
      </div>
      {error && <ErrorNote error={error} />}
    </section>
  );
}
