// `workbench import --mapping`: the contract's MappingSpec, or a plain table in either direction,
// checked against the contract's schema and the kind's field names before anything is written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMappingOption, toMappingSpec } from '../../../engine/hosts/cli/mapping.js';
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

describe('a MappingSpec', () => {
  it('is taken as it is, options included', () => {
    const spec = { fields: { customer: '用户编号', contractKva: 4, name: null }, options: { headerRow: 1, encoding: 'gb18030' } };
    expect(toMappingSpec(spec, 'customers', fields)).toEqual(spec);
  });

  it('is bad usage when the contract would refuse it', () => {
    const invalid = [
      { fields: { customer: true } },
      { fields: { customer: -1 } },
      { fields: { customer: '户号' }, options: { unit: 'MW' } },
      { fields: { customer: '户号' }, extra: 1 },
    ];
    for (const spec of invalid) expect(() => toMappingSpec(spec, 'customers', fields)).toThrow(/--mapping is not a valid mapping/);
  });

  it('is bad usage when it names fields the kind does not have, listing those it has', () => {
    const spec = { fields: { customer_id: '用户编号', day: '数据日期', name: '户名' } };
    expect(() => toMappingSpec(spec, 'customers', fields)).toThrow(
      "--mapping: 'customer_id', 'day' are not fields of kind 'customers'. Fields: customer, name, category, contractKva.",
    );
    expect(() => toMappingSpec(spec, 'customers', fields)).toThrow(UsageError);
  });
});

describe('a plain mapping', () => {
  it('takes {field: header} and column numbers as they are', () => {
    expect(toMappingSpec({ customer: '户号', contractKva: 4 }, 'customers', fields)).toEqual({
      fields: { customer: '户号', contractKva: 4 },
    });
  });

  it('takes null for a field not to import', () => {
    expect(toMappingSpec({ customer: '户号', contractKva: null }, 'customers', fields)).toEqual({
      fields: { customer: '户号', contractKva: null },
    });
  });

  it('turns {header: field} around', () => {
    expect(toMappingSpec({ 户号: 'customer', 用电类别: 'category' }, 'customers', fields)).toEqual({
      fields: { customer: '户号', category: '用电类别' },
    });
  });

  it('refuses a table that names no fields of the kind, listing them', () => {
    expect(() => toMappingSpec({ 户号: 'account' }, 'customers', fields)).toThrow(/customer, name, category, contractKva/);
    expect(() => toMappingSpec({ customer: true }, 'customers', fields)).toThrow(UsageError);
    expect(() => toMappingSpec(['customer'], 'customers', fields)).toThrow(/JSON object/);
  });
});
