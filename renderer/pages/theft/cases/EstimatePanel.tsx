import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../engine/api/casesTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatDay, formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { RulesEstimateView } from './RulesEstimateView.js';
import { useSignedIn } from '../../../state/signedIn.js';

/**
 * The back-billing estimate (baseline × days − metered, at the customer's price) with how it was
 * counted, the estimate by the rules beside it (capacity × hours × days, 供电营业规则 art. 103),
 * and the auditor's adjustment: kWh, yuan (default: the kWh at the estimate's price) and a
 * reason, which the engine requires and the history keeps; the rules' figures can fill it.
 */
export function EstimatePanel({ detail: c, onChanged }: { detail: CaseDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const job = useForecastJob('cases.update');
  // Only roles that edit cases are offered it (the engine refuses the others anyway).
  const mayEdit = useSignedIn().can('edit_cases');
  const [kwh, setKwh] = useState('');
  const [yuan, setYuan] = useState('');
  const [reason, setReason] = useState('');
  const e = c.estimate;
  const kwhValue = Number(kwh);
  const yuanValue = Number(yuan);
  const valid = kwh.trim() !== '' && Number.isFinite(kwhValue) && kwhValue >= 0 && (yuan.trim() === '' || (Number.isFinite(yuanValue) && yuanValue >= 0)) && reason.trim() !== '';

  const done = (ok: unknown) => {
    if (!ok) return;
    setKwh('');
    setYuan('');
    setReason('');
    onChanged();
  };
  const adjust = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    void job.start({ caseId: c.caseId, adjustment: { kwh: kwhValue, ...(yuan.trim() ? { yuan: yuanValue } : {}), reason: reason.trim() } }).then(done);
  };
  const restore = () => void job.start({ caseId: c.caseId, adjustment: null }).then(done);
  const money = (v: number | null | undefined) => formatDecimal(v, language, 2);
  return (
    <section className="card stack" aria-labelledby="case-estimate" data-testid="case-estimate">
      <h3 id="case-estimate">{t('theft.estimate.title')}</h3>
      {e ? (
        <>
          <p data-testid="estimate-figures">
            {t('theft.estimate.figures', { kwh: formatInteger(e.kwh, language), yuan: money(e.yuan) })}
          </p>
          <p className="muted small">
            {t('theft.estimate.how', {
              from: formatDay(e.from, language),
              to: formatDay(e.to, language),
              days: formatInteger(e.days, language),
              baseline: formatDecimal(e.baselineKwhPerDay, language, 1),
              metered: formatInteger(e.meteredKwh, language),
              price: formatDecimal(e.priceYuanPerKwh, language, 4),
              source: t(`theft.estimate.priceSources.${e.priceSource}`),
            })}
          </p>
        </>
      ) : (
        <p className="muted">{t('theft.estimate.none')}</p>
      )}
      <RulesEstimateView
        detail={c}
        onUse={(r) => {
          setKwh(String(r.kwh));
          setYuan(String(r.yuan));
          setReason(t('theft.estimate.rules.useReason'));
        }}
      />
      {c.adjustment && (
        <div className="note warn" data-testid="adjustment">
          <div className="note-main">
            <span>{t('theft.estimate.adjusted', { kwh: formatInteger(c.adjustment.kwh, language), yuan: money(c.adjustment.yuan), reason: c.adjustment.reason })}</span>
            {mayEdit && (
              <button type="button" className="btn small" onClick={restore} disabled={job.running}>
                {t('theft.estimate.restore')}
              </button>
            )}
          </div>
        </div>
      )}
      {mayEdit && (
        <form className="stack compact" onSubmit={adjust} data-testid="adjust-form">
          <div className="row wrap">
            <label className="field">
              <span>{t('theft.estimate.kwh')}</span>
              <input type="number" min={0} step="any" value={kwh} onChange={(ev) => setKwh(ev.target.value)} required data-testid="adjust-kwh" />
            </label>
            <label className="field">
              <span>{t('theft.estimate.yuan')}</span>
              <input type="number" min={0} step="any" value={yuan} onChange={(ev) => setYuan(ev.target.value)} placeholder={t('theft.estimate.yuanHint')} />
            </label>
          </div>
          <label className="field">
            <span>{t('theft.estimate.reason')}</span>
            <textarea value={reason} onChange={(ev) => setReason(ev.target.value)} rows={2} maxLength={1000} required data-testid="adjust-reason" />
          </label>
          {job.error && <ErrorNote error={job.error} />}
          <div className="row end">
            <button type="submit" className="btn primary" disabled={!valid || job.running} data-testid="adjust-save">
              {t('theft.estimate.adjust')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
