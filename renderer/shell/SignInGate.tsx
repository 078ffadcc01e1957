import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState.js';
import { useSession } from '../state/session.js';
import { useSignedIn } from '../state/signedIn.js';

/**
 * The pages, once someone is signed in to a workspace with profiles: signed out, nothing of the
 * workspace stays on screen behind the sign-in dialog (shell/SignInDialog.tsx).
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const { session } = useSignedIn();
  if (workspace && session?.profiles && session.actor === null) {
    return <EmptyState title={t('security.signIn.required')}>{t('security.signIn.requiredHint')}</EmptyState>;
  }
  return <>{children}</>;
}
