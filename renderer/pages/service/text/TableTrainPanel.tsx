import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextModelInfo } from '../../../../engine/api/textTypes.js';
import { FilePicker } from '../../../components/FilePicker.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatInteger } from '../../../i18n/format.js';
import type { PickedFile } from '../../../state/menuCommands.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/** An analyst's labelled CSV: pick it, choose its text and label columns (a few values of each shown), train. */
export function TableTrainPanel({ onTrained }: { onTrained(model: TextModelInfo): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [text, setText] = useState('');
  const [label, setLabel] = useState('');
  const preview = useQuery('text.previewTable', { path: file?.path ?? '' }, { enabled: file !== null });
  const job = useForecastJob('text.train');
  const columns = preview.data?.columns ?? [];
  useEffect(() => {
    // The longest texts are the likely text column; the column with fewest distinct values the likely label.
    const columns = preview.data?.columns ?? [];
    if (columns.length < 2) return;
    const byLength = [...columns].sort((a, b) => longest(b.samples) - longest(a.samples));
    const byDistinct = [...columns].filter((c) => c.name !== byLength[0]!.name).sort((a, b) => a.distinct - b.distinct);
    setText(byLength[0]!.name);
    setLabel(byDistinct[0]!.name);
  }, [preview.data]);
  const valid = file !== null && text !== '' && label !== '' && text !== label;
  const train = () => file && valid && void job.start({ source: 'table', path: file.path, text, label, folds: 5 }).then((r) => r && onTrained(r));
  const select = (value: string, onChange: (v: string) => void, name: string, testId: string) => (
    <label className="field inline">
      <span>{name}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {columns.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="stack compact">
      <FilePicker label={t('service.text.chooseCsv')} emptyText={t('service.text.noCsv')} accept=".csv,.txt" value={file} onPicked={setFile} testId="text-csv" />
      {file && !preview.data && <QueryFallback query={preview} />}
      {preview.data && (
        <>
          <p className="muted small">{t('service.text.csvRows', { rows: formatInteger(preview.data.rows, language), file: preview.data.fileName })}</p>
          <div className="row wrap">
            {select(text, setText, t('service.text.textColumn'), 'text-column')}
            {select(label, setLabel, t('service.text.labelColumn'), 'label-column')}
            {job.running ? (
              <JobProgress job={job} label={t('service.text.training')} />
            ) : (
              <button type="button" className="btn primary" disabled={!valid} onClick={train} data-testid="text-train-csv">
                {t('service.text.trainCsv')}
              </button>
            )}
          </div>
        </>
      )}
      {job.error && <ErrorNote error={job.error} />}
    </div>
  );
}

function longest(samples: string[]): number {
  return Math.max(0, ...samples.map((s) => s.length));
}
