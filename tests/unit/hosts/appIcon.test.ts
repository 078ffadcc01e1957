// The app icon (resources/icons/) on the desktop window and in every package, read through
// electron-builder's own configuration loader and schema check; and the package metadata
// electron-builder warns about when it is missing.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourcesFolder, windowIconPath } from '../../../electron/icon.js';
import { repoRoot } from '../../helpers/paths.js';

interface PlatformConfig {
  icon?: string;
}
interface BuilderConfig {
  win?: PlatformConfig;
  linux?: PlatformConfig;
  mac?: PlatformConfig;
}

const require = createRequire(path.join(repoRoot, 'package.json'));

async function builderConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
    validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const config = await getConfig(repoRoot, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** Width and height from a PNG's IHDR chunk; null when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const head = fs.readFileSync(file).subarray(0, 24);
  if (head.subarray(1, 4).toString('latin1') !== 'PNG' || head.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

describe('the app icon', () => {
  it('is what the window shows, in development and packaged', () => {
    const dist = path.join(repoRoot, 'dist');
    const icon = windowIconPath(resourcesFolder(false, '/unused', dist));
    expect(icon).toBe(path.join(repoRoot, 'resources', 'icons', '256x256.png'));
    expect(pngSize(icon)).toEqual({ width: 256, height: 256 });
    // Packaged, resources/ is copied beside the app (extraResources in electron-builder.yml).
    expect(windowIconPath(resourcesFolder(true, '/opt/Workbench/resources', dist))).toBe(
      path.join('/opt/Workbench/resources', 'resources', 'icons', '256x256.png'),
    );
  });

  it('is set for Windows, Linux and macOS packages, as PNGs large enough to convert', async () => {
    const config = await builderConfig();
    for (const platform of ['win', 'mac'] as const) {
      const icon = config[platform]?.icon;
      expect(icon, `${platform}.icon`).toBeDefined();
      const size = pngSize(path.join(repoRoot, icon!));
      expect(size, `${platform}.icon ${icon}`).not.toBeNull();
      expect(size!.width).toBe(size!.height);
      expect(size!.width).toBeGreaterThanOrEqual(platform === 'mac' ? 1024 : 512);
    }
    // Linux takes a folder of NxN.png files, the largest at least 512 px.
    const folder = path.join(repoRoot, config.linux?.icon ?? 'missing');
    expect(fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory(), `linux.icon ${config.linux?.icon}`).toBe(true);
    const sizes = fs
      .readdirSync(folder)
      .map((name) => /^(\d+)x\1\.png$/.exec(name))
      .filter((m) => m !== null)
      .map((m) => {
        const side = Number(m[1]);
        expect(pngSize(path.join(folder, m[0]))).toEqual({ width: side, height: side });
        return side;
      });
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(512);
  });
});

describe('package metadata', () => {
  it('names an author, which electron-builder requires for the Linux and Windows packages', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { author?: unknown };
    expect(pkg.author).toBe('Power Marketing Workbench team');
  });
});
