import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { openWorkspace } from '../../../state/passphrasePrompt.js';
import { useSession } from '../../../state/session.js';
import { useAction } from './useAction.js';

/** Open an existing workspace file: the native dialog in the desktop app, or its path. */
export function OpenWorkspaceForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { info } = useSession();
  const [path, setPath] = useState('');
  const open = useCallback(
    async (via: 'path' | 'dialog') => {
      let target = path.trim();
      if (via === 'dialog') {
        const { paths } = await invoke('dialog.openFiles', { purpose: 'workspace', multiple: false });
        if (!paths[0]) return;
        target = paths[0];
      }
      if (!(await openWorkspace(target))) return; // the passphrase was not given
      setPath('');
      onDone?.();
    },
    [path, onDone],
  );
  const action = useAction(open);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) void action.run('path');
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('workspace.open')}>
      {info.capabilities.nativeDialogs && (
        <div className="row">
          <button type="button" className="btn primary" disabled={action.busy} onClick={() => void action.run('dialog')}>
            {t('workspace.chooseFile')}
          </button>
        </div>
      )}
      <label className="field">
        <span>{t('workspace.path')}</span>
        <input value={path} onChange={(e) => setPath(e.target.value)} placeholder={t('workspace.pathPlaceholder')} spellCheck={false} required />
      </label>
      <div className="row">
        <button type="submit" className={info.capabilities.nativeDialogs ? 'btn' : 'btn primary'} disabled={action.busy || !path.trim()}>
          {t('workspace.openPath')}
        </button>
      </div>
      {action.error && <ErrorNote error={action.error} />}
    </form>
  );
}
