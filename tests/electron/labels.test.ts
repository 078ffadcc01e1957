// The native menus and dialogs speak from the translation files like the rest of the UI:
// electron/ reads the 'menu' and 'dialog' sections of resources/locales and keeps no words of
// its own (the locales test checks that both files have the same keys).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorText, fill, languageOfLocale, nativeLabels, technicalDetails } from '../../electron/labels.js';
import { repoRoot } from '../helpers/paths.js';

const locale = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'resources', 'locales', `${language}.json`), 'utf8')) as {
    app: { name: string };
    menu: Record<string, string>;
    dialog: Record<string, string>;
    errors: { workspace: Record<string, string>; import: Record<string, string> } & Record<string, unknown>;
    common: { technicalDetails: string };
  };

describe('native menu and dialog words', () => {
  it.each(['zh-CN', 'en'] as const)('are the %s translation file\'s', (language) => {
    const file = locale(language);
    expect(nativeLabels(language)).toEqual({
      appName: file.app.name,
      menu: file.menu,
      dialog: file.dialog,
      errors: file.errors,
      technicalDetails: file.common.technicalDetails,
    });
  });

  it('are not written in electron/ itself', () => {
    const sources = fs.readdirSync(path.join(repoRoot, 'electron')).filter((name) => /\.(ts|mts|mjs)$/.test(name));
    expect(sources.length).toBeGreaterThan(5);
    const withChinese = sources.filter((name) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(fs.readFileSync(path.join(repoRoot, 'electron', name), 'utf8')));
    expect(withChinese).toEqual([]);
  });

  it('fill their {{places}} as i18next does', () => {
    expect(fill(nativeLabels('zh-CN').dialog.startFailed, { message: '工作区已损坏' })).toBe('应用无法启动：工作区已损坏');
    expect(fill('{{ a }} and {{b}}', { a: '1' })).toBe('1 and {{b}}');
  });

  it('follow the system locale until the settings are read', () => {
    expect(languageOfLocale('zh-CN')).toBe('zh-CN');
    expect(languageOfLocale('zh-TW')).toBe('zh-CN');
    expect(languageOfLocale('en-US')).toBe('en');
    expect(languageOfLocale('de')).toBe('en');
  });
});

describe('an engine error in a native dialog', () => {
  const newer = {
    code: 'workspace.newer_version' as const,
    message: 'C:\\数据\\region.workbench was written by a newer version of the app (schema 2, this app knows up to 1).',
    details: { path: 'C:\\数据\\region.workbench', version: 2, supported: 1 },
  };

  it('is worded by its code in the app language, naming the file by its name', () => {
    const zh = locale('zh-CN');
    expect(errorText('zh-CN', newer)).toBe(zh.errors.workspace.newer_version!.replace('{{name}}', 'region.workbench'));
    expect(technicalDetails('zh-CN', newer)).toBe(`\n\n${zh.common.technicalDetails}: ${newer.message}`);
  });

  it("keeps the engine's message when its words would leave a place empty", () => {
    const noRows = { code: 'import.no_rows' as const, message: 'x.csv has a header (row 3) and no data rows.', details: { path: '/data/x.csv' } };
    expect(errorText('zh-CN', noRows)).toBe(noRows.message); // {{headerRow}} is not in its details
    expect(technicalDetails('zh-CN', noRows)).toBe('');
  });
});
