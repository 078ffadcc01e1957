// Request paths to files of the built UI, shared by the web host and Electron's app:// scheme.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveUiFile } from '../../../engine/hosts/shared/uiFiles.js';
import { attachment } from '../../../engine/hosts/web/downloads.js';
import { contentSecurityPolicy, contentTypeOf } from '../../../engine/hosts/shared/contentSecurity.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

let ui: string;

beforeAll(() => {
  const root = makeTempDir();
  ui = path.join(root, 'ui');
  fs.mkdirSync(path.join(ui, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(ui, 'assets', '图表.js'), '');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside');
});

afterAll(() => removeTempDirs());

describe('resolveUiFile', () => {
  it('finds files, also with encoded names', () => {
    expect(resolveUiFile(ui, '/assets/%E5%9B%BE%E8%A1%A8.js')).toEqual({ file: path.join(ui, 'assets', '图表.js'), isHtml: false });
    expect(resolveUiFile(ui, '/index.html')).toEqual({ file: path.join(ui, 'index.html'), isHtml: true });
  });

  it('answers the app for routes and folders, nothing for missing files', () => {
    expect(resolveUiFile(ui, '/')?.file).toBe(path.join(ui, 'index.html'));
    expect(resolveUiFile(ui, '/data/import')?.file).toBe(path.join(ui, 'index.html'));
    expect(resolveUiFile(ui, '/assets/missing.js')).toBeNull();
  });

  it('never leaves the UI folder', () => {
    expect(resolveUiFile(ui, '/../secret.txt')).toBeNull();
    expect(resolveUiFile(ui, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveUiFile(ui, '/..%2fsecret.txt')).toBeNull();
    expect(resolveUiFile(ui, '/assets/%00.js')).toBeNull();
    expect(resolveUiFile(ui, '/%E0%A4%A')).toBeNull();
  });
});

describe('headers', () => {
  it('writes the Content-Security-Policy with extra connect sources', () => {
    expect(contentSecurityPolicy()).toContain("connect-src 'self';");
    expect(contentSecurityPolicy(['ws://127.0.0.1:9'])).toContain("connect-src 'self' ws://127.0.0.1:9;");
  });

  it('names content types, and unknown files as bytes', () => {
    expect(contentTypeOf('a/B.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(contentTypeOf('v1.2/noext')).toBe('application/octet-stream');
  });

  it('names attachments in ASCII and in UTF-8', () => {
    expect(attachment('报表 "1".xlsx')).toBe(`attachment; filename="__ _1_.xlsx"; filename*=UTF-8''%E6%8A%A5%E8%A1%A8%20%221%22.xlsx`);
    expect(attachment("it's (1).csv")).toBe(`attachment; filename="it's (1).csv"; filename*=UTF-8''it%27s%20%281%29.csv`);
  });
});
