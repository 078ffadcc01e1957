// The data browser says what the engine's paging allows, from what the engine answers: the
// search box names the columns a search looks in and how it matches them, and a refused sort
// is explained in words with the columns that can be sorted by.
import path from 'node:path';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../engine/api/contract.js';
import { EngineError, toErrorPayload } from '../../../engine/api/errors.js';
import type { DataKind, Language } from '../../../engine/api/types.js';
import { browse } from '../../../engine/catalog/browse.js';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { searchPlaceholder, sortRefusalText } from '../../../renderer/pages/data/browse/browseTexts.js';
import { translations } from '../../helpers/translations.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

let texts: Record<Language, TFunction>;
let db: Db;

beforeAll(async () => {
  texts = await translations();
  db = openWorkspaceDb(path.join(makeTempDir('workbench-browse-texts-'), 'empty.workbench'), { create: true });
});

afterAll(() => {
  db?.close();
  removeTempDirs();
});

/** What data.browse answers, or the error it refuses with, as the renderer receives them. */
function request(kind: DataKind, options: { unmask?: boolean; sort?: { column: string } } = {}) {
  return browse(db, contract['data.browse'].args.parse({ kind, limit: 10, ...options }));
}

function refusal(kind: DataKind, column: string) {
  try {
    request(kind, { sort: { column } });
  } catch (error) {
    return toErrorPayload(error);
  }
  throw new Error(`the engine sorted ${kind} by ${column}`);
}

describe('the search box', () => {
  it('names the columns a search looks in, matched from their start in a large table', () => {
    expect(searchPlaceholder(texts.en, 'tickets', request('tickets'), 'en')).toBe('Ticket number or Customer number: type its first characters…');
    expect(searchPlaceholder(texts['zh-CN'], 'tickets', request('tickets'), 'zh-CN')).toBe('工单编号或户号：输入开头部分…');
  });

  it('adds the personal columns once they are shown', () => {
    expect(searchPlaceholder(texts.en, 'customers', request('customers'), 'en')).toBe('Customer number or Transformer area: type its first characters…');
    expect(searchPlaceholder(texts.en, 'customers', request('customers', { unmask: true }), 'en')).toBe(
      'Customer number, Customer name, Phone, ID number, or Transformer area: type its first characters…',
    );
  });

  it('says a small table is searched anywhere in its text', () => {
    expect(searchPlaceholder(texts.en, 'areas', request('areas'), 'en')).toBe('Transformer area, Area name, or Feeder: type any part of it…');
  });

  it('says nothing before the first page has come', () => {
    expect(searchPlaceholder(texts.en, 'tickets', { columns: [], searchBy: null }, 'en')).toBe('');
  });
});

describe('a refused sort', () => {
  it("is explained with the engine's column and the ones it can sort by, in both languages", () => {
    const refused = refusal('tickets', 'channel');
    expect(sortRefusalText(texts.en, 'tickets', refused, 'en')).toBe(
      'This table cannot be sorted by Channel: it is too large to sort by a column without an index. Sort it by Received at, Ticket number, or Customer number.',
    );
    expect(sortRefusalText(texts['zh-CN'], 'tickets', refused, 'zh-CN')).toBe('此表数据量大，不能按受理渠道排序（该列没有索引）。可按受理时间、工单编号或户号排序。');
  });

  it('is told apart from other errors', () => {
    const other = toErrorPayload(new EngineError('validation', 'This page marker does not belong to this table and order.', { after: 'x' }));
    expect(sortRefusalText(texts.en, 'tickets', other, 'en')).toBeNull();
    expect(sortRefusalText(texts.en, 'tickets', { code: 'io', details: { column: 'a', sortable: [] } }, 'en')).toBeNull();
  });
});
