// The cells the app's tables share: a sortable numbers' header, a header named for screen
// readers only (a column of actions or picks), and a row's action at its end.

export type SortOrder = 'ascending' | 'descending' | 'none';

/** A numbers' column header that sorts the table: a button (Enter, Space), its order told by aria-sort and drawn as ▲ or ▼. */
export function SortHeader({ label, order, onSort, title }: { label: string; order: SortOrder; onSort(): void; title?: string }) {
  return (
    <th scope="col" className="num" aria-sort={order}>
      <button type="button" className="sort-button" onClick={onSort} title={title}>
        <span className="sort-label">{label}</span>
        <span className="sort-mark" aria-hidden="true">
          {order === 'ascending' ? '▲' : order === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}

/** A header with no visible words (its column's buttons say what they do), named for screen readers. */
export function HiddenHeader({ label }: { label: string }) {
  return (
    <th scope="col">
      <span className="visually-hidden">{label}</span>
    </th>
  );
}

/** The last cell of a row: its one action as a quiet small button, or empty where the row has none. */
export function ActionCell({ label, onClick, shown = true, ariaLabel }: { label: string; onClick(): void; shown?: boolean; ariaLabel?: string }) {
  return (
    <td>
      {shown && (
        <button type="button" className="btn small ghost" onClick={onClick} aria-label={ariaLabel}>
          {label}
        </button>
      )}
    </td>
  );
}
