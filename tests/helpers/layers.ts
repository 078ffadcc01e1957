// The direction of imports between the app's layers, checked from the sources:
// engine/ runs anywhere Node runs (no Electron, no DOM libraries, nothing of the renderer);
// renderer/ runs in a page (no Node, no Electron, only the engine's API contract);
// engine/api/ is the contract itself (zod and its own files only); electron/ glues the two
// and does not reach into the renderer.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Repository-relative path with forward slashes, e.g. 'engine/host/engine.ts'. */
  path: string;
  text: string;
}

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/**
 * Packages that need a DOM. Not echarts: its server-side renderer (echarts.init(null, null, { ssr: true }))
 * needs none, and the engine draws the reports' charts with it (engine/reports/render/chartSvg.ts).
 */
const domPackages = ['react', 'react-dom', 'react-i18next', '@tanstack/react-table', '@tanstack/react-virtual'];
/** Packages that need Node. */
const nodePackages = ['better-sqlite3-multiple-ciphers', 'ws', 'exceljs'];

/** Module specifiers of import, export-from, import() and require() (comments and strings ignored). */
export function importSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Every source file under the given top-level folders. */
export function readSources(root: string, folders: string[]): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.d.mts')) {
        files.push({ path: path.relative(root, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  for (const folder of folders) if (fs.existsSync(path.join(root, folder))) walk(path.join(root, folder));
  return files;
}

type Target = { kind: 'file'; path: string } | { kind: 'package'; name: string; specifier: string };

function resolveTarget(from: string, specifier: string): Target {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    return { kind: 'file', path: path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier)) };
  }
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return { kind: 'package', name, specifier };
}

const under = (file: string, folder: string) => file === folder || file.startsWith(folder + '/');
const isNode = (t: Target) => t.kind === 'package' && (nodeBuiltins.has(t.specifier) || nodeBuiltins.has(t.name) || t.specifier.startsWith('node:') || nodePackages.includes(t.name));

/** Why this import breaks the layering, or null when it is allowed. */
function violation(from: string, target: Target): string | null {
  const described = target.kind === 'file' ? target.path : target.specifier;
  if (under(from, 'engine/api')) {
    const ok = target.kind === 'file' ? under(target.path, 'engine/api') : target.name === 'zod';
    if (!ok) return `the API contract imports ${described} (only zod and engine/api/ are allowed)`;
  }
  if (under(from, 'engine')) {
    if (target.kind === 'package' && (target.name === 'electron' || domPackages.includes(target.name))) return `the engine imports ${described}`;
    if (target.kind === 'file' && (under(target.path, 'renderer') || under(target.path, 'electron'))) return `the engine imports ${described}`;
  }
  if (under(from, 'renderer')) {
    if (target.kind === 'package' && (target.name === 'electron' || isNode(target))) return `the renderer imports ${described}`;
    if (target.kind === 'file' && under(target.path, 'engine') && !under(target.path, 'engine/api')) {
      return `the renderer imports ${described} (only engine/api/ is allowed)`;
    }
  }
  if (under(from, 'electron') && target.kind === 'file' && under(target.path, 'renderer')) return `electron/ imports ${described}`;
  return null;
}

/** One line per import against the grain: 'file: why'. */
export function layerViolations(files: SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    for (const specifier of importSpecifiers(file.text)) {
      const why = violation(file.path, resolveTarget(file.path, specifier));
      if (why) found.push(`${file.path}: ${why}`);
    }
  }
  return found;
}
