import { describe, expect, it } from 'vitest';
import {
  baseURL,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  pick,
  screenshot,
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

const TEXT = "You never text back, you obviously don't care";

describe.skipIf(!hasBrowser)('composer and assumptions ledger', () => {
  const browser = useBrowser();

  it('underlines both patterns with reasons, offers a rewrite to use, and copies it', async () => {
    const context = await browser().newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const app = await openApp(browser(), { context });
    const { page } = app;
    await skipSafetyCheck(page);
    await page.getByRole('link', { name: 'Write a message' }).click();
    await page.getByLabel('Your message').fill(TEXT);

    const noticed = page.getByRole('region', { name: 'What the coach noticed' });
    await expect
      .poll(() => noticed.getByRole('button').allTextContents())
      .toEqual([
        '“You never text back” · “Always” or “never”',
        "“you obviously don't care” · Guessing their mind",
      ]);
    expect(await noticed.locator('mark').allTextContents()).toEqual([
      'You never text back',
      "you obviously don't care",
    ]);
    const why = noticed.getByText(/states what they feel as a fact/);
    expect(await why.isVisible()).toBe(false);
    await noticed.getByRole('button', { name: /Guessing their mind/ }).click();
    await expect.poll(() => why.isVisible()).toBe(true);
    // Tapping an underlined word opens its reason too.
    await noticed.locator('mark').first().click();
    await expect
      .poll(() => noticed.getByText(/Words like 'always' and 'never'/).isVisible())
      .toBe(true);
    await expectNoAxeViolations(page, 'composer with flags');

    await page.getByRole('button', { name: 'Show other ways to say it' }).click();
    await page.getByRole('button', { name: /^Use this: When you didn't text back/ }).click();
    const draft = await page.getByLabel('Your message').inputValue();
    expect(draft).toBe("When you didn't text back [when?], what was going on for you?");
    await page.getByLabel('Your message').fill(draft.replace('[when?]', 'last night'));
    await page.getByRole('button', { name: 'Copy message' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Copied' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "When you didn't text back last night, what was going on for you?",
    );
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('records an assumption from the composer and resolves it in the ledger', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    await page.getByRole('link', { name: 'Write a message' }).click();
    await page.getByLabel('Your message').fill('are we ok? you went quiet after dinner');
    await page.getByRole('button', { name: 'Save what I fear this means' }).click();
    await page.getByLabel('What do I fear this means?').fill('They are losing interest in me');
    await page.getByLabel('How likely does it feel?').fill('70');
    await page.getByRole('button', { name: 'Save to my ledger' }).click();
    await page.getByRole('link', { name: 'Open the ledger' }).click();

    await page.getByRole('heading', { name: 'Assumptions ledger' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Felt 70% likely');
    await page.getByRole('link', { name: 'Note what they said' }).click();
    await page.getByLabel('What they said, in their words').fill('I had a headache, sorry');
    await pick(page, /Did the fear come true/, 'No');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { name: 'Assumptions ledger' }).waitFor();
    const main = await page.locator('main').textContent();
    expect(main).toContain('Of 1 fear you checked, 0 came true, 0 partly, and 1 did not.');
    expect(main).toContain('Fear confirmed: 0%');
    expect(main).toContain('It did not come true');
    expect(main).toContain('They said: I had a headache, sorry');
    expect(main).toContain('No open assumptions.');
    await expectNoAxeViolations(page, 'ledger');
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('shows journal-mode flags on the spiral story step', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    await page.getByRole('button', { name: "I'm feeling insecure" }).click();
    await page.getByRole('button', { name: "I'm a bit steadier" }).click();
    await page.getByLabel('What happened?').fill('No reply since 9.');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .getByLabel(/What story am I telling myself/)
      .fill("he obviously doesn't care about me");
    const noticed = page.getByRole('region', { name: 'What the coach noticed' });
    await expect
      .poll(() => noticed.getByRole('button').allTextContents())
      .toEqual(["“he obviously doesn't care” · Guessing their mind"]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`composer, rewrites and ledger have no axe violations (${scheme})`, async () => {
      const app = await openApp(browser(), { colorScheme: scheme });
      const { page } = app;
      await skipSafetyCheck(page);
      await page.getByRole('link', { name: 'Write a message' }).click();
      await page.getByLabel('Your message').fill(TEXT);
      const noticed = page.getByRole('region', { name: 'What the coach noticed' });
      await expect.poll(() => noticed.getByRole('button').count()).toBe(2);
      await expectNoAxeViolations(page, `composer (${scheme})`);
      await screenshot(page, `composer-${scheme}`);
      await page.getByRole('button', { name: 'Show other ways to say it' }).click();
      await expectNoAxeViolations(page, `composer rewrites (${scheme})`);
      await screenshot(page, `composer-rewrites-${scheme}`);
      await page.goto('/ledger');
      await page.getByRole('heading', { name: 'Assumptions ledger' }).waitFor();
      await expectNoAxeViolations(page, `ledger (${scheme})`);
      await screenshot(page, `ledger-${scheme}`);
      expectOnlyOwnOrigin(app);
      expect(app.errors).toEqual([]);
      await app.context.close();
    });
  }
});
