import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserInfo } from '../../../../engine/api/securityTypes.js';
import { ConfirmDeleteDialog } from '../../../components/ConfirmDeleteDialog.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useSignedIn } from '../../../state/signedIn.js';
import { useQuery } from '../../../state/useQuery.js';
import { EncryptionPanel } from './EncryptionPanel.js';
import { PasswordDialog } from './PasswordDialog.js';
import { ProfileForm } from './ProfileForm.js';
import { ProfilesTable } from './ProfilesTable.js';

/** Administration › Users & security: the workspace's profiles and roles, and its encryption. */
export function SecurityTab() {
  const { t } = useTranslation();
  const { can, session } = useSignedIn();
  const admin = can('administer');
  const users = useQuery('users.list', {}, { enabled: admin });
  const [editing, setEditing] = useState<UserInfo | null>(null);
  const [password, setPassword] = useState<UserInfo | null>(null);
  const [removing, setRemoving] = useState<UserInfo | null>(null);

  if (!admin) {
    return (
      <div data-testid="security-tab">
      <EmptyState title={t('security.adminOnly')}>
        {t('security.adminOnlyHint', { role: session?.actor ? t(`security.roles.${session.actor.role}`) : '' })}
      </EmptyState>
      </div>
    );
  }
  return (
    <div className="stack page-section" data-testid="security-tab">
      <section className="stack" aria-labelledby="users-title">
        <h2 id="users-title">{t('security.users.title')}</h2>
        <p className="muted small">{t('security.users.explain')}</p>
        {users.error && <ErrorNote error={users.error} onRetry={users.reload} />}
        {users.data && users.data.length === 0 && <EmptyState title={t('security.users.none')}>{t('security.users.noneHint')}</EmptyState>}
        {users.data && users.data.length > 0 && (
          <ProfilesTable users={users.data} onEdit={setEditing} onPassword={setPassword} onRemove={setRemoving} />
        )}
        {users.data && <ProfileForm editing={editing} first={users.data.length === 0} onSaved={() => (setEditing(null), users.reload())} onCancel={() => setEditing(null)} />}
      </section>
      <EncryptionPanel />
      <PasswordDialog user={password} onClose={() => (setPassword(null), users.reload())} />
      <ConfirmDeleteDialog
        method="users.delete"
        args={removing ? { name: removing.name } : null}
        title={t('security.users.removeTitle', { name: removing?.name ?? '' })}
        text={t('security.users.removeText')}
        onClose={() => setRemoving(null)}
        onDeleted={users.reload}
      />
    </div>
  );
}
