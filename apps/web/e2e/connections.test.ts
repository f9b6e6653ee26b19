/** Where the practices meet: the spiral's need step reads the needs map; pauses notify when allowed. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseURL,
  expectOnlyOwnOrigin,
  hasBrowser,
  launch,
  openApp,
  pick,
  skipSafetyCheck,
  toggleChip,
} from './harness.ts';

describe.skipIf(!hasBrowser)('practices working together', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the spiral's need step offers the person's own non-partner sources from the needs map", async () => {
    const app = await openApp(browser);
    const { page } = app;
    await skipSafetyCheck(page);
    await page.goto('/needs');
    await toggleChip(page, 'fun', 'partner');
    await toggleChip(page, 'fun', 'friends');
    await toggleChip(page, 'fun', 'hobbies');
    await page.getByRole('button', { name: 'Save needs map' }).click();
    await page.getByText(/of your needs rest on your partner alone/).waitFor();

    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('button', { name: "I'm feeling insecure" }).click();
    for (let i = 0; i < 6; i++)
      await page
        .getByRole('button', { name: /^(I'm a bit steadier|Skip)$/ })
        .last()
        .click();
    await page.getByRole('heading', { name: 'What I need' }).waitFor();
    await toggleChip(page, /What do I need/, 'fun');
    await expect
      .poll(() => page.getByLabel('From your needs map').textContent())
      .toContain('fun: friends, hobbies');
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('a reach-out pause ends with a notification when the person allowed them', async () => {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      permissions: ['notifications'],
    });
    const app = await openApp(browser, { context, clock: true });
    const { page } = app;
    await skipSafetyCheck(page);
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
    );
    await page.getByRole('link', { name: 'I want to reach out to them' }).click();
    await pick(page, /How strong is the urge/, '8');
    await pick(page, /What I did/, 'Paused first');
    await pick(page, /Pause for/, '10 minutes');
    expect(await page.getByText('You’ll get a notification when a pause ends').count()).toBe(1);
    await page.getByRole('button', { name: 'Start the pause' }).click();
    await page.getByRole('timer').waitFor();
    await page.clock.fastForward('10:05');
    await expect
      .poll(() =>
        page.evaluate(async () =>
          (await (await navigator.serviceWorker.ready).getNotifications()).map(
            (n) => `${n.title}: ${n.body}`,
          ),
        ),
      )
      .toEqual([
        'Your pause is over: How strong is the urge now? Open Secure Base to check in with it.',
      ]);
    await page.getByRole('button', { name: 'The pause is over' }).click();
    await pick(page, /How strong is the urge now/, '4');
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await context.close();
  });
});
