/** Where the practices meet: the spiral's need step reads the needs map; pauses notify when allowed. */
import { describe, expect, it } from 'vitest';
import {
  baseURL,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  pick,
  skipSafetyCheck,
  toggleChip,
  useBrowser,
} from './harness.ts';

describe.skipIf(!hasBrowser)('practices working together', () => {
  const browser = useBrowser();

  it("the spiral's need step offers the person's own non-partner sources from the needs map", async () => {
    const app = await openApp(browser());
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
    const context = await browser().newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      permissions: ['notifications'],
    });
    const app = await openApp(browser(), { context, clock: true });
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

  it('asks when a space was followed by reconnection, rather than assuming it was just now', async () => {
    const app = await openApp(browser(), { colorScheme: 'dark' });
    const { page } = app;
    await skipSafetyCheck(page);
    await page.goto('/space');
    await pick(page, /My partner wanted/, 'some space');
    await page.getByRole('button', { name: 'Log it' }).click();
    await page.getByLabel('When did you reconnect?').selectOption({ label: 'a few hours ago' });
    await expectNoAxeViolations(page, 'space log follow-up (dark)');
    await page.getByRole('button', { name: 'We reconnected' }).click();
    await page.getByText('you reconnected afterwards 1 of 1 time').waitFor();
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
