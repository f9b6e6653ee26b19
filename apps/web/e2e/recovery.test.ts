/**
 * Recovery replaces the recovery key (issue 11): after recovering with the key, the app
 * shows a new one once, and the used key no longer opens the account. Against the real
 * server; light and dark, axe on the new-key step, screenshots at 390×844.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  fieldState,
  focused,
  hasBrowser,
  openApp,
  screenshot,
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

const password = 'river stone candle light';
const newPassword = 'paper boat on the lake';

/** Shows the once-only key, confirms it as saved, and returns it. */
async function takeRecoveryKey(page: Page): Promise<string> {
  await page.getByTestId('recovery-key').waitFor({ timeout: 20_000 });
  const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
  expect(key).toMatch(/^([A-Z0-9]{4}-){12}[A-Z0-9]{4}$/);
  return key;
}

async function confirmSaved(page: Page) {
  await page.getByLabel('I have saved my recovery key somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });
}

async function recover(page: Page, name: string, key: string, pw: string) {
  await page.getByRole('button', { name: 'I forgot my password' }).click();
  await page.getByLabel('Account name').fill(name);
  await page.getByLabel('Recovery key').fill(key);
  await page.getByLabel('New password', { exact: true }).fill(pw);
  await page.getByLabel('New password again').fill(pw);
  await page.getByRole('button', { name: 'Recover and sign in' }).click();
}

describe.skipIf(!hasBrowser)('recovery replaces the recovery key', () => {
  const browser = useBrowser();

  for (const scheme of ['light', 'dark'] as const) {
    it(`recover, see a new key; the used key no longer works (${scheme})`, async () => {
      const name = `recover-${scheme}-${Math.random().toString(36).slice(2, 10)}`;
      const app = await openApp(browser(), { colorScheme: scheme });
      const { page } = app;
      await skipSafetyCheck(page);
      await page.goto('/account');
      await page.getByRole('button', { name: 'Create an account' }).click();
      await page.getByLabel('Account name').fill(name);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password again').fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();
      const first = await takeRecoveryKey(page);
      await confirmSaved(page);
      await page.getByRole('button', { name: 'Sign out, keep my entries here' }).click();
      await page.getByRole('button', { name: 'I forgot my password' }).waitFor();

      // Recovering shows a new key at once, with the focus on its heading.
      await recover(page, name, first, newPassword);
      const second = await takeRecoveryKey(page);
      expect(second).not.toBe(first);
      await expect.poll(() => focused(page)).toBe('H2 “Your recovery key”');
      await expectNoAxeViolations(page, `new recovery key after recovery (${scheme})`);
      await screenshot(page, `recovery-new-key-${scheme}`);
      await confirmSaved(page);

      // The used key is refused; the new one opens the account.
      await page.getByRole('button', { name: 'Sign out, keep my entries here' }).click();
      await page.getByRole('button', { name: 'I forgot my password' }).waitFor();
      await recover(page, name, first, password);
      const keyField = page.getByLabel('Recovery key');
      await expect
        .poll(async () => (await fieldState(keyField)).description, { timeout: 20_000 })
        .toContain('That recovery key does not match this account.');
      await keyField.fill(second);
      await page.getByRole('button', { name: 'Recover and sign in' }).click();
      const third = await takeRecoveryKey(page);
      expect([first, second]).not.toContain(third);
      await confirmSaved(page);
      expectOnlyOwnOrigin(app);
      // The refused key's 401 is the browser's own log line, not an app error.
      expect(app.errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
      await app.context.close();
      // Three sign-ups or recoveries, each a full OPAQUE run with key stretching.
    }, 150_000);
  }
});
