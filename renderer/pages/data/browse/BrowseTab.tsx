import type { SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrowseColumn } from '../../../../engine/api/catalogTypes.js';
import { dataKinds, type DataKind } from '../../../../engine/api/types.js';
import { on } from '../../../api/client.js';
import { Dialog } from '../../../components/Dialog.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatInteger } from '../../../i18n/format.js';
import { columnLabel as labelOfColumn, kindLabel, valueLabel } from '../../../i18n/labels.js';
import { searchPlaceholder, sortRefusalText } from './browseTexts.js';
import { formatCell } from './cellFormat.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useSignedIn } from '../../../state/signedIn.js';
import { useBrowsePages, type Cell } from './useBrowsePages.js';
import { VirtualTable } from './VirtualTable.js';

const SEARCH_DELAY_MS = 300;

/** Any kind's stored rows: sorted by a header click, filtered by a search, personal data masked unless asked. */
export function BrowseTab({ kind: requested }: { kind: string | null }) {
  const { t } = useTranslation();
  // Only roles allowed personal data are offered it (the engine refuses the others anyway).
  const mayUnmask = useSignedIn().can('personal_data');
  const { language } = useSession();
  const kind: DataKind = dataKinds.includes(requested as DataKind) ? (requested as DataKind) : 'customers';
  const [sorting, setSorting] = useState<SortingState>([]);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [unmask, setUnmask] = useState(false);
  const [confirmUnmask, setConfirmUnmask] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  // Another kind starts unsorted, unfiltered and masked again.
  useEffect(() => {
    setSorting([]);
    setSearchText('');
    setSearch('');
    setUnmask(false);
  }, [kind]);

  useEffect(() => on('data.changed', (event) => event.kinds.includes(kind) && setRefreshKey((n) => n + 1)), [kind]);

  const sort = sorting[0] ? { column: sorting[0].id, desc: sorting[0].desc } : null;
  const pages = useBrowsePages({ kind, sort, search, unmask }, refreshKey);
  const columnLabel = useCallback((column: BrowseColumn) => labelOfColumn(t, kind, column.name), [t, kind]);
  const cellText = useCallback((value: Cell, column: BrowseColumn) => valueLabel(t, kind, column.name, value) ?? formatCell(value, column, language), [t, kind, language]);
  const hasPersonal = pages.columns.some((column) => column.personal);
  // Headers the engine cannot sort by are disabled; should it refuse a sort all the same, it says why.
  const sortRefused = pages.error && sortRefusalText(t, kind, pages.error, language);

  return (
    <div className="browse">
      <div className="toolbar">
        <SelectField inline label={t('browse.kind')} value={kind} choices={dataKinds} choiceLabel={(k) => kindLabel(t, k)} onChange={(k) => navigate('data', 'browse', k)} />
        <label className="field inline grow">
          <span>{t('browse.search')}</span>
          <input
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            placeholder={searchPlaceholder(t, kind, pages, language)}
            maxLength={200}
          />
        </label>
        {hasPersonal && mayUnmask && (
          <label className="check">
            <input type="checkbox" checked={unmask} onChange={(e) => (e.target.checked ? setConfirmUnmask(true) : setUnmask(false))} />
            <span>{t('browse.showPersonal')}</span>
          </label>
        )}
        <span className="muted small" aria-live="polite">
          {pages.total !== null ? t('browse.rowCount', { count: pages.total, formatted: formatInteger(pages.total, language) }) : pages.error ? null : t('common.loading')}
        </span>
      </div>
      {sortRefused ? (
        <div className="note warn note-main" role="alert" data-testid="sort-refused">
          <span>{sortRefused}</span>
          <button type="button" className="btn small" onClick={() => setSorting([])}>
            {t('browse.defaultOrder')}
          </button>
        </div>
      ) : (
        pages.error && <ErrorNote error={pages.error} onRetry={() => setRefreshKey((n) => n + 1)} />
      )}
      <VirtualTable pages={pages} sorting={sorting} onSortingChange={setSorting} columnLabel={columnLabel} cellText={cellText} label={kindLabel(t, kind)} />
      <Dialog title={t('browse.unmaskTitle')} open={confirmUnmask} onClose={() => setConfirmUnmask(false)}>
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            setUnmask(true);
            setConfirmUnmask(false);
          }}
        >
          <p>{t('browse.unmaskText')}</p>
          <div className="row end">
            <button type="button" className="btn" onClick={() => setConfirmUnmask(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn primary" autoFocus>
              {t('browse.unmaskConfirm')}
            </button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
