import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useSession } from '../../../state/session.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

type Step = 'idle' | 'set' | 'remove';

/**
 * Encryption at rest of the open workspace: encrypt it, change its passphrase or remove it, each
 * confirmed, with progress; a lost passphrase cannot be recovered, which the user acknowledges.
 */
export function EncryptionPanel() {
  const { t } = useTranslation();
  const { workspace, refreshWorkspace } = useSession();
  const [step, setStep] = useState<Step>('idle');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const job = useForecastJob('workspace.setPassphrase');
  if (!workspace) return null;
  const encrypted = workspace.encrypted;
  const reset = () => {
    setStep('idle');
    setPassphrase('');
    setRepeat('');
    setUnderstood(false);
  };
  const run = (next: string | null) => {
    setDone(null);
    void job.start({ passphrase: next }).then(async (result) => {
      await refreshWorkspace();
      if (!result) return;
      reset();
      setDone(result.encrypted ? t('security.encryption.doneEncrypted') : t('security.encryption.doneDecrypted'));
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step === 'set' && passphrase && passphrase === repeat && understood) run(passphrase);
    if (step === 'remove') run(null);
  };
  return (
    <section className="stack" aria-labelledby="encryption-title" data-testid="encryption-panel">
      <h2 id="encryption-title">{t('security.encryption.title')}</h2>
      <p data-testid="encryption-state">{encrypted ? t('security.encryption.isEncrypted') : t('security.encryption.isPlain')}</p>
      <p className="muted small">{t('security.encryption.explain')}</p>
      {step === 'idle' && !job.running && (
        <div className="row">
          <button type="button" className="btn primary" onClick={() => setStep('set')} data-testid="encryption-set">
            {encrypted ? t('security.encryption.change') : t('security.encryption.encrypt')}
          </button>
          {encrypted && (
            <button type="button" className="btn danger" onClick={() => setStep('remove')} data-testid="encryption-remove">
              {t('security.encryption.remove')}
            </button>
          )}
        </div>
      )}
      {step !== 'idle' && !job.running && (
        <form className="stack" onSubmit={submit}>
          {step === 'set' ? (
            <>
              <p className="note warn" role="note">
                {t('security.encryption.warning')}
              </p>
              <div className="row wrap">
                <label className="field inline">
                  <span>{t('security.encryption.newPassphrase')}</span>
                  <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" autoFocus data-testid="encryption-passphrase" />
                </label>
                <label className="field inline">
                  <span>{t('security.encryption.repeat')}</span>
                  <input type="password" value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" data-testid="encryption-repeat" />
                </label>
              </div>
              {repeat && passphrase !== repeat && <p className="note warn">{t('security.encryption.differ')}</p>}
              <label className="check">
                <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} data-testid="encryption-understood" />
                <span>{t('security.encryption.understood')}</span>
              </label>
            </>
          ) : (
            <p className="note warn">{t('security.encryption.removeConfirm')}</p>
          )}
          <div className="row">
            <button type="button" className="btn" onClick={reset} autoFocus={step === 'remove'}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className={step === 'remove' ? 'btn danger' : 'btn primary'}
              disabled={step === 'set' && (!passphrase || passphrase !== repeat || !understood)}
              data-testid="encryption-confirm"
            >
              {step === 'remove' ? t('security.encryption.remove') : encrypted ? t('security.encryption.change') : t('security.encryption.encrypt')}
            </button>
          </div>
        </form>
      )}
      <JobProgress job={job} label={t('security.encryption.running')} />
      {job.error && <ErrorNote error={job.error} />}
      {done && (
        <p className="note success" role="status" data-testid="encryption-done">
          {done}
        </p>
      )}
    </section>
  );
}
