import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type UserInfo } from '../../../../engine/api/securityTypes.js';
import type { Role } from '../../../../engine/api/types.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/**
 * Add a profile, or change one's role or disabled state (`editing`). A new profile may get a
 * password here; an existing one's is set with Set password.
 */
export function ProfileForm({ editing, first, onSaved, onCancel }: { editing: UserInfo | null; first: boolean; onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(first ? 'administrator' : 'analyst');
  const [disabled, setDisabled] = useState(false);
  const [password, setPassword] = useState('');
  const job = useForecastJob('users.save');
  const { clearError } = job;
  useEffect(() => {
    setName(editing?.name ?? '');
    setRole(editing?.role ?? (first ? 'administrator' : 'analyst'));
    setDisabled(editing?.disabled ?? false);
    setPassword('');
    clearError();
  }, [editing, first, clearError]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    void job.start({ name: name.trim(), role, disabled, ...(!editing && password ? { password } : {}) }).then((users) => {
      if (!users) return;
      setName('');
      setPassword('');
      onSaved();
    });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={editing ? t('security.users.editTitle', { name: editing.name }) : t('security.users.add')} data-testid="profile-form">
      <h3>{editing ? t('security.users.editTitle', { name: editing.name }) : t('security.users.add')}</h3>
      {first && <p className="muted small">{t('security.users.firstHint')}</p>}
      <div className="row wrap">
        <label className="field inline">
          <span>{t('security.users.name')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} readOnly={editing !== null} maxLength={80} data-testid="profile-name" />
        </label>
        <label className="field inline">
          <span>{t('security.users.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="profile-role">
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`security.roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {!editing && (
          <label className="field inline">
            <span>{t('security.users.passwordOptional')}</span>
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" data-testid="profile-password" />
          </label>
        )}
        {editing && (
          <label className="check">
            <input type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} />
            <span>{t('security.users.disable')}</span>
          </label>
        )}
      </div>
      <p className="muted small">{t(`security.roles.${role}Explain`)}</p>
      {job.error && <ErrorNote error={job.error} />}
      <div className="row">
        <button type="submit" className="btn primary" disabled={job.running || !name.trim()} data-testid="profile-save">
          {editing ? t('security.users.saveButton') : t('security.users.addButton')}
        </button>
        {editing && (
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
