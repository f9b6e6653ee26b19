import { describe, expect, it } from 'vitest';
import {
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  pick,
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

describe.skipIf(!hasBrowser)('home', () => {
  const browser = useBrowser();

  it('offers the reach-out log in one tap, and a monthly self-check reminder only after the first week', async () => {
    const app = await openApp(browser(), { clock: true });
    const { page } = app;
    await skipSafetyCheck(page);
    await page.goto('/checkin');
    await pick(page, /How secure/, '5');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('heading', { name: 'How are you, right now?' }).waitFor();
    expect(await page.getByRole('link', { name: 'Open the self-check' }).count()).toBe(0);

    await page.clock.fastForward(8 * 24 * 3600 * 1000);
    await page.reload();
    await page.getByRole('link', { name: 'Open the self-check' }).click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /self-check/i })
      .waitFor();

    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('link', { name: 'I want to reach out to them' }).click();
    await page.getByRole('heading', { name: 'The urge to reach out' }).waitFor();
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
