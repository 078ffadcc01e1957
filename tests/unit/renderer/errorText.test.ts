// Import errors as the job panel and the import wizard show them: in the user's language, naming
// the file, the kinds and the fields in words, and saying what to do; never a raw code, a
// {{placeholder}} or a JSON blob.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { toErrorPayload, type ErrorPayload } from '../../../engine/api/errors.js';
import type { Language } from '../../../engine/api/types.js';
import { resolveMapping } from '../../../engine/import/mapping.js';
import { checkImportable } from '../../../engine/import/mappingCheck.js';
import { kindScores } from '../../../engine/import/mappingKind.js';
import { errorText } from '../../../renderer/i18n/labels.js';
import { translations } from '../../helpers/translations.js';

let texts: Record<Language, TFunction>;

beforeAll(async () => {
  texts = await translations();
});

/** What the engine throws when the file's columns are checked before an import. */
function importRefusal(file: string, kind: 'daily' | 'customers', headers: string[]): ErrorPayload {
  try {
    checkImportable(file, kind, headers, resolveMapping(kind, headers, 0, undefined), kindScores(headers), false);
  } catch (error) {
    return toErrorPayload(error);
  }
  throw new Error('expected a refusal');
}

function mappingRefusal(): ErrorPayload {
  try {
    resolveMapping('customers', ['用户编号', '户名'], 0, { fields: { customer: '户号' } });
  } catch (error) {
    return toErrorPayload(error);
  }
  throw new Error('expected a refusal');
}

function shown(error: ErrorPayload, language: Language): string {
  const text = errorText(texts[language], error, language);
  expect(text, 'a placeholder left').not.toMatch(/\{\{|\}\}/);
  expect(text, 'raw JSON').not.toMatch(/[{[]"/);
  expect(text, 'an empty gap where a value belongs').not.toMatch(/\s[,:：，]|\(\s*\)|（\s*）/);
  return text;
}

describe('import errors in words', () => {
  it('missing required columns: the file, the kind, each field and the headers that would do, and what to do', () => {
    const error = importRefusal('日冻结.csv', 'daily', ['表号', '正向有功总示值']);
    expect(error.code).toBe('import.missing_columns');
    const en = shown(error, 'en');
    expect(en).toContain('日冻结.csv cannot be imported as Daily readings');
    expect(en).toMatch(/no column for Reading date \(a column named 数据日期, 冻结日期/);
    expect(en).toContain('Rename the column in the file, or choose its column in the import preview.');
    const zh = shown(error, 'zh-CN');
    expect(zh).toContain('日冻结.csv 不能作为日冻结示值/日电量导入');
    expect(zh).toMatch(/缺少以下列：冻结日期（表头如 数据日期、冻结日期/);
    expect(zh).toContain('请在文件中修改列名，或在导入预览中为其选择一列。');
  });

  it('a file of another kind: both kinds by name, and what to do', () => {
    const error = importRefusal('账单.csv', 'customers', ['户号', '电费年月', '应收电费', '实收电费']);
    expect(error.code).toBe('import.wrong_kind');
    expect(shown(error, 'en')).toBe('账单.csv looks like Bills and payments, not Customer archive. Import it as Bills and payments, or map its columns in the preview.');
    expect(shown(error, 'zh-CN')).toContain('账单.csv 看起来是电费与缴费数据，而不是客户档案');
  });

  it('a quote never closed in a CSV file', () => {
    const error: ErrorPayload = { code: 'import.malformed_csv', message: 'x', details: { file: '/data/档案.csv', position: 70_000_000 } };
    expect(shown(error, 'en')).toMatch(/^档案\.csv has a quotation mark .* Fix that quote in a text editor and import again\.$/);
    expect(shown(error, 'zh-CN')).toMatch(/^档案\.csv 中有一个引号.*请用文本编辑器修正该引号后再导入。$/);
  });

  it('a mapping that names a column the file does not have', () => {
    const error = mappingRefusal();
    expect(error.code).toBe('import.bad_mapping');
    expect(shown(error, 'en')).toContain('(Customer number)');
    expect(shown(error, 'en')).toContain('Choose the columns again in the import preview');
    expect(shown(error, 'zh-CN')).toContain('（户号）');
  });
});

describe('a wording picked by details.variant', () => {
  it("forecast.no_data: before a start, or never (no 'before null')", () => {
    const before: ErrorPayload = { code: 'forecast.no_data', message: 'x', details: { scope: 'A区', start: '2026-01-01T00:00' } };
    const never: ErrorPayload = { code: 'forecast.no_data', message: 'x', details: { scope: 'A区', variant: 'never' } };
    expect(shown(before, 'en')).toContain('before 2026-01-01T00:00');
    expect(shown(never, 'en')).toBe(
      'There is no load data for A区 at all. Import interval load (or daily consumption) for its meters, or pick another scope.',
    );
    expect(shown(never, 'zh-CN')).toMatch(/^A区没有任何负荷数据/);
    expect(shown(never, 'en')).not.toMatch(/null|undefined/);
  });
});
