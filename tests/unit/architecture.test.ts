// The layers' import direction (tests/helpers/layers.ts), on the real sources and on small
// examples of each rule broken, so that the check itself is known to catch them.
import { describe, expect, it } from 'vitest';
import { importSpecifiers, layerViolations, readSources } from '../helpers/layers.js';
import { repoRoot } from '../helpers/paths.js';

describe('import direction', () => {
  it('holds in the sources', () => {
    const sources = readSources(repoRoot, ['engine', 'renderer', 'electron']);
    expect(sources.length).toBeGreaterThan(50);
    expect(layerViolations(sources)).toEqual([]);
  });
});

describe('the import scanner', () => {
  it('finds import, export-from, dynamic import and require, but not comments or strings', () => {
    const text = [
      "import a from 'a';",
      "import type { B } from './b.js';",
      "export * from '../c.js';",
      "export { d } from 'd';",
      "const e = await import('node:e');",
      "const f = require('f');",
      "// import 'commented';",
      "/* require('blocked') */",
      "const s = \"import 'quoted'\";",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['a', './b.js', '../c.js', 'd', 'node:e', 'f']);
  });

  const broken: [string, string, string][] = [
    ['engine imports electron', 'engine/host/x.ts', "import { app } from 'electron';"],
    ['engine imports react', 'engine/services/x.ts', "import { useState } from 'react';"],
    ['engine imports a React library', 'engine/services/x.ts', "import { useVirtualizer } from '@tanstack/react-virtual';"],
    ['engine imports the renderer', 'engine/services/x.ts', "import { App } from '../../renderer/shell/App.js';"],
    ['renderer imports a node builtin', 'renderer/pages/x.tsx', "import fs from 'node:fs';"],
    ['renderer imports a bare builtin', 'renderer/pages/x.tsx', "const path = require('path');"],
    ['renderer imports a builtin subpath', 'renderer/pages/x.tsx', "import { readFile } from 'fs/promises';"],
    ['renderer imports a Node-only package', 'renderer/api/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
    ['renderer imports electron', 'renderer/api/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer imports the engine host', 'renderer/api/x.ts', "import type { Engine } from '../../engine/host/engine.js';"],
    ['the API imports a builtin', 'engine/api/x.ts', "import path from 'node:path';"],
    ['the API imports the store', 'engine/api/methods/x.ts', "import { Db } from '../../store/database.js';"],
    ['the API imports a package', 'engine/api/x.ts', "import dayjs from 'dayjs';"],
    ['electron imports the renderer', 'electron/x.ts', "import { App } from '../renderer/shell/App.js';"],
  ];

  it.each(broken)('catches: %s', (_why, file, text) => {
    expect(layerViolations([{ path: file, text }])).toHaveLength(1);
  });

  const allowed: [string, string, string][] = [
    ['renderer imports the API', 'renderer/api/x.ts', "import { eventNames } from '../../engine/api/contract.js';"],
    ['renderer imports packages', 'renderer/pages/x.tsx', "import * as echarts from 'echarts';"],
    ['the API imports zod and itself', 'engine/api/methods/x.ts', "import { z } from 'zod';\nimport { method } from '../method.js';"],
    ['engine imports Node and its own files', 'engine/host/x.ts', "import fs from 'node:fs';\nimport { contract } from '../api/contract.js';"],
    ['electron imports the engine and electron', 'electron/x.ts', "import { app } from 'electron';\nimport { Engine } from '../engine/host/engine.js';"],
  ];

  it.each(allowed)('allows: %s', (_why, file, text) => {
    expect(layerViolations([{ path: file, text }])).toEqual([]);
  });
});
