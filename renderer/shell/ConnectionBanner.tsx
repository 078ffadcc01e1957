import { useTranslation } from 'react-i18next';
import { useSession } from '../state/session.js';

/** The web host's event socket dropped: say so until it is back, since events are missed meanwhile. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { connection } = useSession();
  if (connection !== 'lost') return null;
  return (
    <div className="connection-banner" role="alert">
      {t('connection.lost')}
    </div>
  );
}
