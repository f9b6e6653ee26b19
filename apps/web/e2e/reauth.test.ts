/**
 * A fresh sign-in before sensitive account actions, in the browser against its own server
 * whose fresh sign-in window is seconds instead of 10 minutes (the test-only variable).
 * Once a session is older than that, changing the password and deleting the account ask
 * for the password again in a small prompt, say kindly when it is wrong, and then finish
 * by themselves. Two devices, light and dark; axe on the prompt; screenshots at 390×844.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './global-setup.ts';
import {
  type AppPage,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  screenshot,
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

const FRESH_MS = 6000;
const password = 'blue kettle morning walk';
const newPassword = 'a quiet green harbour';
const ASK = 'For your safety, please enter your password again.';

/** Waits until every session signed in so far is no longer fresh. */
const untilStale = (page: Page) => page.waitForTimeout(FRESH_MS + 1000);

/** The prompt is up, says why, and the password field has the focus. */
async function expectAsked(page: Page) {
  const ask = page.getByTestId('reauth');
  await ask.waitFor({ timeout: 20_000 });
  expect(await ask.textContent()).toContain(ASK);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('autocomplete')))
    .toBe('current-password');
  return ask;
}

describe.skipIf(!hasBrowser)('a fresh sign-in before sensitive account actions', () => {
  const browser = useBrowser();
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  beforeAll(async () => {
    server = await startServer({ SECUREBASE_TEST_ONLY_FRESH_SIGN_IN_MS: String(FRESH_MS) });
  });
  afterAll(() => {
    server?.proc.kill('SIGTERM');
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
  });

  async function signedUp(scheme: 'light' | 'dark'): Promise<AppPage> {
    if (!server) throw new Error('no server');
    const app = await openApp(browser(), { colorScheme: scheme, origin: server.url });
    const { page } = app;
    await skipSafetyCheck(page);
    await page.goto('/account');
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Account name').fill(`e2e-${Math.random().toString(36).slice(2, 10)}`);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Password again').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('recovery-key').waitFor({ timeout: 20_000 });
    await page.getByLabel('I have saved my recovery key somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Signed-in devices' }).waitFor();
    return app;
  }

  async function startDelete(page: Page) {
    await page.getByRole('button', { name: 'Delete account' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete account' }).click();
  }

  async function expectDeleted(page: Page) {
    await page.getByRole('button', { name: 'Create an account' }).waitFor({ timeout: 20_000 });
    const ping = await page.evaluate(async () => (await fetch('/api/v1/ping')).status);
    expect(ping).toBe(401);
  }

  it('asks for the password again, then changes the password, makes a recovery key and deletes the account', async () => {
    const a = await signedUp('light');
    const b = await signedUp('dark');
    await untilStale(b.page);

    // Password change on A: the new password stays typed in while the prompt asks.
    await a.page.getByLabel('New password', { exact: true }).fill(newPassword);
    await a.page.getByLabel('New password again').fill(newPassword);
    await a.page.getByRole('button', { name: 'Change password' }).click();
    await expectAsked(a.page);
    await expectNoAxeViolations(a.page, 'fresh sign-in, password change (light)');
    await screenshot(a.page, 'account-reauth-password-light');
    await a.page.getByRole('button', { name: 'Cancel' }).click();
    expect(await a.page.getByLabel('New password again').inputValue()).toBe(newPassword);
    await a.page.getByRole('button', { name: 'Change password' }).click();
    const askA = await expectAsked(a.page);
    await a.page.keyboard.type('not my password');
    await a.page.keyboard.press('Enter');
    await expect
      .poll(() => askA.getByRole('alert').textContent(), { timeout: 20_000 })
      .toBe('That isn’t the password for this account. Please check it and try again.');
    await expectNoAxeViolations(a.page, 'fresh sign-in, wrong password (light)');
    await screenshot(a.page, 'account-reauth-wrong-light');
    await a.page.getByLabel('Your password').fill(password);
    await a.page.getByRole('button', { name: 'Confirm and change password' }).click();
    await a.page.getByText('Your password is changed.').waitFor({ timeout: 20_000 });
    // The fresh sign-in replaced this device's session instead of adding a second one.
    const devices = a.page.getByRole('list', { name: 'Signed-in devices' });
    await expect.poll(() => devices.getByRole('listitem').count()).toBe(1);

    // Deletion on B, in dark: the dialog, then the prompt (a wrong password first).
    await startDelete(b.page);
    const askB = await expectAsked(b.page);
    await expectNoAxeViolations(b.page, 'fresh sign-in, delete (dark)');
    await screenshot(b.page, 'account-reauth-delete-dark');
    await b.page.getByLabel('Your password').fill('not my password');
    await b.page.getByRole('button', { name: 'Confirm and delete account' }).click();
    await expect
      .poll(() => askB.getByRole('alert').textContent(), { timeout: 20_000 })
      .toContain('isn’t the password');
    await screenshot(b.page, 'account-reauth-wrong-dark');
    await b.page.getByLabel('Your password').fill(password);
    await b.page.getByRole('button', { name: 'Confirm and delete account' }).click();
    await expectDeleted(b.page);

    // A's fresh sign-in ages too: a new recovery key asks again (the new password is the
    // one), and so does deleting once that sign-in has aged in turn.
    await untilStale(a.page);
    await a.page.reload();
    await a.page.getByRole('button', { name: 'Make a new recovery key' }).click();
    await a.page.getByRole('alertdialog').getByRole('button', { name: 'Make new key' }).click();
    await expectAsked(a.page);
    await a.page.getByLabel('Your password').fill(newPassword);
    await a.page.getByRole('button', { name: 'Confirm and make a new key' }).click();
    await a.page.getByTestId('recovery-key').waitFor({ timeout: 20_000 });
    await a.page.getByLabel('I have saved my recovery key somewhere safe').check();
    await a.page.getByRole('button', { name: 'Continue' }).click();
    await untilStale(a.page);
    await a.page.getByRole('heading', { name: 'Signed-in devices' }).waitFor();
    await startDelete(a.page);
    await expectAsked(a.page);
    await screenshot(a.page, 'account-reauth-delete-light');
    await a.page.getByLabel('Your password').fill(newPassword);
    await a.page.getByRole('button', { name: 'Confirm and delete account' }).click();
    await expectDeleted(a.page);

    for (const app of [a, b]) {
      expectOnlyOwnOrigin(app, server?.url);
      // The browser logs each 401/403 answer; those are the flow working.
      expect(app.errors.filter((e) => !/status of 40[13]/.test(e))).toEqual([]);
      await app.context.close();
    }
  }, 180_000);
});
