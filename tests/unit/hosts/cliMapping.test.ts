// `workbench import --mapping`: the contract's MappingSpec, or a plain table in either direction.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMappingSpec, plainToMappingSpec, readMappingOption } from '../../../engine/hosts/cli/mapping.js';
import { UsageError } from '../../../engine/hosts/cli/usage.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

const fields = ['customer', 'name', 'category', 'contractKva'];

afterAll(() => removeTempDirs());

describe('reading --mapping', () => {
  it('parses inline JSON', () => {
    expect(readMappingOption(' {"customer": "户号"}')).toEqual({ customer: '户号' });
  });

  it('reads a JSON file, with or without a byte-order mark', () => {
    const file = path.join(makeTempDir(), 'mapping.json');
    fs.writeFileSync(file, '\uFEFF{"fields": {"customer": "用户编号"}}');
    expect(readMappingOption(file)).toEqual({ fields: { customer: '用户编号' } });
  });

  it('calls bad JSON and a missing file bad usage', () => {
    expect(() => readMappingOption('{"customer": ')).toThrow(UsageError);
    expect(() => readMappingOption(path.join(makeTempDir(), 'absent.json'))).toThrow(/neither inline JSON nor a readable JSON file/);
  });
});

describe('converting a plain mapping', () => {
  it('tells a MappingSpec from a plain table', () => {
    expect(isMappingSpec({ fields: { customer: '户号' }, options: { headerRow: 1 } })).toBe(true);
    expect(isMappingSpec({ customer: '户号' })).toBe(false);
  });

  it('takes {field: header} and column numbers as they are', () => {
    expect(plainToMappingSpec({ customer: '户号', contractKva: 4 }, 'customers', fields)).toEqual({
      fields: { customer: '户号', contractKva: 4 },
    });
  });

  it('takes null for a field not to import', () => {
    expect(plainToMappingSpec({ customer: '户号', contractKva: null }, 'customers', fields)).toEqual({
      fields: { customer: '户号', contractKva: null },
    });
  });

  it('turns {header: field} around', () => {
    expect(plainToMappingSpec({ 户号: 'customer', 用电类别: 'category' }, 'customers', fields)).toEqual({
      fields: { customer: '户号', category: '用电类别' },
    });
  });

  it('refuses a table that names no fields of the kind, listing them', () => {
    expect(() => plainToMappingSpec({ 户号: 'account' }, 'customers', fields)).toThrow(/customer, name, category, contractKva/);
    expect(() => plainToMappingSpec({ customer: true }, 'customers', fields)).toThrow(UsageError);
    expect(() => plainToMappingSpec(['customer'], 'customers', fields)).toThrow(/JSON object/);
  });
});
