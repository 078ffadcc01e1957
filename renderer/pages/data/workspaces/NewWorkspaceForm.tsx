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
  const create = useCallback(
    async (where: 'folder' | 'dialog') => {
      const trimmed = name.trim();
      if (where === 'dialog') {
        const { path } = await invoke('dialog.saveFile', { purpose: 'workspace', defaultName: `${trimmed || t('workspace.defaultName')}.workbench` });
        if (!path) return;
        await invoke('workspace.create', trimmed ? { path, name: trimmed } : { path });
      } else {
        await invoke('workspace.create', { name: trimmed });
      }
      setName('');
      onDone?.();
    },
    [name, onDone, t],
  );
  const action = useAction(create);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void action.run('folder');
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('workspace.new')}>
      <label className="field">
        <span>{t('workspace.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} placeholder={t('workspace.namePlaceholder')} required />
      </label>
      <p className="muted small">{t('workspace.createdIn', { folder: info.workspacesDir })}</p>
      <div className="row">
        <button type="submit" className="btn primary" disabled={action.busy || !name.trim()}>
          {t('workspace.create')}
        </button>
        {info.capabilities.nativeDialogs && (
          <button type="button" className="btn" disabled={action.busy} onClick={() => void action.run('dialog')}>
            {t('workspace.createAs')}
          </button>
        )}
      </div>
      {action.error && <ErrorNote error={action.error} />}
    </form>
  );
}
