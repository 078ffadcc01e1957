// Types of nativeSqlite.mjs, for the Electron launch test.
export function electronNativeDir(root: string): string;
export function electronSqliteBinding(root: string): string;
export function ensureElectronSqlite(root: string, say: (line: string) => void): Promise<string>;
