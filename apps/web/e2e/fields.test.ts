/**
 * Every field looks and works alike: own time's "Minutes" is not a bare browser number box
 * but a field like its neighbours, with a touch target of at least 44 px (WCAG 2.5.8 asks 24).
 */
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  go,
  hasBrowser,
  openApp,
  screenshot,
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

describe.skipIf(!hasBrowser)('fields', () => {
  const browser = useBrowser();

  for (const scheme of ['light', 'dark'] as const) {
    it(`own time's minutes look like the field above and are easy to tap (${scheme})`, async () => {
      const app = await openApp(browser(), { colorScheme: scheme });
      const { page } = app;
      await skipSafetyCheck(page);
      await go(page, '/needs', 'Needs map');
      const minutes = page.getByLabel('Minutes');
      const activity = page.getByLabel('What did you do for yourself?');
      const look = (field: typeof minutes) =>
        field.evaluate((el) => {
          const s = getComputedStyle(el);
          return {
            height: Math.round(el.getBoundingClientRect().height),
            border: s.border,
            radius: s.borderRadius,
            background: s.backgroundColor,
            color: s.color,
            font: `${s.fontSize} ${s.fontFamily}`,
            padding: s.padding,
          };
        });
      const m = await look(minutes);
      expect(m.height).toBeGreaterThanOrEqual(44);
      expect(m).toEqual(await look(activity));

      // Still a number field: typed, stepped with the arrow keys, and logged.
      await activity.fill('A walk by the river');
      await minutes.fill('45');
      await minutes.press('ArrowUp');
      expect(await minutes.inputValue()).toBe('46');
      await page.getByRole('button', { name: 'Log own time' }).click();
      await page
        .getByRole('list', { name: 'Own time' })
        .getByText('A walk by the river · 46 min')
        .waitFor();
      await expectNoAxeViolations(page, `own time (${scheme})`);
      await minutes.scrollIntoViewIfNeeded();
      await screenshot(page, `own-time-${scheme}`);
      expect(app.errors).toEqual([]);
      await app.context.close();
    });
  }
});
