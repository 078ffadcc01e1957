import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useQuery } from '../../../state/useQuery.js';

/**
 * The tables and views a statement may read, each opened to its columns (type, personal mark,
 * the schema's comment on hover); a click inserts the name at the editor's cursor.
 */
export function SchemaList({ onInsert }: { onInsert(name: string): void }) {
  const { t } = useTranslation();
  const schema = useQuery('sql.schema', {}, { kinds: 'any' });
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const tables = (schema.data ?? []).filter((table) => !needle || table.name.includes(needle) || table.columns.some((c) => c.name.includes(needle)));
  return (
    <aside className="sql-schema stack compact" aria-label={t('sql.schema.title')} data-testid="sql-schema">
      <h2 className="small strong">{t('sql.schema.title')}</h2>
      <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('sql.schema.search')} aria-label={t('sql.schema.search')} />
      {schema.error && <ErrorNote error={schema.error} onRetry={schema.reload} />}
      <ul className="sql-schema-tables">
        {tables.map((table) => (
          <li key={table.name}>
            <details open={needle !== '' && needle.length > 1}>
              <summary title={t(`sql.tables.${table.name}`, { defaultValue: '' })}>
                <button type="button" className="btn ghost small link mono" onClick={() => onInsert(table.name)} title={t('sql.schema.insert', { name: table.name })}>
                  {table.name}
                </button>
                {table.type === 'view' && <span className="muted small"> {t('sql.schema.view')}</span>}
                <span className="muted small sql-table-meaning"> {t(`sql.tables.${table.name}`, { defaultValue: '' })}</span>
              </summary>
              <ul className="sql-schema-columns">
                {table.columns.map((column) => (
                  <li key={column.name} title={[column.comment, column.personal ? t('sql.schema.personal') : null].filter(Boolean).join('\n') || undefined}>
                    <button type="button" className="btn ghost small link mono" onClick={() => onInsert(column.name)}>
                      {column.name}
                    </button>
                    {column.personal && (
                      <span className="personal-mark" aria-label={t('sql.schema.personal')}>
                        ●
                      </span>
                    )}
                    <span className="muted small"> {column.type}</span>
                    {column.comment && <span className="muted small sql-column-comment"> — {column.comment}</span>}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </aside>
  );
}
