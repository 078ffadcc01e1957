import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerifyResult } from '../../../../engine/api/auditTypes.js';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { ErrorNote } from '../../../components/ErrorNote.js';

/** "Verify chain": the chain of hashes checked from the first entry, the result in words. */
export function AuditVerify() {
  const { t } = useTranslation();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<AuditVerifyResult | ApiError | null>(null);
  const verify = async () => {
    setChecking(true);
    try {
      setResult(await invoke('audit.verify', {}));
    } catch (caught) {
      setResult(toApiError(caught));
    } finally {
      setChecking(false);
    }
  };
  return (
    <div className="row wrap">
      <button type="button" className="btn small" onClick={() => void verify()} disabled={checking} data-testid="audit-verify">
        {t('audit.verify.button')}
      </button>
      {checking && (
        <span className="muted small" role="status">
          {t('audit.verify.checking')}
        </span>
      )}
      {result && 'ok' in result && result.ok && (
        <span className="note ok small" role="status" data-testid="audit-verify-result">
          {t('audit.verify.intact', { count: result.entries })}
        </span>
      )}
      {result && 'ok' in result && !result.ok && (
        <span className="note warn small" role="alert" data-testid="audit-verify-result">
          {t('audit.verify.broken', { seq: result.firstBroken!.seq, reason: t(`audit.verify.reasons.${result.firstBroken!.reason}`) })}
        </span>
      )}
      {result && 'code' in result && <ErrorNote error={result} />}
    </div>
  );
}
