// Administration › Users & security in the web host: create profiles (the first an administrator,
// who is then signed in), sign in as an analyst (personal data not offered, and refused when asked
// for anyway), then as an auditor (allowed); encrypt the workspace; read it in Chinese.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../helpers/http.js';
import { removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, screenshot } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let page: Page;

beforeAll(async () => {
  session = await openDemoSession('security', 50, 14);
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

/** An API call as the page makes it (the web host's one session). */
async function call(method: string, args: unknown): Promise<{ ok: boolean; error?: { code: string }; result?: unknown }> {
  const res = await request(`${session.host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': session.host.token },
    body: JSON.stringify(args),
  });
  return res.json();
}

async function addProfile(name: string, role: string, password: string): Promise<void> {
  const form = page.getByTestId('profile-form');
  await form.getByTestId('profile-name').fill(name);
  await form.getByTestId('profile-role').selectOption(role);
  if (password) await form.getByTestId('profile-password').fill(password);
  await form.getByTestId('profile-save').click();
  await page.getByTestId('user-row').filter({ hasText: name }).waitFor();
}

async function signInAs(name: string, password: string): Promise<void> {
  await page.getByTestId('user-badge').click();
  await page.getByTestId('switch-profile').click();
  await page.getByTestId('sign-in-name').fill(name);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect.poll(() => page.getByTestId('user-badge').innerText()).toContain(name);
}

describe('users and roles', () => {
  it('creates profiles, and offers personal data to an auditor but not to an analyst', async () => {
    await chooseLanguage(page, 'en');
    await page.evaluate(() => {
      window.location.hash = '#/admin/security';
    });
    await page.getByTestId('security-tab').waitFor();
    await page.getByText('No profiles yet').waitFor();
    await addProfile('root', 'administrator', 'root pw');
    await expect.poll(() => page.getByTestId('user-badge').innerText()).toMatch(/root\s*Administrator/);
    await addProfile('ana', 'analyst', 'ana pw');
    await addProfile('aud', 'auditor', '');
    expect(await page.getByTestId('user-row').count()).toBe(3);
    await screenshot(page, 'admin-security-en');

    const customer = ((await call('customers.search', { limit: 1 })).result as { rows: { customerId: string }[] }).rows[0]!.customerId;

    // An analyst: no Show personal fields, and the engine refuses it when asked directly.
    await signInAs('ana', 'ana pw');
    await page.evaluate((id) => {
      window.location.hash = `#/customers/search/${id}`;
    }, customer);
    await page.getByTestId('customer-360').waitFor();
    await page.getByTestId('c360-archive').waitFor();
    expect(await page.getByTestId('c360-unmask').count()).toBe(0);
    expect((await call('customers.get', { customerId: customer, unmask: true })).error?.code).toBe('forbidden');
    await page.evaluate(() => {
      window.location.hash = '#/admin/security';
    });
    await page.getByText('Only an administrator manages profiles and encryption').waitFor();

    // An auditor: personal data on purpose.
    await signInAs('aud', '');
    await page.evaluate((id) => {
      window.location.hash = `#/customers/search/${id}`;
    }, customer);
    await page.getByTestId('c360-unmask').click();
    await page.getByTestId('c360-mask').waitFor();
    expect((await call('customers.get', { customerId: customer, unmask: true })).ok).toBe(true);

    // Signed out, the workspace asks who is there before anything is read.
    await page.getByTestId('user-badge').click();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-form').waitFor();
    expect((await call('customers.search', {})).error?.code).toBe('session.sign_in_required');
    await page.getByTestId('sign-in-name').fill('root');
    await page.getByTestId('sign-in-password').fill('wrong');
    await page.getByTestId('sign-in-submit').click();
    await page.locator('[data-error-code="session.bad_credentials"]').waitFor();
    await screenshot(page, 'sign-in-en');
    await page.getByTestId('sign-in-password').fill('root pw');
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('user-badge').innerText()).toContain('root');
  });

  it('encrypts the workspace after a warning, and reads in Chinese', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/admin/security';
    });
    await page.getByTestId('encryption-set').click();
    await page.getByTestId('encryption-passphrase').fill('e2e passphrase');
    await page.getByTestId('encryption-repeat').fill('e2e passphrase');
    expect(await page.getByTestId('encryption-confirm').isDisabled()).toBe(true); // not before the warning is acknowledged
    await page.getByTestId('encryption-understood').check();
    await page.getByTestId('encryption-confirm').click();
    await page.getByTestId('encryption-done').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('encryption-state').innerText()).toMatch(/is encrypted/);
    expect(((await call('workspace.current', {})).result as { encrypted: boolean }).encrypted).toBe(true);

    // Opened again from the recent list, it asks for the passphrase (and says when it is wrong),
    // then who is there.
    await call('workspace.close', {});
    await page.evaluate(() => {
      window.location.hash = '#/data/workspaces';
    });
    await page.getByRole('button', { name: /^Open Demo/ }).click();
    await page.getByTestId('passphrase-input').fill('guess');
    await page.getByTestId('passphrase-open').click();
    await page.getByTestId('wrong-passphrase').waitFor();
    await screenshot(page, 'passphrase-en');
    await page.getByTestId('passphrase-input').fill('e2e passphrase');
    await page.getByTestId('passphrase-open').click();
    await page.getByTestId('sign-in-form').waitFor();
    await page.getByTestId('sign-in-name').fill('root');
    await page.getByTestId('sign-in-password').fill('root pw');
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('user-badge').innerText()).toContain('root');
    await page.evaluate(() => {
      window.location.hash = '#/admin/security';
    });
    await page.getByTestId('encryption-state').waitFor();

    await chooseLanguage(page, 'zh-CN');
    await page.getByRole('heading', { name: '用户', exact: true }).waitFor();
    await screenshot(page, 'admin-security-zh');
  });

  it('creates a workspace encrypted from the start', async () => {
    await chooseLanguage(page, 'en');
    await page.evaluate(() => {
      window.location.hash = '#/data/workspaces';
    });
    const form = page.getByRole('form', { name: 'New workspace' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Locked region');
    await form.getByTestId('new-encrypt').check();
    await form.getByLabel('New passphrase').fill('new one');
    await form.getByLabel('Repeat the passphrase').fill('new one');
    const create = form.getByRole('button', { name: 'Create', exact: true });
    expect(await create.isDisabled()).toBe(true); // not before the warning is acknowledged
    await form.getByLabel('I understand that a lost passphrase cannot be recovered.').check();
    await create.click();
    await expect.poll(async () => ((await call('workspace.current', {})).result as { name: string; encrypted: boolean } | null)).toMatchObject({ name: 'Locked region', encrypted: true });
  });
});
