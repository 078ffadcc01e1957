import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useSession } from '../../../state/session.js';

/**
 * A folder's full path: typed (the browser cannot hand a page a folder's path), or, in the
 * desktop app, chosen in the system's folder dialog.
 */
export function FolderField({ label, hint, value, onChange, placeholder, testId }: {
  label: string;
  hint: string;
  value: string;
  onChange(folder: string): void;
  placeholder?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { info } = useSession();
  const [error, setError] = useState<ApiError | null>(null);
  const choose = () => {
    setError(null);
    invoke('dialog.openFiles', { purpose: 'folder', multiple: false }).then(
      ({ paths }) => paths[0] !== undefined && onChange(paths[0]),
      (caught: unknown) => setError(toApiError(caught)),
    );
  };
  return (
    <div className="field">
      <label>
        <span>{label}</span>
        <span className="row folder-row">
          <input type="text" value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} data-testid={testId} />
          {info.capabilities.nativeDialogs && (
            <button type="button" className="btn" onClick={choose}>
              {t('schedules.dialog.chooseFolder')}
            </button>
          )}
        </span>
      </label>
      <small className="muted">{hint}</small>
      {error && <ErrorNote error={error} />}
    </div>
  );
}
