import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserInfo } from '../../../../engine/api/securityTypes.js';
import { Dialog } from '../../../components/Dialog.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/** Set a profile's password, or remove it (signing in as it then needs none). */
export function PasswordDialog({ user, onClose }: { user: UserInfo | null; onClose(): void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const job = useForecastJob('users.setPassword');
  const { clearError } = job;
  useEffect(() => {
    setPassword('');
    setRepeat('');
    clearError();
  }, [user, clearError]);
  const run = (next: string | null) => {
    if (!user) return;
    void job.start({ name: user.name, password: next }).then((done) => done && onClose());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password && password === repeat) run(password);
  };
  return (
    <Dialog title={t('security.users.passwordTitle', { name: user?.name ?? '' })} open={user !== null} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <label className="field">
          <span>{t('security.users.newPassword')}</span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" autoFocus />
        </label>
        <label className="field">
          <span>{t('security.users.repeatPassword')}</span>
          <input type="password" value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" />
        </label>
        {repeat && password !== repeat && <p className="note warn">{t('security.users.passwordsDiffer')}</p>}
        {job.error && <ErrorNote error={job.error} />}
        <div className="row end">
          {user?.hasPassword && (
            <button type="button" className="btn" onClick={() => run(null)} disabled={job.running}>
              {t('security.users.removePassword')}
            </button>
          )}
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={job.running || !password || password !== repeat}>
            {t('security.users.setPassword')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
