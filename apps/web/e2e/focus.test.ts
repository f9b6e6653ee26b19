/**
 * Keyboard focus is never hidden behind sticky UI (WCAG 2.4.11), and focus lands somewhere
 * sensible when the control pressed goes away. Every check asks the page what is really on
 * top (elementFromPoint), at 390×844, the size a phone user has.
 */
import { describe, expect, it } from 'vitest';
import {
  expectOnlyOwnOrigin,
  focusCoveredBy,
  focused,
  go,
  hasBrowser,
  openApp,
  pick,
  screenshot,
  skipSafetyCheck,
  tabAndFindCovered,
  useBrowser,
} from './harness.ts';

describe.skipIf(!hasBrowser)('keyboard focus stays in sight', () => {
  const browser = useBrowser();

  for (const scheme of ['light', 'dark'] as const) {
    it(`check-in: the switch and the note are not behind the save bar or the navigation (${scheme})`, async () => {
      const app = await openApp(browser(), { colorScheme: scheme });
      const { page } = app;
      await skipSafetyCheck(page);
      await page.getByRole('link', { name: 'Check in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
      // The walkthrough's exact keys: into the scale, two steps right, then past mood and wish.
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatch(/I had some time for myself today/);
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
      await page.waitForTimeout(50);
      expect(await focusCoveredBy(page)).toBeNull();
      await screenshot(page, `focus-checkin-switch-${scheme}`);
      // Every control from there to the end of the page, the note box included.
      expect(await tabAndFindCovered(page, 24)).toEqual([]);
      await page.getByLabel(/Anything on your mind/).focus();
      await page.waitForTimeout(50);
      expect(await focusCoveredBy(page)).toBeNull();
      await screenshot(page, `focus-checkin-note-${scheme}`);
      // Backwards too.
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Shift+Tab');
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
        expect(await focusCoveredBy(page)).toBeNull();
      }
      expectOnlyOwnOrigin(app);
      expect(app.errors).toEqual([]);
      await app.context.close();
    });
  }

  it('no control is hidden while tabbing through the other screens with sticky bars or a long page', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    const screens: [string, string | RegExp][] = [
      ['/present', 'Being present'],
      ['/needs', /Needs map/],
      ['/reachout', 'The urge to reach out'],
      ['/compose', "Ask, don't assume"],
      ['/settings', 'Settings'],
    ];
    for (const [path, title] of screens) {
      await go(page, path, title);
      const covered = await tabAndFindCovered(page, 40);
      expect(covered, path).toEqual([]);
    }
    // Inside a spiral the navigation hides and the step buttons stick to the bottom instead.
    await go(page, '/', 'How are you, right now?');
    await page.getByRole('button', { name: "I'm feeling insecure" }).click();
    await page.getByRole('button', { name: "I'm a bit steadier" }).click();
    await page.getByLabel('What happened?').fill('No reply since 9.');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await tabAndFindCovered(page, 40), 'spiral feelings').toEqual([]);
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('a control after the save bar is clear of the navigation, and a dialog over the bars scrolls nothing', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    await page.getByRole('link', { name: 'Check in' }).click();
    await pick(page, /How secure/, '5');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('list', { name: 'Check-ins' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Edit check-in' }).waitFor();
    // The edit form's last control comes after the (unstuck) save bar, just above the navigation.
    await page.getByRole('button', { name: 'Delete this check-in' }).focus();
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
    expect(await focusCoveredBy(page)).toBeNull();
    const before = await page.evaluate(() => scrollY);
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Tab');
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
    expect(await focused(page)).toBe('BUTTON “Keep it”');
    expect(await page.evaluate(() => scrollY)).toBe(before);
    await page.keyboard.press('Enter');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`mindful minute: focus goes to its heading and "Finish early" shows above the navigation (${scheme})`, async () => {
      const app = await openApp(browser(), { colorScheme: scheme });
      const { page } = app;
      await skipSafetyCheck(page);
      await go(page, '/present', 'Being present');
      await pick(page, /How present was I/, '8');
      await page.getByRole('button', { name: 'Begin a minute' }).click();
      await page.getByRole('timer').waitFor();
      expect(await focused(page)).toBe('H2 “A mindful minute”');
      const finish = page.getByRole('button', { name: 'Finish early' });
      const hidden = await finish.evaluate((b) => {
        const r = b.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.bottom - 2);
        return hit && b.contains(hit) ? null : (hit?.outerHTML.slice(0, 60) ?? 'off screen');
      });
      expect(hidden).toBeNull();
      await screenshot(page, `focus-mindful-${scheme}`);
      // Keyboard: the next Tab is the button, in sight.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('BUTTON “Finish early”');
      expect(await focusCoveredBy(page)).toBeNull();
      await page.keyboard.press('Enter');
      await page.getByText('That was your minute.').waitFor();
      expect(await focused(page)).toBe('H2 “A mindful minute”');
      expect(app.errors).toEqual([]);
      await app.context.close();
    });
  }
});
