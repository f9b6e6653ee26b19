import { describe, expect, it } from 'vitest';
import {
  dumpIndexedDb,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  pick,
  screenshot,
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

describe.skipIf(!hasBrowser)('passphrase lock', () => {
  const browser = useBrowser();

  it('locks with a passphrase, refuses a wrong one kindly, opens with the right one, and locks itself when idle', async () => {
    const app = await openApp(browser(), { colorScheme: 'dark', clock: true });
    const { page } = app;
    await skipSafetyCheck(page);
    await page.goto('/checkin');
    await pick(page, /How secure/, '6');
    await page.getByLabel(/Anything on your mind/).fill('behind the lock');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('heading', { name: 'How are you, right now?' }).waitFor();

    await page.goto('/settings');
    await page.getByLabel('New passphrase').fill('river stone lantern');
    await page.getByLabel('The same passphrase again').fill('river stone lantern');
    await page.getByRole('button', { name: 'Lock with this passphrase' }).click();
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'locked with your passphrase' }).count(),
      )
      .toBe(1);
    // The device key is gone: only the passphrase can open the account key now.
    const raw = await dumpIndexedDb(page);
    expect(raw).toContain('[securebase/deviceKeys: 0]');
    expect(raw).not.toContain('behind the lock');

    await page.reload();
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    await expectNoAxeViolations(page, 'lock screen (dark)');
    await page.getByLabel('Passphrase').fill('river stone lanterns');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('didn’t open your journal');
    await screenshot(page, 'lock-wrong-dark');
    await page.getByLabel('Passphrase').fill('river stone lantern');
    await page.getByRole('button', { name: 'Unlock' }).click();
    // In-app navigation from here on: a full page load would lock again.
    await page.getByRole('link', { name: 'Home' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Check-ins' }).textContent())
      .toContain('behind the lock');

    // Help stays reachable while locked.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    await page.getByRole('button', { name: 'Need help right now?' }).click();
    expect(await page.getByRole('list', { name: 'Helplines' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Need help right now?' }).click();
    expect(await page.getByRole('list', { name: 'Helplines' }).count()).toBe(0);
    // The header's Help link shows the helplines at once, still without unlocking.
    await page.getByRole('link', { name: 'Help', exact: true }).click();
    await page.getByRole('list', { name: 'Helplines' }).waitFor();
    await screenshot(page, 'lock-help-dark');
    await page.goBack(); // in-app: back to Settings, still locked

    await page.getByLabel('Passphrase').fill('river stone lantern');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await pick(page, /Lock after this long/, '1 min');
    // The new idle time is saved and in force before the clock moves.
    await page.getByText('After 1 minute without use').waitFor();
    await page.clock.fastForward('01:10');
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();

    // Removing the lock brings the device key back.
    await page.getByLabel('Passphrase').fill('river stone lantern');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Remove the lock' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'The lock is off' }).count())
      .toBe(1);
    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();

    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
