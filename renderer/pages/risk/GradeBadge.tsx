import { useTranslation } from 'react-i18next';
import type { RiskGrade } from '../../../engine/api/riskTypes.js';

/** A grade as a coloured letter; an analyst's adjusted grade after it with an arrow (the model's struck through). */
export function GradeBadge({ grade, adjusted = null }: { grade: RiskGrade; adjusted?: RiskGrade | null }) {
  const { t } = useTranslation();
  if (adjusted === null || adjusted === grade) return <span className={`grade-badge grade-${grade}`}>{grade}</span>;
  return (
    <span className="grade-adjusted" title={t('risk.adjust.adjustedTitle', { from: grade, to: adjusted })} data-adjusted={adjusted}>
      <s className={`grade-badge faded grade-${grade}`}>{grade}</s>
      <span aria-hidden="true">→</span>
      <span className={`grade-badge grade-${adjusted}`}>{adjusted}</span>
      <span className="visually-hidden">{t('risk.adjust.adjustedTitle', { from: grade, to: adjusted })}</span>
    </span>
  );
}
