import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

/** Willingness to pay against ability to pay: the points each side of the scorecard gave, side by side. */
export function SubScores({ willingness, ability }: { willingness: number; ability: number }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const top = Math.max(Math.abs(willingness), Math.abs(ability), 1);
  const bar = (key: 'willingness' | 'ability', value: number) => (
    <div className="subscore" key={key} data-subscore={key}>
      <span className="subscore-label">{t(`risk.sides.${key}`)}</span>
      <span className="subscore-track" aria-hidden="true">
        <span className={`subscore-fill ${key}`} style={{ width: `${(Math.abs(value) / top) * 100}%` }} />
      </span>
      <span className="subscore-value num">{t('risk.profile.points', { points: formatInteger(value, language) })}</span>
    </div>
  );
  return (
    <div className="stack compact" aria-label={t('risk.profile.subScores')}>
      <h4 className="small-heading">{t('risk.profile.subScores')}</h4>
      {bar('willingness', willingness)}
      {bar('ability', ability)}
    </div>
  );
}
