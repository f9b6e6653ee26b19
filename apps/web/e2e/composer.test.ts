import type { Browser, Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  baseURL,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  focused,
  hasBrowser,
  openApp,
  pick,
  screenshot,
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

const TEXT = "You never text back, you obviously don't care";

/** A flag button's words, without its open/closed sign (+ or −, hidden from screen readers). */
// The coach chunk loads on first use; on a busy machine that can take seconds.
const COACH = { timeout: 15_000 };

const flagTexts = async (region: Locator) =>
  (await region.getByRole('button').allTextContents()).map((t) => t.replace(/[+−]$/, ''));

/** The composer in a context that may read and write the clipboard. */
async function composerWithClipboard(browser: Browser) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const app = await openApp(browser, { context });
  const { page } = app;
  await skipSafetyCheck(page);
  await page.getByRole('link', { name: 'Write a message' }).click();
  return { context, app, page };
}

describe.skipIf(!hasBrowser)('composer and assumptions ledger', () => {
  const browser = useBrowser();

  it('underlines both patterns with reasons, offers a rewrite to use, and copies it', async () => {
    const { context, app, page } = await composerWithClipboard(browser());
    await page.getByLabel('Your message').fill(TEXT);

    const noticed = page.getByRole('region', { name: 'What the coach noticed' });
    await expect
      .poll(() => flagTexts(noticed), COACH)
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

  it('puts a chosen rewrite in the box with its first placeholder selected, and asks once before copying one', async () => {
    const { context, app, page } = await composerWithClipboard(browser());
    const box = page.getByLabel('Your message');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const selected = () =>
      box.evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
    const description = () =>
      box.evaluate((t) =>
        (t.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    const chooseRewrite = async () => {
      await box.fill("You never answer me, you obviously don't care");
      await page.getByRole('button', { name: 'Show other ways to say it' }).click();
      await page.getByRole('button', { name: /^Use this: When you didn't answer me/ }).click();
    };
    await page.evaluate(() => navigator.clipboard.writeText('before'));

    // Use this: the rewrite is in the box, focused, with [when?] selected to type over.
    await chooseRewrite();
    expect(await box.inputValue()).toBe(
      "When you didn't answer me [when?], what was going on for you?",
    );
    expect(await focused(page)).toMatch(/^TEXTAREA “Your message/);
    expect(await selected()).toBe('[when?]');
    expect(await description()).toContain('Fill in the parts in [brackets] with your own words');

    // Copy with the placeholder still there asks, and copies nothing yet.
    await page.getByRole('button', { name: 'Copy message' }).click();
    const question = page.getByText("There's still a [when?] to fill in — copy anyway?");
    await question.waitFor();
    expect(await focused(page)).toBe("P “There's still a [when?] to fill in — copy anyway?”");
    expect(await clipboard()).toBe('before');

    // Fill it in: back in the box with the placeholder selected; typing replaces it.
    await page.getByRole('button', { name: 'Fill it in' }).click();
    expect(await selected()).toBe('[when?]');
    await page.keyboard.type('last night');
    expect(await box.inputValue()).toBe(
      "When you didn't answer me last night, what was going on for you?",
    );
    expect(await description()).not.toContain('brackets');
    await page.getByRole('button', { name: 'Copy message' }).click();
    await expect
      .poll(clipboard)
      .toBe("When you didn't answer me last night, what was going on for you?");
    expect(await question.count()).toBe(0);

    // Copy anyway: copied as it is, focus back on the button, and it does not ask again.
    await chooseRewrite();
    await page.getByRole('button', { name: 'Copy message' }).click();
    await page.getByRole('button', { name: 'Copy anyway' }).click();
    await expect
      .poll(clipboard)
      .toBe("When you didn't answer me [when?], what was going on for you?");
    expect(await focused(page)).toBe('BUTTON “Copied”');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.getByRole('button', { name: 'Copied' }).click();
    await expect
      .poll(clipboard)
      .toBe("When you didn't answer me [when?], what was going on for you?");
    expect(await question.count()).toBe(0);
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('confirms a clean message warmly, and gives a shared reason one button', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    await page.getByRole('link', { name: 'Write a message' }).click();
    const box = page.getByLabel('Your message');
    const confirmation = page.getByRole('status').filter({ hasText: 'This reads kind and clear' });
    expect(await confirmation.count()).toBe(0);
    await box.fill('I missed you today. Could we call tonight when you are free?');
    await confirmation.waitFor(COACH);
    expect(await page.getByRole('region', { name: 'What the coach noticed' }).count()).toBe(0);

    await box.fill('You never text back and you never call');
    const noticed = page.getByRole('region', { name: 'What the coach noticed' });
    await expect
      .poll(() => flagTexts(noticed), COACH)
      .toEqual(['“You never text back” “you never call” · “Always” or “never”']);
    expect(await confirmation.count()).toBe(0);
    const flag = noticed.getByRole('button');
    expect(await flag.getAttribute('aria-expanded')).toBe('false');
    await flag.focus();
    await page.keyboard.press('Enter');
    expect(await flag.getAttribute('aria-expanded')).toBe('true');
    expect(await noticed.getByText(/Words like 'always' and 'never'/).count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('records an assumption from the composer and resolves it in the ledger', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    await page.getByRole('link', { name: 'Write a message' }).click();
    await page.getByLabel('Your message').fill('are we ok? you went quiet after dinner');
    // Focus follows: the button gives way to the form (focus in its box), the form to a note.
    await page.getByRole('button', { name: 'Save what I fear this means' }).click();
    expect(await focused(page)).toBe('TEXTAREA “What do I fear this means?”');
    await page.getByLabel('What do I fear this means?').fill('They are losing interest in me');
    await page.getByLabel('How likely does it feel?').fill('70');
    await page.getByRole('button', { name: 'Save to my ledger' }).click();
    await page.getByText('Saved to your assumptions ledger.').waitFor();
    expect(await focused(page)).toMatch(/^P “Saved to your assumptions ledger/);
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
      .poll(() => flagTexts(noticed), COACH)
      .toEqual(["“he obviously doesn't care” · Guessing their mind"]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    // Seven axe runs and eight screenshots: longer than the default minute on a busy machine.
    it(`composer, rewrites and ledger have no axe violations (${scheme})`, {
      timeout: 180_000,
    }, async () => {
      const app = await openApp(browser(), { colorScheme: scheme });
      const { page } = app;
      await skipSafetyCheck(page);
      await page.getByRole('link', { name: 'Write a message' }).click();
      await page.getByLabel('Your message').fill(TEXT);
      const noticed = page.getByRole('region', { name: 'What the coach noticed' });
      await expect.poll(() => noticed.getByRole('button').count(), COACH).toBe(2);
      await expectNoAxeViolations(page, `composer (${scheme})`);
      await screenshot(page, `composer-${scheme}`);
      await page.getByRole('button', { name: 'Show other ways to say it' }).click();
      await expectNoAxeViolations(page, `composer rewrites (${scheme})`);
      await screenshot(page, `composer-rewrites-${scheme}`);
      await page.getByRole('button', { name: /^Use this: When you didn't text back/ }).click();
      await screenshot(page, `composer-used-${scheme}`);
      await page.getByRole('button', { name: 'Copy message' }).click();
      await page.getByRole('button', { name: 'Copy anyway' }).waitFor();
      await expectNoAxeViolations(page, `composer, placeholder question (${scheme})`);
      await screenshot(page, `composer-ask-${scheme}`);
      await page.getByLabel('Your message').fill('Whatever. Do what you want.');
      await expect
        .poll(() => flagTexts(noticed), COACH)
        .toEqual(['“Whatever” “Do what you want” · Pushing for a reaction']);
      await noticed.getByRole('button').first().click();
      await expectNoAxeViolations(page, `composer, protest (${scheme})`);
      await screenshot(page, `composer-protest-${scheme}`);
      await page.getByLabel('Your message').fill('Thank you for tonight, I had the best time.');
      await page.getByRole('status').filter({ hasText: 'This reads kind and clear' }).waitFor();
      await expectNoAxeViolations(page, `composer, clean (${scheme})`);
      await screenshot(page, `composer-clean-${scheme}`);
      await page.getByRole('button', { name: 'Save what I fear this means' }).click();
      expect(await focused(page)).toBe('TEXTAREA “What do I fear this means?”');
      await screenshot(page, `composer-fear-focus-${scheme}`);
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
