// The page cache under the data browser and the Theft page's suspects (renderer/state/pagedRows.ts):
// pages fetched once, by offset or after the marker the page before gave (keyset), the total
// kept, far pages forgotten, errors reported, and answers to an earlier query dropped.
import { describe, expect, it } from 'vitest';
import { PagedRows, type FetchedPage, type PageRequest } from '../../../renderer/state/pagedRows.js';

/** 1,000 numbered rows served 10 a page; each page's marker is its last row; answers wait until released. */
function server(options: { keyset?: boolean; totalOnFirstOnly?: boolean } = {}) {
  const requests: PageRequest[] = [];
  const waiting: (() => void)[] = [];
  let failNext = false;
  const fetch = (request: PageRequest) =>
    new Promise<FetchedPage<number>>((resolve, reject) => {
      requests.push(request);
      waiting.push(() => {
        if (failNext) {
          failNext = false;
          reject(new Error('engine gone'));
          return;
        }
        const start = request.after !== undefined ? Number(request.after) + 1 : request.offset;
        const rows = Array.from({ length: request.limit }, (_, i) => start + i).filter((n) => n < 1000);
        resolve({ rows, total: options.totalOnFirstOnly && request.offset > 0 ? null : 1000, ...(options.keyset ? { next: String(rows.at(-1)) } : {}) });
      });
    });
  const release = async () => {
    for (const answer of waiting.splice(0)) answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { requests, fetch, release, failOnce: () => (failNext = true) };
}

function cache(s: ReturnType<typeof server>, maxPages = 5) {
  let draws = 0;
  const pages: FetchedPage<number>[] = [];
  const rows = new PagedRows<number>({ pageSize: 10, maxPages, fetch: s.fetch, onPage: (p) => pages.push(p), changed: () => draws++ });
  return { rows, draws: () => draws, pages };
}

describe('paged rows', () => {
  it('fetches the pages in view once each, by offset, and keeps the total', async () => {
    const s = server();
    const { rows, draws, pages } = cache(s);
    rows.reset();
    rows.ensure(0, 25);
    rows.ensure(5, 25); // already loading: not asked again
    expect(s.requests.map((r) => [r.page, r.offset, r.limit])).toEqual([[0, 0, 10], [1, 10, 10], [2, 20, 10]]);
    expect(rows.row(12)).toBeUndefined();
    await s.release();
    expect([rows.row(0), rows.row(12), rows.row(29), rows.total]).toEqual([0, 12, 29, 1000]);
    expect(draws()).toBe(3);
    expect(pages).toHaveLength(3);
  });

  it('starts a page after the marker of the page before it (keyset), a far jump by offset', async () => {
    const s = server({ keyset: true, totalOnFirstOnly: true });
    const { rows } = cache(s);
    rows.reset();
    await s.release();
    rows.ensure(10, 10);
    rows.ensure(500, 500);
    expect(s.requests.slice(1)).toEqual([
      { page: 1, offset: 10, limit: 10, after: '9' },
      { page: 50, offset: 500, limit: 10 },
    ]);
    await s.release();
    // The total of the first page is kept when later pages do not count it.
    expect([rows.row(10), rows.row(505), rows.total]).toEqual([10, 505, 1000]);
  });

  it('forgets the pages farthest from the view beyond the limit', async () => {
    const s = server();
    const { rows } = cache(s, 3);
    rows.reset();
    await s.release();
    for (const page of [1, 2, 3, 40]) {
      rows.ensure(page * 10, page * 10);
      await s.release();
    }
    // Asked for page 40 with pages 0..3 held: page 0, the farthest, is forgotten (the limit is
    // checked as pages are asked for, so the one on its way is not yet counted).
    expect([rows.row(0), rows.row(10), rows.row(20), rows.row(30), rows.row(400)]).toEqual([undefined, 10, 20, 30, 400]);
    rows.ensure(0, 0);
    await s.release();
    expect([rows.row(0), rows.row(10), rows.row(400)]).toEqual([0, 10, undefined]);
  });

  it('reports a failed page and fetches it again when asked', async () => {
    const s = server();
    const { rows } = cache(s);
    s.failOnce();
    rows.reset();
    await s.release();
    expect((rows.error as Error).message).toBe('engine gone');
    expect(rows.row(0)).toBeUndefined();
    rows.ensure(0, 0);
    await s.release();
    expect([rows.error, rows.row(0)]).toEqual([null, 0]);
  });

  it('drops answers to fetches from before a reset or after close', async () => {
    const s = server();
    const { rows, draws } = cache(s);
    rows.reset();
    rows.reset();
    await s.release();
    expect(draws()).toBe(1);
    rows.ensure(10, 10);
    rows.close();
    await s.release();
    expect([draws(), rows.row(10)]).toEqual([1, undefined]);
  });
});
