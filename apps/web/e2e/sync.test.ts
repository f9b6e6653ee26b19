/**
 * Accounts and sync in the browser, two contexts as two devices against one real server:
 * sign up on one, sign in on the other (a wrong password first; its own solo check-in comes
 * along into the account), a check-in made on the first appears on the second, an edit made offline on the second arrives after it comes
 * back online, and a third device gets in with the recovery key. An imported entry too
 * large to sync stays on the device and the status line says so, while the rest syncs.
 * After deleting the account, signing up again uploads the entries kept on the device.
 * axe on each new screen, in light and dark; screenshots at 390×844.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptySpiral, encodeHlc, toExportJson } from '@securebase/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppPage,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  fieldState,
  focused,
  hasBrowser,
  launch,
  openApp,
  pick,
  screenshot,
  skipSafetyCheck,
} from './harness.ts';

const name = `e2e-${Math.random().toString(36).slice(2, 10)}`;
const password = 'blue kettle morning walk';

async function newDevice(browser: Browser, scheme: 'light' | 'dark'): Promise<AppPage> {
  const app = await openApp(browser, { colorScheme: scheme });
  await skipSafetyCheck(app.page);
  return app;
}

async function checkIn(page: Page, note: string) {
  await page.goto('/checkin');
  await pick(page, /How secure/, '6');
  await page.getByLabel(/Anything on your mind/).fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('heading', { name: 'How are you, right now?' }).waitFor();
}

const syncLine = (page: Page) => page.getByTestId('sync-status').textContent();

async function waitSynced(page: Page) {
  await expect.poll(() => syncLine(page), { timeout: 30_000 }).toMatch(/^Synced/);
  await expect.poll(() => syncLine(page), { timeout: 30_000 }).not.toContain('waiting');
}

/** Signs up as `owner` from the account screen; the recovery key step follows. */
async function createAccount(page: Page, owner: string) {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.getByLabel('Account name').fill(owner);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Goes Home and waits until the check-ins list shows `text` (it may come by sync). */
async function expectOnHome(page: Page, text: string) {
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  const list = page.getByRole('list', { name: 'Check-ins' });
  await expect.poll(() => list.textContent(), { timeout: 20_000 }).toContain(text);
}

/** Creates an account and goes past the recovery key to the signed-in view. */
async function signUp(page: Page, account: string) {
  await createAccount(page, account);
  await page.getByTestId('recovery-key').waitFor({ timeout: 20_000 });
  await page.getByLabel('I have saved my recovery key somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Signed-in devices' }).waitFor();
}

/** An export file with one long spiral, written in Japanese, in four versions: over 256 KiB sealed. */
function hugeSpiralExport(): { file: string; id: string } {
  const at = (i: number) => encodeHlc({ wall: 1_000 + i, counter: 0 }, 'imp');
  const body = (i: number) => {
    const long = (n: number) => String(i).padEnd(n, '語');
    const text = { facts: long(4000), story: long(4000), askDraft: long(4000) };
    return {
      ...emptySpiral(Date.UTC(2026, 0, 1)),
      ...text,
      explanations: Array(20).fill(long(400)),
    };
  };
  const version = (i: number) => ({
    updatedAt: at(i),
    schemaVersion: 1,
    deleted: false,
    body: body(i),
  });
  const record = { ...version(3), id: randomUUID(), type: 'spiral', createdAt: 1 };
  const file = join(tmpdir(), `sb-huge-${Date.now()}.json`);
  writeFileSync(file, toExportJson([{ ...record, revisions: [0, 1, 2].map(version) }], 1));
  return { file, id: record.id };
}

