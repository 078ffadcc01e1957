import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sqlRowLimit, sqlTimeLimit } from '../../../../engine/api/sqlTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { ResultTable } from './ResultTable.js';
import { SchemaList } from './SchemaList.js';
import { SqlExport } from './SqlExport.js';
import { useSqlRun } from './useSqlRun.js';

const LIMITS = [100, sqlRowLimit.default, 10_000, sqlRowLimit.max];
const FIRST_STATEMENT = 'SELECT category, count(*) AS customers, round(sum(contract_kva)) AS contract_kva\nFROM customers\nGROUP BY category\nORDER BY customers DESC';

/**
 * The read-only SQL console: a statement (Ctrl+Enter runs it), the schema beside it, the result
 * sortable and filterable, the session's statements to go back to, export of the whole result.
 * The engine refuses anything but a single read and masks personal columns.
 */
export function SqlConsoleTab() {
  const { t } = useTranslation();
  const { language, workspace } = useSession();
  const [sql, setSql] = useState(FIRST_STATEMENT);
  const [limit, setLimit] = useState<number>(sqlRowLimit.default);
  const [timeoutSeconds, setTimeoutSeconds] = useState<number>(sqlTimeLimit.default);
  const [unmask, setUnmask] = useState(false);
  const [history, setHistory] = useState<string[]>([]);
  // The statement the result shows is the one its export runs again, whatever the editor holds now.
  const [ran, setRan] = useState('');
  const editor = useRef<HTMLTextAreaElement>(null);
  const { result, error, running, run, cancel } = useSqlRun();

  if (!workspace) return <EmptyState title={t('sql.noWorkspace')} />;

  const runNow = () => {
    const statement = sql.trim();
    if (!statement || running) return;
    setHistory((h) => [statement, ...h.filter((s) => s !== statement)].slice(0, 50));
    setRan(statement);
    void run(statement, { limit, timeoutSeconds, unmask });
  };

  const insert = (name: string) => {
    const area = editor.current;
    const start = area?.selectionStart ?? sql.length;
    const end = area?.selectionEnd ?? sql.length;
    setSql(sql.slice(0, start) + name + sql.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + name.length, start + name.length);
    });
  };

  return (
    <div className="sql-console" data-testid="sql-console">
      <SchemaList onInsert={insert} />
      <div className="stack sql-main">
        <label className="field">
          <span>{t('sql.editor.label')}</span>
          <textarea
            ref={editor}
            className="sql-editor mono"
            value={sql}
            rows={8}
            spellCheck={false}
            onChange={(e) => setSql(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                runNow();
              }
            }}
            aria-describedby="sql-editor-hint"
            data-testid="sql-editor"
          />
          <span id="sql-editor-hint" className="muted small">
            {t('sql.editor.hint')}
          </span>
        </label>
        <div className="row wrap">
          <button type="button" className="btn primary" onClick={runNow} disabled={running || !sql.trim()} data-testid="sql-run">
            {running ? t('sql.editor.running') : t('sql.editor.run')}
          </button>
          {running && (
            <button type="button" className="btn danger" onClick={cancel} data-testid="sql-cancel">
              {t('common.cancel')}
            </button>
          )}
          <label className="field inline">
            <span>{t('sql.editor.limit')}</span>
            <select value={limit} onChange={(e) => setLimit(Number(e.target.value))} data-testid="sql-limit">
              {LIMITS.map((n) => (
                <option key={n} value={n}>
                  {formatInteger(n, language)}
                </option>
              ))}
            </select>
          </label>
          <label className="field inline narrow">
            <span>{t('sql.editor.timeout')}</span>
            <input
              type="number"
              min={1}
              max={sqlTimeLimit.max}
              value={timeoutSeconds}
              onChange={(e) => setTimeoutSeconds(Math.min(sqlTimeLimit.max, Math.max(1, Math.round(Number(e.target.value) || sqlTimeLimit.default))))}
              data-testid="sql-timeout"
            />
          </label>
          <label className="field inline">
            <input type="checkbox" checked={unmask} onChange={(e) => setUnmask(e.target.checked)} data-testid="sql-unmask" />
            <span>{t('sql.editor.unmask')}</span>
          </label>
        </div>
        {history.length > 0 && (
          <div className="row">
            <label className="field inline grow">
              <span>{t('sql.editor.history')}</span>
              <select value="" onChange={(e) => e.target.value && setSql(e.target.value)} data-testid="sql-history">
                <option value="">{t('sql.editor.historyPick', { count: history.length })}</option>
                {history.map((statement) => (
                  <option key={statement} value={statement}>
                    {statement.replace(/\s+/g, ' ').slice(0, 120)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        {error && <ErrorNote error={error} />}
        {result && !error && (
          <div className="stack compact">
            <div className="row wrap sql-status" role="status" data-testid="sql-status">
              <span className="strong">{t('sql.result.rows', { count: result.rows.length, rows: formatInteger(result.rows.length, language) })}</span>
              <span className="muted">{t('sql.result.elapsed', { ms: formatInteger(result.elapsedMs, language) })}</span>
              {result.truncated && <span className="note warn small">{t('sql.result.truncated', { limit: formatInteger(result.limit, language) })}</span>}
              {result.masked.length > 0 && <span className="muted small">{t('sql.result.masked', { columns: result.masked.join(', ') })}</span>}
              {result.unmasked && <span className="note warn small">{t('sql.result.unmasked')}</span>}
            </div>
            {result.columns.length > 0 ? (
              <ResultTable
                columns={result.columns.map((c) => ({
                  name: c.name,
                  type: c.type,
                  masked: result.masked.includes(c.name),
                  ...(c.table && c.column ? { title: `${c.table}.${c.column}` } : {}),
                }))}
                rows={result.rows}
                label={t('sql.result.label')}
                testId="sql-result"
              />
            ) : (
              <p className="muted">{t('sql.result.noColumns')}</p>
            )}
            <SqlExport sql={ran} options={{ timeoutSeconds, unmask }} />
          </div>
        )}
      </div>
    </div>
  );
}
