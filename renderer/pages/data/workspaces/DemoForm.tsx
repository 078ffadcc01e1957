import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelJob, startJob, type JobProgress } from '../../../api/jobs.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

/** demo.create's default seed: a demo of another seed says which in its name. */
const DEFAULT_SEED = 1;
const SIZES = { small: { customers: 500, days: 120 }, standard: { customers: 5000, days: 730 }, large: { customers: 50_000, days: 730 } } as const;

/** Generate a demo workspace (a job) and open it when done. The same seed gives the same region. */
export function DemoForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [seed, setSeed] = useState(DEFAULT_SEED);
  const [size, setSize] = useState<keyof typeof SIZES>('standard');
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setProgress(null);
    try {
      const { customers } = SIZES[size];
      const count = formatInteger(customers, language);
      // Named in the user's language; the engine's own default is English.
      const name = seed === DEFAULT_SEED ? t('demo.name', { customers: count }) : t('demo.nameSeed', { customers: count, seed });
      const job = await startJob('demo.create', { seed, ...SIZES[size], open: true, name }, setProgress);
      setJobId(job.jobId);
      await job.result;
      onDone?.();
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code !== 'cancelled') setError(apiError);
    } finally {
      setJobId(null);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-label={t('demo.title')}>
      <p className="muted small">{t('demo.explain')}</p>
      <div className="row wrap">
        <label className="field">
          <span>{t('demo.size')}</span>
          <select value={size} onChange={(e) => setSize(e.target.value as keyof typeof SIZES)} disabled={jobId !== null}>
            {(Object.keys(SIZES) as (keyof typeof SIZES)[]).map((key) => (
              <option key={key} value={key}>
                {t(`demo.sizes.${key}`, { customers: formatInteger(SIZES[key].customers, language), days: formatInteger(SIZES[key].days, language) })}
              </option>
            ))}
          </select>
        </label>
        <label className="field narrow">
          <span>{t('demo.seed')}</span>
          <input type="number" min={0} step={1} value={seed} onChange={(e) => setSeed(Math.max(0, Math.trunc(Number(e.target.value) || 0)))} disabled={jobId !== null} />
        </label>
      </div>
      {jobId === null ? (
        <div className="row">
          <button type="submit" className="btn primary">
            {t('demo.generate')}
          </button>
        </div>
      ) : (
        <div className="stack">
          <ProgressBar fraction={progress?.fraction ?? 0} etaSeconds={progress?.etaSeconds} label={t('demo.generating')} />
          <div className="row">
            <button type="button" className="btn danger" onClick={() => void cancelJob(jobId).catch((e: unknown) => setError(toApiError(e)))}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <ErrorNote error={error} />}
    </form>
  );
}
