import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client.js';
import { toApiError, type ApiError } from '../api/errors.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useSession } from '../state/session.js';
import { useSignedIn } from '../state/signedIn.js';

/**
 * Sign in to a workspace with user profiles: open by itself while nobody is signed in, and when
 * asked to switch profile. Without signing in, nothing of the workspace can be read.
 */
export function SignInDialog({ switching, onClose }: { switching: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const { session, signIn } = useSignedIn();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const required = Boolean(workspace && session?.profiles && session.actor === null);
  // Esc cannot dismiss a required sign-in: the dialog shows again at once (Close workspace leaves).
  const [bounced, setBounced] = useState(false);
  useEffect(() => setBounced(false), [bounced]);
  const open = (required && !bounced) || switching;
  useEffect(() => {
    setPassword('');
    setError(null);
  }, [open]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await signIn(name.trim(), password || undefined);
      setPassword('');
      onClose();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('security.signIn.title')} open={open} onClose={() => (required ? setBounced(true) : onClose())}>
      <form className="stack" onSubmit={(e) => void submit(e)} data-testid="sign-in-form">
        <p className="muted">{t('security.signIn.explain', { name: workspace?.name ?? '' })}</p>
        <label className="field">
          <span>{t('security.users.name')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus autoComplete="username" data-testid="sign-in-name" />
        </label>
        <label className="field">
          <span>{t('security.users.password')}</span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" data-testid="sign-in-password" />
        </label>
        <p className="muted small">{t('security.signIn.noPassword')}</p>
        {error && <ErrorNote error={error} />}
        <div className="row end">
          {required ? (
            // Not everyone may sign in here: they can still leave for another workspace.
            <button type="button" className="btn" onClick={() => void invoke('workspace.close', {}).catch((caught: unknown) => setError(toApiError(caught)))}>
              {t('workspace.close')}
            </button>
          ) : (
            <button type="button" className="btn" onClick={onClose}>
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" className="btn primary" disabled={busy || !name.trim()} data-testid="sign-in-submit">
            {t('security.signIn.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
