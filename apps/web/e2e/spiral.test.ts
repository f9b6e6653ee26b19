import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  pick,
  skipSafetyCheck,
  tabTo,
  toggleChip,
  useBrowser,
} from './harness.ts';

const stepTitle = (page: Page) => page.locator('h1').textContent();

describe.skipIf(!hasBrowser)('spiral flow', () => {
  const browser = useBrowser();

  it('starting again after leaving at once does not pile up empty spirals', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: "I'm feeling insecure" }).click();
      await expect.poll(() => stepTitle(page)).toBe('First, breathe');
      await page.goBack(); // in-app, back to Home
    }
    await page.getByRole('link', { name: 'History', exact: true }).click();
    const spirals = page.getByRole('list', { name: 'Entries' }).getByRole('listitem');
    await expect.poll(() => spirals.count()).toBe(1);
    expectOnlyOwnOrigin(app);
    await app.context.close();
  });

  it('walks every step, keeps the story visible, survives a reload as a draft, and records time to calm', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    await page.getByRole('button', { name: "I'm feeling insecure" }).click();
    await expect.poll(() => stepTitle(page)).toBe('First, breathe');
    await page.getByRole('button', { name: "I'm a bit steadier" }).click();

    await page.getByLabel('What happened?').fill('I texted at 9. No reply by 11.');
    await page.getByRole('button', { name: 'Next' }).click();
    await toggleChip(page, /Which feelings/, 'anxious');
    await page.getByLabel('How strong is “anxious”?').fill('80');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel(/What story am I telling myself/).fill('They are pulling away from me.');

    // Reload in the middle: the draft is kept, and home offers to continue it.
    await page.waitForTimeout(600);
    await page.goto('/');
    await page.getByRole('link', { name: 'Continue where you left off' }).click();
    await expect.poll(() => stepTitle(page)).toBe('The story in my head');
    expect(await page.getByLabel(/What story am I telling myself/).inputValue()).toBe(
      'They are pulling away from me.',
    );
    await page.getByRole('button', { name: 'Next' }).click();

    await expect.poll(() => stepTitle(page)).toBe('Size of the event, size of the feeling');
    expect(await page.locator('blockquote').textContent()).toBe('They are pulling away from me.');
    await pick(page, /How big was what actually happened/, '2');
    await pick(page, /How big is my feeling/, '8');
    await expect.poll(() => page.getByText('The feeling is bigger than the event').count()).toBe(1);
    await page.getByRole('button', { name: 'Next' }).click();
    await toggleChip(page, /What else could explain it/, 'They are busy');
    await page.getByRole('button', { name: 'Next' }).click();
    await toggleChip(page, /What do I need/, 'reassurance');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.locator('blockquote').textContent()).toBe('They are pulling away from me.');
    await pick(page, /What would help most/, 'Pause before doing anything');
    await page.getByRole('button', { name: '10 minutes' }).click();
    await expect.poll(() => page.getByRole('timer').textContent()).toMatch(/^9:5\d|^10:00/);
    await page.getByRole('button', { name: "I'm ready now" }).click();
    await expect.poll(() => stepTitle(page)).toBe('How I feel now');
    await page.getByLabel('How strong is “anxious”?').fill('30');
    await page.getByText('I feel calmer than when I started').click();
    await page.getByRole('button', { name: 'Finish' }).click();

    await expect.poll(() => stepTitle(page)).toBe('You worked through it');
    const detail = await page.locator('main').textContent();
    expect(detail).toContain('From start to calmer');
    expect(detail).toContain('eased by 50 points');
    expect(detail).toContain('anxious 80% → 30%');
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('can be completed with the keyboard alone, skipping steps', async () => {
    const app = await openApp(browser(), { reducedMotion: 'reduce' });
    const { page } = app;
    await skipSafetyCheck(page);
    await tabTo(page, /I'm feeling insecure/);
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(page)).toBe('First, breathe');
    // Under reduced motion the breathing circle is still.
    expect(
      await page.locator('.breath-circle').evaluate((el) => getComputedStyle(el).animationName),
    ).toBe('none');

    await tabTo(page, /I'm a bit steadier/);
    await page.keyboard.press('Enter');
    await tabTo(page, /What happened/);
    await page.keyboard.type('No reply since lunch.');
    await tabTo(page, /^Next$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(page)).toBe('What I feel');
    await tabTo(page, /^\s*scared\s*$/);
    await page.keyboard.press('Space');
    await tabTo(page, /How strong is “scared”/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, /^Next$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /What story am I telling myself/);
    await page.keyboard.type('I said something wrong.');
    for (const title of [
      'Size of the event, size of the feeling',
      'Other explanations',
      'What I need',
      'My next step',
    ]) {
      await tabTo(page, /^Skip$/);
      await page.keyboard.press('Enter');
      await expect.poll(() => stepTitle(page)).toBe(title);
    }
    await tabTo(page, /Let it go for now/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Next$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(page)).toBe('How I feel now');
    await tabTo(page, /^Finish$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTitle(page)).toBe('You worked through it');
    expect(await page.locator('main').textContent()).toContain('scared 60%');
    expectOnlyOwnOrigin(app);
    await app.context.close();
  });
});
