import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useSession } from '../../../state/session.js';
import { useAction } from './useAction.js';

/**
 * A new, empty workspace: by name in the workspaces folder, or (desktop app) wherever the
 * user saves it with the native dialog.
 */
export function NewWorkspaceForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { info } = useSession();
  const [name, setName] = useState('');
  // Encrypted from the start, when asked: the passphrase twice and the warning acknowledged.
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [understood, setUnderstood] = useState(false);
  const ready = !encrypt || (passphrase !== '' && passphrase === repeat && understood);
  const create = useCallback(
    async (where: 'folder' | 'dialog') => {
      const trimmed = name.trim();
      const keyed = encrypt ? { passphrase } : {};
      if (where === 'dialog') {
        const { path } = await invoke('dialog.saveFile', { purpose: 'workspace', defaultName: `${trimmed || t('workspace.defaultName')}.workbench` });
        if (!path) return;
        await invoke('workspace.create', trimmed ? { path, name: trimmed, ...keyed } : { path, ...keyed });
      } else {
        await invoke('workspace.create', { name: trimmed, ...keyed });
      }
      setName('');
      setPassphrase('');
      setRepeat('');
      onDone?.();
    },
    [name, onDone, t, encrypt, passphrase],
  );
  const action = useAction(create);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && ready) void action.run('folder');
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('workspace.new')}>
      <label className="field">
        <span>{t('workspace.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} placeholder={t('workspace.namePlaceholder')} required />
      </label>
      <p className="muted small">{t('workspace.createdIn', { folder: info.workspacesDir })}</p>
      <label className="check">
        <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} data-testid="new-encrypt" />
        <span>{t('security.encryption.createEncrypted')}</span>
      </label>
      {encrypt && (
        <>
          <p className="note warn small">{t('security.encryption.warning')}</p>
          <label className="field">
            <span>{t('security.encryption.newPassphrase')}</span>
            <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
          </label>
          <label className="field">
            <span>{t('security.encryption.repeat')}</span>
            <input type="password" value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" />
          </label>
          {repeat && passphrase !== repeat && <p className="note warn small">{t('security.encryption.differ')}</p>}
          <label className="check">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
            <span>{t('security.encryption.understood')}</span>
          </label>
        </>
      )}
      <div className="row">
        <button type="submit" className="btn primary" disabled={action.busy || !name.trim() || !ready}>
          {t('workspace.create')}
        </button>
        {info.capabilities.nativeDialogs && (
          <button type="button" className="btn" disabled={action.busy || !ready} onClick={() => void action.run('dialog')}>
            {t('workspace.createAs')}
          </button>
        )}
      </div>
      {action.error && <ErrorNote error={action.error} />}
    </form>
  );
}
