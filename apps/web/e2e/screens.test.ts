/**
 * Every screen, in light and dark at 390×844: axe finds no violations, and a screenshot is
 * written to e2e/screenshots/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  pick,
  screenshot,
  toggleChip,
  useBrowser,
} from './harness.ts';

async function visit(page: Page, name: string, scheme: string) {
  await page.locator('h1').first().waitFor();
  await expectNoAxeViolations(page, `${name} (${scheme})`);
  await screenshot(page, `${name}-${scheme}`);
}

describe.skipIf(!hasBrowser)('every screen is accessible in light and dark', () => {
  const browser = useBrowser();

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}`, async () => {
      const app = await openApp(browser(), { colorScheme: scheme, reducedMotion: 'reduce' });
      const { page } = app;
      await visit(page, 'safety-check', scheme);
      await pick(page, /afraid of your partner/, 'Sometimes');
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('heading', { name: /answering honestly/ }).waitFor();
      await visit(page, 'safety-concern', scheme);

      await page.goto('/checkin');
      await visit(page, 'checkin', scheme);
      await pick(page, /How secure/, '5');
      await pick(page, /Mood/, 'tired');
      await toggleChip(page, /Tags/, 'long day');
      await page.getByLabel(/Anything on your mind/).fill('A long day, missed them.');
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByRole('heading', { name: 'How are you, right now?' }).waitFor();
      await visit(page, 'home', scheme);

      await page.getByRole('button', { name: "I'm feeling insecure" }).click();
      // The flow is a lazy chunk: wait for its own heading, not the home screen's.
      await page.getByRole('heading', { name: 'First, breathe' }).waitFor();
      await visit(page, 'spiral-ground', scheme);
      await page.getByRole('button', { name: "I'm a bit steadier" }).click();
      await visit(page, 'spiral-facts', scheme);
      await page.getByRole('button', { name: 'Next' }).click();
      await toggleChip(page, /Which feelings/, 'lonely');
      await visit(page, 'spiral-feelings', scheme);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel(/What story/).fill('They would rather be anywhere else.');
      await visit(page, 'spiral-story', scheme);
      await page.getByRole('button', { name: 'Next' }).click();
      await pick(page, /How big was what actually happened/, '3');
      await pick(page, /How big is my feeling/, '9');
      await visit(page, 'spiral-size', scheme);
      await page.getByRole('button', { name: 'Next' }).click();
      await visit(page, 'spiral-explanations', scheme);
      await page.getByRole('button', { name: 'Next' }).click();
      await visit(page, 'spiral-need', scheme);
      await page.getByRole('button', { name: 'Next' }).click();
      await pick(page, /What would help most/, 'Ask what they meant');
      await visit(page, 'spiral-next-ask', scheme);
      await pick(page, /What would help most/, 'Pause before doing anything');
      await page.getByRole('button', { name: '15 minutes' }).click();
      await visit(page, 'spiral-next-pause', scheme);
      await page.getByRole('button', { name: "I'm ready now" }).click();
      await visit(page, 'spiral-rerate', scheme);
      await page.getByRole('button', { name: 'Finish' }).click();
      await page.getByRole('heading', { name: 'You worked through it' }).waitFor();
      await visit(page, 'spiral-detail', scheme);

      for (const [path, name] of [
        ['/history', 'history'],
        ['/help', 'help'],
        ['/settings', 'settings'],
        ['/nowhere', 'not-found'],
      ] as const) {
        await page.goto(path);
        await visit(page, name, scheme);
      }
      await page.goto('/settings');
      await page.getByRole('button', { name: 'Delete everything…' }).click();
      await page.getByRole('alertdialog').waitFor();
      await expectNoAxeViolations(page, `delete dialog (${scheme})`);
      await screenshot(page, `delete-dialog-${scheme}`);
      expectOnlyOwnOrigin(app);
      expect(app.errors).toEqual([]);
      await app.context.close();
    });
  }
});
