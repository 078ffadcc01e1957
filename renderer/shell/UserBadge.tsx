import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../state/signedIn.js';
import { SignInDialog } from './SignInDialog.js';

/**
 * Who is signed in, with the role, in the top bar; its menu switches profile or signs out. A
 * workspace without profiles shows nothing: it is the computer account's.
 */
export function UserBadge() {
  const { t } = useTranslation();
  const { session, signOut } = useSignedIn();
  const [menuOpen, setMenuOpen] = useState(false);
  const [switching, setSwitching] = useState(false);
  const actor = session?.actor;
  return (
    <>
      {session?.profiles && actor && (
        <div className="user-badge">
          <button
            type="button"
            className="btn ghost"
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen((open) => !open)}
            onKeyDown={(e) => e.key === 'Escape' && setMenuOpen(false)}
            data-testid="user-badge"
          >
            <span className="user-name">{actor.name}</span>
            <span className={`badge role-${actor.role}`}>{t(`security.roles.${actor.role}`)}</span>
          </button>
          {menuOpen && (
            <div className="user-menu" role="menu">
              <button type="button" role="menuitem" className="btn ghost" autoFocus onClick={() => (setMenuOpen(false), setSwitching(true))} data-testid="switch-profile">
                {t('security.signIn.switch')}
              </button>
              <button type="button" role="menuitem" className="btn ghost" onClick={() => (setMenuOpen(false), void signOut())} data-testid="sign-out">
                {t('security.signIn.signOut')}
              </button>
            </div>
          )}
        </div>
      )}
      <SignInDialog switching={switching} onClose={() => setSwitching(false)} />
    </>
  );
}