async function signIn(page: Page, pw: string, account = name) {
  await page.getByRole('button', { name: 'I already have an account' }).click();
  await page.getByLabel('Account name').fill(account);
  await page.getByLabel('Password', { exact: true }).fill(pw);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe.skipIf(!hasBrowser)('accounts and sync', () => {
  let browser: Browser;
  let recoveryKey = '';
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('syncs a check-in to a second device, an offline edit back, and recovers on a third', async () => {
    const a = await newDevice(browser, 'light');
    await a.page.goto('/account');
    await a.page.getByRole('heading', { name: 'Account and sync' }).waitFor();
    await expectNoAxeViolations(a.page, 'account (light)');
    await screenshot(a.page, 'account-light');
    await a.page.getByRole('button', { name: 'Create an account' }).click();
    await a.page.getByRole('heading', { name: 'Create an account' }).waitFor();
    await expectNoAxeViolations(a.page, 'sign up (light)');
    await screenshot(a.page, 'account-signup-light');
    await a.page.getByLabel('Account name').fill(name);
    await a.page.getByLabel('Password', { exact: true }).fill(password);
    await a.page.getByLabel('Password again').fill(password);
    await a.page.getByRole('button', { name: 'Create account' }).click();
    const key = a.page.getByTestId('recovery-key');
    await key.waitFor({ timeout: 20_000 });
    recoveryKey = (await key.textContent()) ?? '';
    expect(recoveryKey).toMatch(/^([A-Z0-9]{4}-){12}[A-Z0-9]{4}$/);
    await expectNoAxeViolations(a.page, 'recovery key (light)');
    await screenshot(a.page, 'account-recovery-key-light');
    await a.page.getByLabel('I have saved my recovery key somewhere safe').check();
    await a.page.getByRole('button', { name: 'Continue' }).click();
    await a.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor();
    await expectNoAxeViolations(a.page, 'signed in (light)');
    await screenshot(a.page, 'account-signed-in-light');

    await checkIn(a.page, 'note from device A');
    await waitSynced(a.page);
    await screenshot(a.page, 'home-synced-light');
    await a.page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect
      .poll(() => a.page.getByTestId('sync-status-settings').textContent())
      .toMatch(/^Synced/);
    await expectNoAxeViolations(a.page, 'settings, signed in (light)');
    await a.page.getByRole('button', { name: 'Sync now' }).scrollIntoViewIfNeeded();
    await screenshot(a.page, 'settings-sync-light');
    await a.page.getByRole('link', { name: 'Home', exact: true }).click();

    // The second device was used solo first: its own check-in must come along.
    const b = await newDevice(browser, 'dark');
    await checkIn(b.page, 'solo note on B');
    await b.page.goto('/account');
    await b.page.getByRole('heading', { name: 'Account and sync' }).waitFor();
    await expectNoAxeViolations(b.page, 'account (dark)');
    await signIn(b.page, 'not the right password');
    await expect
      .poll(() => b.page.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain('do not match');
    // Its one check-in is counted; the skipped safety check is a setting, not an entry.
    expect(await b.page.getByText('The 1 entry already on this device').count()).toBe(1);
    await expectNoAxeViolations(b.page, 'sign in, wrong password (dark)');
    await screenshot(b.page, 'account-wrong-password-dark');
    await b.page.getByLabel('Password', { exact: true }).fill(password);
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    await b.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });
    // Both devices are listed, so a lost one can be told apart and signed out.
    const devices = b.page.getByRole('list', { name: 'Signed-in devices' });
    await expect.poll(() => devices.getByRole('listitem').count()).toBe(2);
    const rows = await devices.getByRole('listitem').allTextContents();
    expect(rows[0]).toMatch(/^This device · in use now · signed in/);
    expect(rows[1]).toMatch(/^Another device · last used just now · signed in/);
    await expectNoAxeViolations(b.page, 'signed in (dark)');
    await screenshot(b.page, 'account-signed-in-dark');
    await b.page.getByRole('link', { name: 'Home', exact: true }).click();
    const bList = b.page.getByRole('list', { name: 'Check-ins' });
    await expect.poll(() => bList.textContent(), { timeout: 20_000 }).toContain('from device A');

    await b.context.setOffline(true);
    await bList.getByRole('link', { name: /from device A/ }).click();
    await b.page.getByLabel(/Anything on your mind/).fill('edited offline on B');
    await b.page.getByRole('button', { name: 'Save changes' }).click();
    await b.page.getByRole('link', { name: 'Home', exact: true }).click();
    await expect.poll(() => syncLine(b.page), { timeout: 20_000 }).toMatch(/waiting/);
    await screenshot(b.page, 'home-offline-dark');
    await b.context.setOffline(false);
    await waitSynced(b.page);

    await a.page.reload();
    const aList = a.page.getByRole('list', { name: 'Check-ins' });
    await expect
      .poll(() => aList.textContent(), { timeout: 20_000 })
      .toContain('edited offline on B');
    expect(await aList.textContent()).toContain('solo note on B');

    const c = await newDevice(browser, 'light');
    await c.page.goto('/account');
    await c.page.getByRole('button', { name: 'I forgot my password' }).click();
    await c.page.getByRole('heading', { name: 'Recover your account' }).waitFor();
    await expectNoAxeViolations(c.page, 'recover (light)');
    await c.page.getByLabel('Account name').fill(name);
    await c.page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
    await c.page.getByLabel('New password', { exact: true }).fill('a brand new password');
    await c.page.getByLabel('New password again').fill('a brand new password');
    await screenshot(c.page, 'account-recover-light');
    await c.page.getByRole('button', { name: 'Recover and sign in' }).click();
    // A recovery replaces the used key: the new one is shown once first.
    await c.page.getByTestId('recovery-key').waitFor({ timeout: 20_000 });
    expect(await c.page.getByTestId('recovery-key').textContent()).not.toBe(recoveryKey);
    await c.page.getByLabel('I have saved my recovery key somewhere safe').check();
    await c.page.getByRole('button', { name: 'Continue' }).click();
    await c.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });
    await expectOnHome(c.page, 'edited offline on B');

    for (const app of [a, b, c]) {
      expectOnlyOwnOrigin(app);
      expect(app.errors.filter((e) => !e.includes('401'))).toEqual([]);
      await app.context.close();
    }
  }, 180_000);

  it('a recovery key lost to a reload is made anew, and a new one can be made later', async () => {
    const owner = `e2e-rk-${Math.random().toString(36).slice(2, 10)}`;
    const g = await newDevice(browser, 'light');
    await createAccount(g.page, owner);
    const first = (await g.page.getByTestId('recovery-key').textContent({ timeout: 20_000 })) ?? '';

    // The tab is reloaded before the key was confirmed as saved.
    await g.page.reload();
    await g.page.getByTestId('recovery-pending').waitFor({ timeout: 20_000 });
    await expectNoAxeViolations(g.page, 'recovery key pending (light)');
    await screenshot(g.page, 'account-recovery-pending-light');
    await g.page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(g.page, 'account-recovery-pending-dark');
    await g.page.getByRole('button', { name: 'Make my recovery key' }).click();
    const second =
      (await g.page.getByTestId('recovery-key').textContent({ timeout: 20_000 })) ?? '';
    expect(second).toMatch(/^([A-Z0-9]{4}-){12}[A-Z0-9]{4}$/);
    expect(second).not.toBe(first);
    await g.page.getByLabel('I have saved my recovery key somewhere safe').check();
    await g.page.getByRole('button', { name: 'Continue' }).click();
    await g.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor();
    await g.page.reload();
    await g.page.getByRole('heading', { name: 'Recovery key' }).waitFor({ timeout: 20_000 });
    expect(await g.page.getByTestId('recovery-pending').count()).toBe(0);

    // Later, on request: a confirmation, then a third key.
    await g.page.getByRole('button', { name: 'Make a new recovery key' }).click();
    await screenshot(g.page, 'account-new-recovery-key-confirm-dark');
    await g.page.getByRole('button', { name: 'Make new key' }).click();
    const third = (await g.page.getByTestId('recovery-key').textContent({ timeout: 20_000 })) ?? '';
    expect(new Set([first, second, third]).size).toBe(3);
    expectOnlyOwnOrigin(g);
    await g.context.close();
  }, 120_000);

  it('a device signed out elsewhere signs in again with its name filled in, and can sign out and erase', async () => {
    const owner = `e2e-leave-${Math.random().toString(36).slice(2, 10)}`;
    const h = await newDevice(browser, 'light');
    await signUp(h.page, owner);
    await checkIn(h.page, 'kept in the account');
    await waitSynced(h.page);

    // A second device signs the first one out.
    const k = await newDevice(browser, 'dark');
    await k.page.goto('/account');
    await signIn(k.page, password, owner);
    // Offline, the devices list cannot load; it loads by itself once back online.
    await k.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });
    await k.context.setOffline(true);
    await k.page.getByRole('link', { name: 'Home', exact: true }).click();
    await k.page.goBack();
    await k.page.getByText('could not be loaded just now').waitFor();
    await k.context.setOffline(false);
    await k.page.getByRole('button', { name: 'Sign out that device' }).click({ timeout: 20_000 });
    await expect
      .poll(() =>
        k.page.getByRole('list', { name: 'Signed-in devices' }).getByRole('listitem').count(),
      )
      .toBe(1);

    // The app syncs when it opens, and learns it was signed out.
    await h.page.goto('/account');
    await h.page.getByTestId('signed-out-elsewhere').waitFor({ timeout: 20_000 });
    // Nothing that needs the ended session is offered.
    expect(await h.page.getByRole('heading', { name: 'Change password' }).count()).toBe(0);
    expect(await h.page.getByRole('button', { name: 'Delete account' }).count()).toBe(0);
    await expectNoAxeViolations(h.page, 'signed out elsewhere (light)');
    await screenshot(h.page, 'account-signed-out-elsewhere-light');
    await h.page.getByRole('button', { name: 'Sign in again' }).click();
    expect(await h.page.getByLabel('Account name').inputValue()).toBe(owner);
    await h.page.getByLabel('Password', { exact: true }).fill(password);
    await h.page.getByRole('button', { name: 'Sign in' }).click();
    await h.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });

    // Sign out and erase: the dialog, then an empty journal; signing in brings it back.
    await h.page.getByRole('button', { name: 'Sign out and erase this device' }).click();
    await h.page.getByRole('alertdialog').waitFor();
    await screenshot(h.page, 'account-sign-out-erase-light');
    await h.page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(h.page, 'account-sign-out-erase-dark');
    await h.page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Sign out and erase' })
      .click();
    await h.page.getByRole('button', { name: 'Create an account' }).waitFor({ timeout: 20_000 });
    await h.page.goto('/');
    await skipSafetyCheck(h.page);
    await h.page.goto('/history');
    await h.page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await h.page.getByText('kept in the account').count()).toBe(0);
    await h.page.goto('/account');
    await signIn(h.page, password, owner);
    await h.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });
    await h.page.goto('/history');
    await h.page.getByText('kept in the account').waitFor({ timeout: 20_000 });
    for (const app of [h, k]) {
      expectOnlyOwnOrigin(app);
      await app.context.close();
    }
  }, 150_000);

  it('signs out of one account and signs up for another on the same device: everything syncs there', async () => {
    const first = `e2e-first-${Math.random().toString(36).slice(2, 10)}`;
    const second = `e2e-second-${Math.random().toString(36).slice(2, 10)}`;
    const m = await newDevice(browser, 'light');
    await signUp(m.page, first);
    await checkIn(m.page, 'written before the new account');
    await waitSynced(m.page);
    await m.page.goto('/account');
    await m.page.getByRole('button', { name: 'Sign out, keep my entries here' }).click();
    // The first account still owns this device's old space on the server.
    await signUp(m.page, second);
    await m.page.goto('/');
    await waitSynced(m.page);
    const n = await newDevice(browser, 'dark');
    await n.page.goto('/account');
    await signIn(n.page, password, second);
    await n.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });
    await expectOnHome(n.page, 'written before the new account');
    for (const app of [m, n]) {
      expectOnlyOwnOrigin(app);
      await app.context.close();
    }
  }, 120_000);

  it('a device with a passphrase lock signs in and stays locked with the same passphrase', async () => {
    const owner = `e2e-lock-${Math.random().toString(36).slice(2, 10)}`;
    const e = await newDevice(browser, 'light');
    await signUp(e.page, owner);

    const f = await newDevice(browser, 'dark');
    await f.page.goto('/settings');
    await f.page.getByLabel('New passphrase').fill('quiet harbour lamp');
    await f.page.getByLabel('The same passphrase again').fill('quiet harbour lamp');
    await f.page.getByRole('button', { name: 'Lock with this passphrase' }).click();
    await f.page.getByText('locked with your passphrase').waitFor();
    await f.page.getByRole('link', { name: 'Set up sync' }).click();
    await f.page.getByRole('button', { name: 'I already have an account' }).click();
    await f.page.getByLabel('Account name').fill(owner);
    await f.page.getByLabel('Password', { exact: true }).fill(password);
    await f.page.getByLabel('Your lock passphrase on this device').fill('not it');
    await f.page.getByRole('button', { name: 'Sign in' }).click();
    // The lock passphrase is the field to fix: marked invalid, its error read with it, focused.
    const lockField = f.page.getByLabel('Your lock passphrase on this device');
    await expect
      .poll(() => fieldState(lockField), { timeout: 20_000 })
      .toEqual({ invalid: true, description: expect.stringContaining('isn’t the passphrase') });
    expect(await focused(f.page)).toBe('INPUT “Your lock passphrase on this device”');
    await f.page.getByLabel('Your lock passphrase on this device').fill('quiet harbour lamp');
    await f.page.getByRole('button', { name: 'Sign in' }).click();
    await f.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });

    await f.page.reload();
    await f.page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    await f.page.getByLabel('Passphrase').fill('quiet harbour lamp');
    await f.page.getByRole('button', { name: 'Unlock' }).click();
    await f.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });
    for (const app of [e, f]) {
      expectOnlyOwnOrigin(app);
      await app.context.close();
    }
  }, 120_000);

  it('keeps an entry too large to sync on the device and says so kindly; the rest syncs', async () => {
    const g = await newDevice(browser, 'light');
    await signUp(g.page, `e2e-big-${Math.random().toString(36).slice(2, 10)}`);
    await g.page.goto('/settings');
    const huge = hugeSpiralExport();
    await g.page.getByLabel('Import an export file (JSON)').setInputFiles(huge.file);
    await g.page.getByText(/Imported\. 1 entry was added/).waitFor();
    await checkIn(g.page, 'a small note that syncs');
    const line =
      'One entry is too large to sync. It stays safe on this device; everything else syncs.';
    await expect.poll(() => syncLine(g.page), { timeout: 30_000 }).toBe(line);
    await expectNoAxeViolations(g.page, 'home, an entry too large to sync (light)');
    await screenshot(g.page, 'home-too-large-light');
    await g.page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(g.page, 'home, an entry too large to sync (dark)');
    await screenshot(g.page, 'home-too-large-dark');
    await g.page.goto('/settings');
    await expect.poll(() => g.page.getByTestId('sync-status-settings').textContent()).toBe(line);
    // Still here, whole, on this device.
    await g.page.goto(`/spirals/${huge.id}`);
    await g.page
      .getByText(/^3語語語/)
      .first()
      .waitFor();
    expectOnlyOwnOrigin(g);
    expect(g.errors).toEqual([]);
    await g.context.close();
  }, 120_000);

  it('after deleting the account, signing up again uploads the entries kept on the device', async () => {
    const h = await newDevice(browser, 'light');
    await checkIn(h.page, 'kept through a new account');
    await signUp(h.page, `e2e-first-${Math.random().toString(36).slice(2, 10)}`);
    await h.page.getByRole('link', { name: 'Home', exact: true }).click();
    await waitSynced(h.page);
    await h.page.goto('/account');
    await h.page.getByRole('button', { name: 'Delete account' }).click();
    await h.page.getByRole('alertdialog').getByRole('button', { name: 'Delete account' }).click();
    await h.page.getByRole('button', { name: 'Create an account' }).waitFor();
    const second = `e2e-second-${Math.random().toString(36).slice(2, 10)}`;
    await signUp(h.page, second);
    await h.page.getByRole('link', { name: 'Home', exact: true }).click();
    await waitSynced(h.page);

    const k = await newDevice(browser, 'dark');
    await k.page.goto('/account');
    await signIn(k.page, password, second);
    await k.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });
    await expectOnHome(k.page, 'kept through a new account');
    for (const app of [h, k]) {
      expectOnlyOwnOrigin(app);
      await app.context.close();
    }
  }, 120_000);
});
