import { describe, expect, it } from 'vitest';
import {
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  pick,
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

describe.skipIf(!hasBrowser)('offline PWA', () => {
  const browser = useBrowser();

  it('after the first load it works offline: reload, check in, reload, it is there', async () => {
    const app = await openApp(browser());
    const { page, context } = app;
    await skipSafetyCheck(page);
    // Wait until the service worker controls the page and has precached the app.
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
    );
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'How are you, right now?' }).waitFor();
    await page.getByRole('link', { name: 'Check in' }).click();
    await pick(page, /How secure/, '3');
    await page.getByLabel(/Anything on your mind/).fill('offline entry');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    // Reload only once the write has committed: a reload mid-transaction aborts it.
    await page.getByText('Check-in saved').waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByRole('list', { name: 'Check-ins' }).textContent())
      .toContain('offline entry');

    // A deep link also opens offline.
    await page.goto('/history');
    await page.getByRole('heading', { name: 'History' }).waitFor();

    const manifest = await page.evaluate(() =>
      document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
    );
    expect(manifest).toBe('/manifest.webmanifest');
    expectOnlyOwnOrigin(app);
    await context.close();
  });
});
