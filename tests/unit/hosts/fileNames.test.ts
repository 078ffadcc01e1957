// Names given by users (a new workspace) and by browsers (an upload) become file names by one rule.
import { describe, expect, it } from 'vitest';
import { workspaceFileName } from '../../../engine/host/hostHandlers.js';
import { safeFileName } from '../../../engine/hosts/shared/fileNames.js';

describe('safeFileName', () => {
  it('keeps Chinese and ordinary punctuation', () => {
    expect(safeFileName('城东供电所 2024-03 负荷(1).csv', 'upload')).toBe('城东供电所 2024-03 负荷(1).csv');
  });

  it('replaces what file systems refuse, path separators included, so a name stays in its folder', () => {
    expect(safeFileName('a<b>:c?.csv', 'upload')).toBe('a_b__c_.csv');
    expect(safeFileName('../../etc/passwd', 'upload')).toBe('_.._etc_passwd');
    expect(safeFileName('C:\\Users\\王\\负荷 1月.csv', 'upload')).toBe('C__Users_王_负荷 1月.csv');
    expect(safeFileName('tab\there\u0000.csv', 'upload')).toBe('tab_here_.csv');
  });

  it('drops leading dots and spaces, and the trailing ones Windows would drop', () => {
    expect(safeFileName(' .hidden.csv', 'upload')).toBe('hidden.csv');
    expect(safeFileName('report. ', 'upload')).toBe('report');
  });

  it('answers the fallback when nothing is left', () => {
    expect(safeFileName('..', 'upload')).toBe('upload');
    expect(safeFileName('  ', 'workspace')).toBe('workspace');
  });

  it('steers clear of the device names Windows reserves', () => {
    expect(safeFileName('NUL.csv', 'upload')).toBe('_NUL.csv');
    expect(safeFileName('com1', 'upload')).toBe('_com1');
    expect(safeFileName('console.csv', 'upload')).toBe('console.csv');
  });

  it('stays within 200 bytes of UTF-8, cut between characters, keeping the extension', () => {
    const long = safeFileName('负'.repeat(300) + '.xlsx', 'upload');
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long).toBe('负'.repeat(65) + '.xlsx');
  });
});

describe('new workspaces', () => {
  it('are named by the same rule, with the workspace extension', () => {
    for (const name of ['城东供电所 2024', 'a/b\\c', ' ..hidden ', 'NUL', '负'.repeat(300), '']) {
      expect(workspaceFileName(name)).toBe(`${safeFileName(name, 'workspace')}.workbench`);
    }
  });
});
