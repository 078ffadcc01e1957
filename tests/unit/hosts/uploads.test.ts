// The web host's uploads are working copies: gone once imported, kept for another try after a
// failed import, pruned when left behind.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Uploads } from '../../../engine/hosts/web/uploads.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

const HOUR = 3600 * 1000;

afterAll(() => removeTempDirs());

/** An upload folder as PUT /upload makes them: <milliseconds>-<random>/<file name>. */
function upload(dir: string, stamp: number, name = 'data.csv'): string {
  const file = path.join(dir, `${stamp}-${Math.random().toString(16).slice(2, 14)}`, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'x');
  return file;
}

/** A job the test ends when it likes. */
function job() {
  let succeed!: () => void;
  let fail!: () => void;
  const done = new Promise<void>((resolve, reject) => {
    succeed = resolve;
    fail = () => reject(new Error('failed'));
  });
  return { done, succeed, fail };
}

describe('an upload being imported', () => {
  it('is deleted, folder and all, when the import succeeds', async () => {
    const uploads = new Uploads(makeTempDir());
    const file = upload(uploads.dir, Date.now());
    const run = job();
    const handled = uploads.importing(file, run.done);
    expect(fs.existsSync(file)).toBe(true);
    run.succeed();
    await handled;
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });

  it('is kept when the import fails or is cancelled, so that the user can import it again', async () => {
    const uploads = new Uploads(makeTempDir());
    const file = upload(uploads.dir, Date.now());
    const run = job();
    const handled = uploads.importing(file, run.done);
    run.fail();
    await handled;
    expect(fs.existsSync(file)).toBe(true);
  });

  it('is deleted only when the last import reading it has ended', async () => {
    const uploads = new Uploads(makeTempDir());
    const file = upload(uploads.dir, Date.now());
    const [first, second] = [job(), job()];
    const firstHandled = uploads.importing(file, first.done);
    const secondHandled = uploads.importing(file, second.done);
    first.succeed();
    await firstHandled;
    expect(fs.existsSync(file)).toBe(true);
    second.fail();
    await secondHandled;
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });

  it('leaves files outside the uploads folder alone', async () => {
    const uploads = new Uploads(makeTempDir());
    const own = path.join(makeTempDir(), 'mine', 'data.csv');
    fs.mkdirSync(path.dirname(own), { recursive: true });
    fs.writeFileSync(own, 'x');
    const nested = path.join(uploads.dir, '1-a', 'deeper', 'data.csv');
    fs.mkdirSync(path.dirname(nested), { recursive: true });
    fs.writeFileSync(nested, 'x');
    await uploads.importing(own, Promise.resolve());
    await uploads.importing(nested, Promise.resolve());
    await uploads.importing(uploads.dir, Promise.resolve());
    expect(fs.existsSync(own)).toBe(true);
    expect(fs.existsSync(nested)).toBe(true);
  });
});

describe('pruning', () => {
  it('removes uploads older than a day and keeps newer ones and other entries', async () => {
    const uploads = new Uploads(makeTempDir());
    const now = Date.now();
    const old = upload(uploads.dir, now - 25 * HOUR);
    const recent = upload(uploads.dir, now - 23 * HOUR);
    fs.mkdirSync(path.join(uploads.dir, 'not-an-upload'));
    await uploads.prune(now);
    expect(fs.existsSync(path.dirname(old))).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    expect(fs.existsSync(path.join(uploads.dir, 'not-an-upload'))).toBe(true);
  });

  it('spares an old upload that an import is still reading', async () => {
    const uploads = new Uploads(makeTempDir());
    const now = Date.now();
    const file = upload(uploads.dir, now - 48 * HOUR);
    const run = job();
    const handled = uploads.importing(file, run.done);
    await uploads.prune(now);
    expect(fs.existsSync(file)).toBe(true);
    run.fail();
    await handled;
    await uploads.prune(now);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('does nothing before the first upload', async () => {
    await expect(new Uploads(path.join(makeTempDir(), 'uploads')).prune()).resolves.toBeUndefined();
  });
});
