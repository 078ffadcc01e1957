import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserInfo } from '../../../../engine/api/securityTypes.js';
import { HiddenHeader, SortHeader, type SortOrder } from '../../../components/TableCells.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

type SortKey = 'name' | 'role' | 'createdAt';

/** The workspace's profiles, sortable and filtered by name, each with its actions. */
export function ProfilesTable({ users, onEdit, onPassword, onRemove }: {
  users: readonly UserInfo[];
  onEdit(user: UserInfo): void;
  onPassword(user: UserInfo): void;
  onRemove(user: UserInfo): void;
}) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const orderOf = (key: SortKey): SortOrder => (sort.key !== key ? 'none' : sort.descending ? 'descending' : 'ascending');
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));
  const shown = users
    .filter((u) => u.name.toLowerCase().includes(filter.trim().toLowerCase()))
    .sort((a, b) => {
      const order = a[sort.key].localeCompare(b[sort.key]);
      return sort.descending ? -order : order;
    });
  return (
    <div className="stack">
      <label className="field inline">
        <span>{t('security.users.filter')}</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="users-filter" />
      </label>
      <div className="table-scroll">
        <table className="table compact" aria-label={t('security.users.title')} data-testid="users-table">
          <thead>
            <tr>
              <SortHeader label={t('security.users.name')} order={orderOf('name')} onSort={() => sortBy('name')} />
              <SortHeader label={t('security.users.role')} order={orderOf('role')} onSort={() => sortBy('role')} />
              <th scope="col">{t('security.users.password')}</th>
              <th scope="col">{t('security.users.state')}</th>
              <SortHeader label={t('security.users.created')} order={orderOf('createdAt')} onSort={() => sortBy('createdAt')} />
              <HiddenHeader label={t('common.actions')} />
            </tr>
          </thead>
          <tbody>
            {shown.map((u) => (
              <tr key={u.name} className={u.disabled ? 'dim' : undefined} data-testid="user-row">
                <td>{u.name}</td>
                <td>{t(`security.roles.${u.role}`)}</td>
                <td>{u.hasPassword ? t('security.users.hasPassword') : t('security.users.noPassword')}</td>
                <td>{u.disabled ? t('security.users.disabled') : t('security.users.enabled')}</td>
                <td>{formatDateTime(u.createdAt, language)}</td>
                <td className="row nowrap">
                  <button type="button" className="btn small ghost" onClick={() => onEdit(u)}>
                    {t('security.users.edit')}
                  </button>
                  <button type="button" className="btn small ghost" onClick={() => onPassword(u)}>
                    {t('security.users.setPassword')}
                  </button>
                  <button type="button" className="btn small ghost danger" onClick={() => onRemove(u)}>
                    {t('security.users.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
