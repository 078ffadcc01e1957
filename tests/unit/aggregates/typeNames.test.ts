// One name, one meaning: the aggregates write the catalog's figures and the catalog and the
// overview read them, so a type name declared twice across these folders would name two
// different shapes of the same data (as StatsRow and MonthTally once did).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/paths.js';

const folders = ['engine/aggregates', 'engine/catalog', 'engine/overview'];
const declaration = /^(?:export\s+)?(?:interface|type|class)\s+([A-Z]\w*)/gm;

function declaredTypes(): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const folder of folders) {
    for (const file of fs.readdirSync(path.join(repoRoot, folder), { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const source = fs.readFileSync(path.join(repoRoot, folder, file), 'utf8');
      for (const [, name] of source.matchAll(declaration)) where.set(name!, [...(where.get(name!) ?? []), `${folder}/${file}`]);
    }
  }
  return where;
}

describe('type names in the aggregates, the catalog and the overview', () => {
  it('are declared once each', () => {
    const twice = [...declaredTypes()].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
  });
});
