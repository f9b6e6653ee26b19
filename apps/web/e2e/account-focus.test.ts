/**
 * The account forms move focus where the person needs it after each submit: to the first
 * field to fix (marked aria-invalid, its error tied to it by aria-describedby), to the
 * message when it is not about one field, and to the screen's heading after signing in
 * or out; Back returns to the button that opened the form. Against the real server.
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

const password = 'green window autumn rain';

async function submitAndWait(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  // The button keeps focus while it works (pending), so wait for its label to come back.
  await page.getByRole('button', { name: button }).waitFor({ timeout: 20_000 });
}

describe.skipIf(!hasBrowser)('account forms: focus and invalid fields', () => {
  const browser = useBrowser();

  for (const scheme of ['light', 'dark'] as const) {
    it(`sign up, sign out, sign in and recover move focus to what needs attention (${scheme})`, async () => {
      const name = `focus-${scheme}-${Math.random().toString(36).slice(2, 10)}`;
      const app = await openApp(browser(), { colorScheme: scheme });
      const { page } = app;
      await skipSafetyCheck(page);
      await page.goto('/account');
      await page.getByRole('button', { name: 'Create an account' }).click();
      expect(await focused(page)).toBe('H2 “Create an account”');

      const nameField = page.getByLabel('Account name');
      const pw = page.getByLabel('Password', { exact: true });
      const again = page.getByLabel('Password again');

      // Nothing filled in: the account name is the first field to fix.
      await submitAndWait(page, 'Create account');
      expect(await focused(page)).toBe('INPUT “Account name”');
      expect(await fieldState(nameField)).toEqual({
        invalid: true,
        description:
          'An email address works, or any name you will remember. Please choose an account name.',
      });

      // Too short a password: the password field, and the name is no longer marked.
      await nameField.fill(name);
      await pw.fill('short');
      await submitAndWait(page, 'Create account');
      expect(await focused(page)).toBe('INPUT “Password”');
      expect(await fieldState(pw)).toEqual({
        invalid: true,
        description: 'Please use at least 10 characters. A few words together work well.',
      });
      expect((await fieldState(nameField)).invalid).toBe(false);

      // Not the same twice: the second one.
      await pw.fill(password);
      await again.fill(`${password}s`);
      await submitAndWait(page, 'Create account');
      expect(await focused(page)).toBe('INPUT “Password again”');
      expect(await fieldState(again)).toEqual({
        invalid: true,
        description: 'The two passwords are not the same.',
      });
      await expectNoAxeViolations(page, `sign up, invalid field (${scheme})`);
      await screenshot(page, `account-invalid-field-${scheme}`);

      // Success: the recovery key step's heading, then the screen's heading.
      await again.fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByTestId('recovery-key').waitFor({ timeout: 20_000 });
      expect(await focused(page)).toBe('H2 “Your recovery key”');
      const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
      await page.getByLabel('I have saved my recovery key somewhere safe').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Signed-in devices' }).waitFor();
      expect(await focused(page)).toBe('H1 “Account and sync”');

      // Signing out replaces the screen: focus to its heading again.
      await page.getByRole('button', { name: 'Sign out, keep my entries here' }).click();
      await page.getByRole('button', { name: 'I already have an account' }).waitFor();
      expect(await focused(page)).toBe('H1 “Account and sync”');

      // A wrong password is not one field's fault: focus to the message.
      await page.getByRole('button', { name: 'I already have an account' }).click();
      await nameField.fill(name);
      await pw.fill('not the right password');
      await submitAndWait(page, 'Sign in');
      expect(await focused(page)).toMatch(/^P “That account name and password do not match/);
      expect((await fieldState(pw)).invalid).toBe(false);
      await expectNoAxeViolations(page, `sign in, wrong password (${scheme})`);
      await screenshot(page, `account-wrong-password-focus-${scheme}`);

      // Back: to the button that opened the form.
      await page.getByRole('button', { name: 'Back' }).click();
      expect(await focused(page)).toBe('BUTTON “I already have an account”');

      // A recovery key that cannot be one: that field.
      await page.getByRole('button', { name: 'I forgot my password' }).click();
      await nameField.fill(name);
      const key = page.getByLabel('Recovery key');
      await key.fill('ABCD-EFGH');
      await page.getByLabel('New password', { exact: true }).fill(password);
      await page.getByLabel('New password again').fill(password);
      await submitAndWait(page, 'Recover and sign in');
      expect(await focused(page)).toBe('INPUT “Recovery key”');
      expect(await fieldState(key)).toEqual({
        invalid: true,
        description: expect.stringContaining('That recovery key does not match this account.'),
      });

      // The right key: a new recovery key, its heading focused (the used key stops working);
      // once it is saved, signed in with focus on the screen's heading.
      await key.fill(recoveryKey);
      await page.getByRole('button', { name: 'Recover and sign in' }).click();
      await page.getByTestId('recovery-key').waitFor({ timeout: 20_000 });
      await expect.poll(() => focused(page)).toBe('H2 “Your recovery key”');
      await page.getByLabel('I have saved my recovery key somewhere safe').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Signed-in devices' }).waitFor({ timeout: 20_000 });
      await expect.poll(() => focused(page)).toBe('H1 “Account and sync”');
      expectOnlyOwnOrigin(app);
      // The wrong password's 401 is the browser's own log line, not an app error.
      expect(app.errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
      await app.context.close();
    });
  }
});
