import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../engine/api/types.js';
import { toApiError, type ApiError } from '../../api/errors.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { useSession } from '../../state/session.js';

type Choice = 'system' | Language;

/** Language (applied at once and remembered) and what this app is. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, setLanguage, info } = useSession();
  const [error, setError] = useState<ApiError | null>(null);
  // Shown chosen at once; the engine's answer follows (and a failure puts the old choice back).
  const [pending, setPending] = useState<Choice | null>(null);
  const current: Choice = pending ?? settings.language ?? 'system';
  const choices: { value: Choice; label: string }[] = [
    { value: 'system', label: t('settings.followSystem') },
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    { value: 'zh-CN', label: '中文（简体）' },
    { value: 'en', label: 'English' },
  ];
  const choose = (value: Choice) => {
    setError(null);
    setPending(value);
    setLanguage(value === 'system' ? null : value)
      .catch((caught: unknown) => setError(toApiError(caught)))
      .finally(() => setPending(null));
  };
  return (
    <div className="page settings">
      <h1 className="page-title">{t('nav.settings')}</h1>
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.language')}</h2>
        <fieldset className="radio-group">
          <legend className="visually-hidden">{t('settings.language')}</legend>
          {choices.map((choice) => (
            <label key={choice.value} className="radio" lang={choice.value === 'system' ? undefined : choice.value}>
              <input type="radio" name="language" value={choice.value} checked={current === choice.value} onChange={() => choose(choice.value)} />
              <span>{choice.label}</span>
            </label>
          ))}
        </fieldset>
        {error && <ErrorNote error={error} />}
      </section>
      <section className="card" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about')}</h2>
        <dl className="facts">
          <dt>{t('settings.product')}</dt>
          <dd>{t('app.name')}</dd>
          <dt>{t('settings.version')}</dt>
          <dd data-testid="version">{info.version}</dd>
          <dt>{t('settings.host')}</dt>
          <dd>{t(`settings.hosts.${info.host}`)}</dd>
          <dt>{t('settings.platform')}</dt>
          <dd>{info.platform}</dd>
          <dt>{t('settings.workspacesDir')}</dt>
          <dd className="path">{info.workspacesDir}</dd>
        </dl>
      </section>
    </div>
  );
}
