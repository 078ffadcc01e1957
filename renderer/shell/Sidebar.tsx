import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../components/Icon.js';
import { type Page } from './route.js';
import { useScheduleFailures } from '../pages/admin/schedules/useScheduleFailures.js';

const items: { page: Page; icon: IconName }[] = [
  { page: 'overview', icon: 'overview' },
  { page: 'data', icon: 'data' },
  { page: 'forecast', icon: 'forecast' },
  { page: 'theft', icon: 'theft' },
  { page: 'risk', icon: 'risk' },
  { page: 'service', icon: 'service' },
  { page: 'customers', icon: 'customers' },
  { page: 'query', icon: 'query' },
  { page: 'reports', icon: 'reports' },
  { page: 'admin', icon: 'admin' },
  { page: 'settings', icon: 'settings' },
];

/** The modules that exist today; the product's later modules appear here when they are built. */
export function Sidebar({ active }: { active: Page }) {
  const { t } = useTranslation();
  const failedSchedules = useScheduleFailures();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <img src={new URL('../../resources/icons/icon.svg', import.meta.url).href} alt="" width={28} height={28} />
        <span>{t('app.shortName')}</span>
      </div>
      <ul>
        {items.map((item) => (
          <li key={item.page}>
            <a href={`#/${item.page}`} className={item.page === active ? 'nav-item active' : 'nav-item'} aria-current={item.page === active ? 'page' : undefined}>
              <Icon name={item.icon} />
              <span>{t(`nav.${item.page}`)}</span>
              {item.page === 'admin' && failedSchedules > 0 && (
                <span className="nav-badge" title={t('schedules.failedBadge', { count: failedSchedules })} aria-label={t('schedules.failedBadge', { count: failedSchedules })} data-testid="schedules-failed-badge">
                  {failedSchedules}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
