import { useTranslation } from 'react-i18next';
import type { ScalingOptions } from '../../../../engine/api/riskTypes.js';

/** The points scaling as typed: base score at base odds (good:bad), points to double the odds. */
export type ScalingText = Record<keyof ScalingOptions, string>;

export const DEFAULT_SCALING: ScalingText = { baseScore: '600', baseOdds: '50', pdo: '20' };

/** The scaling when every figure is one the engine takes, else null. */
export function scalingOf(text: ScalingText): ScalingOptions | null {
  const baseScore = Number(text.baseScore);
  const baseOdds = Number(text.baseOdds);
  const pdo = Number(text.pdo);
  const ok = [text.baseScore, text.baseOdds, text.pdo].every((s) => s.trim() !== '') && baseScore >= 0 && baseScore <= 10_000 && baseOdds > 0 && baseOdds <= 1e6 && pdo > 0 && pdo <= 1000;
  return ok ? { baseScore, baseOdds, pdo } : null;
}

export function ScalingFields({ value, onChange }: { value: ScalingText; onChange(value: ScalingText): void }) {
  const { t } = useTranslation();
  const field = (key: keyof ScalingOptions, label: string) => {
    const n = Number(value[key]);
    const invalid = value[key].trim() === '' || !Number.isFinite(n) || (key === 'baseScore' ? n < 0 : n <= 0);
    return (
      <label className="field inline narrow" key={key}>
        <span>{label}</span>
        <input type="number" value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} aria-invalid={invalid} data-testid={`risk-${key}`} />
      </label>
    );
  };
  return (
    <fieldset className="row wrap plain-fieldset">
      <legend className="visually-hidden">{t('risk.train.scaling')}</legend>
      {field('baseScore', t('risk.train.baseScore'))}
      {field('baseOdds', t('risk.train.baseOdds'))}
      {field('pdo', t('risk.train.pdo'))}
    </fieldset>
  );
}
