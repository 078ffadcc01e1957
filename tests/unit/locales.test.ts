// The two translation files say the same things, and everything the UI shows has words in
// both: every t('key') literal in renderer/, every pattern t(`kinds.${kind}`) can produce,
// and every code the engine sends (errors, data kinds, categories, job methods and states,
// import fields, quarantine reasons).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../engine/api/contract.js';
import { errorCodes } from '../../engine/api/errors.js';
import { categories } from '../../engine/api/overviewTypes.js';
import { dataKinds } from '../../engine/api/types.js';
import { views } from '../../engine/catalog/views.js';
import { problemCodes } from '../../engine/import/kinds/fieldReader.js';
import { kindDefinitions } from '../../engine/import/kinds/index.js';
import { repoRoot } from '../helpers/paths.js';

type Tree = { [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;
const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted'];
/** Raised by the renderer itself when the engine cannot be reached (renderer/api/errors.ts). */
const CLIENT_ERROR_CODES = ['connection_lost'];

function load(language: string): Map<string, string> {
  const tree = JSON.parse(fs.readFileSync(path.join(repoRoot, 'resources', 'locales', `${language}.json`), 'utf8')) as Tree;
  const flat = new Map<string, string>();
  const walk = (node: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const full = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') flat.set(full, value);
      else walk(value, full);
    }
  };
  walk(tree, '');
  return flat;
}

/** Keys as t() is called with them: plural forms (_one, _other) under their base key. */
function baseKeys(flat: Map<string, string>): Set<string> {
  return new Set([...flat.keys()].map((key) => key.replace(PLURAL, '')));
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

function rendererSources(dir = path.join(repoRoot, 'renderer')): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return rendererSources(full);
    return /\.tsx?$/.test(entry.name) ? [{ file: path.relative(repoRoot, full), text: fs.readFileSync(full, 'utf8') }] : [];
  });
}

/** t('a.b'), t("a.b"), i18nKey="a.b": literal keys. */
export function literalKeys(text: string): string[] {
  return [...text.matchAll(/\bt\(\s*(['"])([\w.-]+)\1/g)].map((m) => m[2]!);
}

/** t(`kinds.${kind}`): a template, as a pattern each ${…} of which stands for one key segment or more. */
export function templateKeys(text: string): RegExp[] {
  return [...text.matchAll(/\bt\(\s*`([^`]*\$\{[^`]*)`/g)].map((m) => {
    const parts = m[1]!.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('[\\w.-]+')}$`);
  });
}

const en = load('en');
const zh = load('zh-CN');
const keys = baseKeys(en);

describe('translation files', () => {
  it('have the same keys in zh-CN and en', () => {
    const zhKeys = baseKeys(zh);
    expect([...keys].filter((k) => !zhKeys.has(k)), 'in en only').toEqual([]);
    expect([...zhKeys].filter((k) => !keys.has(k)), 'in zh-CN only').toEqual([]);
  });

  it('use the same {{variables}} in both languages', () => {
    const mismatched = [...en.entries()].filter(([key, text]) => {
      const other = zh.get(key) ?? zh.get(key.replace(PLURAL, '_other'));
      return other !== undefined && variables(text).join() !== variables(other).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('have no empty texts', () => {
    expect([...en, ...zh].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('give English plural keys both forms', () => {
    const plural = [...en.keys()].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, ''));
    expect(plural.filter((base) => !en.has(`${base}_one`) || !en.has(`${base}_other`))).toEqual([]);
    expect(plural.filter((base) => !zh.has(`${base}_other`))).toEqual([]);
  });
});

describe('the renderer', () => {
  const sources = rendererSources();

  it('is scanned', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it('uses only keys that exist', () => {
    const missing = sources.flatMap(({ file, text }) => literalKeys(text).filter((key) => !keys.has(key)).map((key) => `${file}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('uses key templates that match existing keys', () => {
    const unmatched = sources.flatMap(({ file, text }) =>
      templateKeys(text)
        .filter((pattern) => ![...keys].some((key) => pattern.test(key)))
        .map((pattern) => `${file}: ${pattern.source}`),
    );
    expect(unmatched).toEqual([]);
  });
});

describe('engine codes have words', () => {
  const need = (list: string[]) => list.filter((key) => !keys.has(key));

  it('error codes', () => {
    expect(need([...errorCodes, ...CLIENT_ERROR_CODES].map((code) => `errors.${code}`))).toEqual([]);
  });

  it('data kinds and usage categories', () => {
    expect(need(dataKinds.map((kind) => `kinds.${kind}`))).toEqual([]);
    expect(need(categories.map((category) => `categories.${category}`))).toEqual([]);
  });

  it('job methods and states', () => {
    const jobMethods = methodNames.filter((name) => contract[name].mode === 'job');
    expect(jobMethods.length).toBeGreaterThan(0);
    expect(need(jobMethods.map((method) => `jobs.methods.${method}`))).toEqual([]);
    expect(need(JOB_STATUSES.map((status) => `jobs.status.${status}`))).toEqual([]);
  });

  it('every import field of every kind', () => {
    const fields = dataKinds.flatMap((kind) => kindDefinitions[kind].fields.map((field) => `fields.${kind}.${field.name}`));
    expect(fields.length).toBeGreaterThan(50);
    expect(need(fields)).toEqual([]);
  });

  it('every unit an import field is measured in', () => {
    const units = new Set(dataKinds.flatMap((kind) => kindDefinitions[kind].fields.flatMap((field) => (field.unit ? [field.unit] : []))));
    expect(units).toContain('yuan');
    expect(need([...units].map((unit) => `mapping.units.${unit}`))).toEqual([]);
    // Words, not the engine's codes, in Chinese.
    expect(zh.get('mapping.units.yuan')).toBe('元');
    expect(zh.get('mapping.units.h')).toBe('小时');
  });

  it('every column of the data browser', () => {
    const columns = dataKinds.flatMap((kind) => views[kind].columns.map((column) => `columns.${kind}.${column.name}`));
    expect(need(columns)).toEqual([]);
  });

  it('every code a text column of the data browser holds', () => {
    // The import's code tables (resources/headers/<kind>.json) list what the store keeps.
    const codes = dataKinds.flatMap((kind) => {
      const tables = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'resources', 'headers', `${kind}.json`), 'utf8')) as { codes?: Record<string, Record<string, unknown>> }).codes ?? {};
      const textColumns = new Set(views[kind].columns.filter((c) => c.type === 'text').map((c) => c.name));
      return Object.entries(tables)
        .filter(([field]) => textColumns.has(field))
        .flatMap(([field, table]) => Object.keys(table).map((code) => `values.${kind}.${field}.${code}`));
    });
    expect(codes.length).toBeGreaterThan(20);
    expect(need(codes)).toEqual([]);
  });

  it('every reason a row is quarantined for', () => {
    expect(problemCodes.length).toBeGreaterThan(5);
    expect(need(problemCodes.map((code) => `problems.${code}`))).toEqual([]);
  });
});

describe('the key scanners', () => {
  it('find literal keys and templates, not other calls', () => {
    const text = "t('a.b'); t(\"c\", { x }); t(`kinds.${kind}`); format('d.e'); it('is scanned')";
    expect(literalKeys(text)).toEqual(['a.b', 'c']);
    expect(templateKeys(text).map((r) => r.source)).toEqual(['^kinds\\.[\\w.-]+$']);
  });
});
