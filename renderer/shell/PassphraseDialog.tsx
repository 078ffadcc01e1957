import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog.js';
import { usePassphraseRequest } from '../state/passphrasePrompt.js';

/** Asks for an encrypted workspace's passphrase when opening it needs one (state/passphrasePrompt.ts). */
export function PassphraseDialog() {
  const { t } = useTranslation();
  const request = usePassphraseRequest();
  const [passphrase, setPassphrase] = useState('');
  useEffect(() => setPassphrase(''), [request]);
  const name = request?.path.split(/[\\/]/).pop() ?? '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) request?.answer(passphrase);
  };
  return (
    <Dialog title={t('security.passphrase.title')} open={request !== null} onClose={() => request?.answer(null)}>
      <form className="stack" onSubmit={submit}>
        <p>{t('security.passphrase.explain', { name })}</p>
        {request?.wrong && (
          <p className="note error" role="alert" data-testid="wrong-passphrase">
            {t('security.passphrase.wrong')}
          </p>
        )}
        <label className="field">
          <span>{t('security.passphrase.label')}</span>
          <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoFocus autoComplete="off" data-testid="passphrase-input" />
        </label>
        <div className="row end">
          <button type="button" className="btn" onClick={() => request?.answer(null)}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={!passphrase} data-testid="passphrase-open">
            {t('workspace.open')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
