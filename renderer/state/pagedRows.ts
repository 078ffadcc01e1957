// Rows fetched a page at a time as a long table scrolls, only near what is in view, and
// forgotten again when far away, so a million rows cost no more memory than a few pages.
// The fetch is the caller's: by offset (page × size), or, where the engine gives each page a
// marker of where the next one starts, by that marker (an index seek however deep: keyset
// paging); a page with no marker known (a jump far away) goes by offset. Framework-free: the
// React hook (usePagedRows.ts) re-renders on `changed`.

/** What a page fetch returns: its rows, the total (null: not counted with this page) and the next page's marker. */
export interface FetchedPage<T> {
  rows: T[];
  total: number | null;
  next?: string | null;
}

/** Which page to fetch: its offset and size, and the marker of its start when the page before gave one. */
export interface PageRequest {
  page: number;
  offset: number;
  limit: number;
  after?: string;
}

export interface PagedRowsOptions<T, R extends FetchedPage<T>> {
  pageSize: number;
  /** Pages kept; the farthest from the view are forgotten beyond it. */
  maxPages: number;
  fetch(request: PageRequest): Promise<R>;
  /** Each page as it arrives (e.g. the columns that come with it). */
  onPage?(result: R): void;
  /** A page arrived or failed: time to draw again. */
  changed(): void;
}

export class PagedRows<T, R extends FetchedPage<T> = FetchedPage<T>> {
  total: number | null = null;
  error: unknown = null;
  private readonly pages = new Map<number, T[]>();
  private readonly inFlight = new Set<number>();
  /** Page -> the marker of its start, from the page before it. */
  private readonly starts = new Map<number, string>();
  /** Bumped by reset and close: answers to an earlier generation's fetches are dropped. */
  private generation = 0;

  constructor(private readonly options: PagedRowsOptions<T, R>) {}

  /** Forget every page (the data changed) and fetch the first again. */
  reset(): void {
    this.generation++;
    this.pages.clear();
    this.inFlight.clear();
    this.starts.clear();
    this.total = null;
    this.error = null;
    this.load(0);
  }

  /** Stop: fetches under way are dropped when they answer. */
  close(): void {
    this.generation++;
  }

  row(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.options.pageSize))?.[index % this.options.pageSize];
  }

  /** Make sure the rows in [first, last] are loaded or loading; forget the pages farthest from them beyond maxPages. */
  ensure(first: number, last: number): void {
    const { pageSize, maxPages } = this.options;
    const from = Math.floor(first / pageSize);
    for (let page = from; page <= Math.floor(last / pageSize); page += 1) this.load(page);
    if (this.pages.size > maxPages) {
      const far = [...this.pages.keys()].sort((a, b) => Math.abs(b - from) - Math.abs(a - from));
      for (const page of far.slice(0, this.pages.size - maxPages)) this.pages.delete(page);
    }
  }

  private load(page: number): void {
    if (this.pages.has(page) || this.inFlight.has(page)) return;
    const { pageSize, fetch, onPage, changed } = this.options;
    const current = this.generation;
    const after = this.starts.get(page);
    this.inFlight.add(page);
    fetch({ page, offset: page * pageSize, limit: pageSize, ...(after !== undefined ? { after } : {}) }).then(
      (result) => {
        if (current !== this.generation) return;
        this.inFlight.delete(page);
        this.pages.set(page, result.rows);
        if (result.next) this.starts.set(page + 1, result.next);
        if (result.total !== null) this.total = result.total;
        this.error = null;
        onPage?.(result);
        changed();
      },
      (caught: unknown) => {
        if (current !== this.generation) return;
        this.inFlight.delete(page);
        this.error = caught;
        changed();
      },
    );
  }
}
