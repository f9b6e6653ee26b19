/**
 * One tab at a time: two pages of one browser context share IndexedDB, as the installed
 * app and a browser tab do. The second shows that the journal is open elsewhere; "Use it
 * here" moves it, and what the first tab wrote (even a spiral draft still waiting to be
 * saved) is there in the second.
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
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

const ELSEWHERE = 'Secure Base is open in another tab or window';
const HOME = 'How are you, right now?';

const heading = (page: Page, name: string) => page.getByRole('heading', { name }).waitFor();

async function checkIn(page: Page, note: string) {
  await page.getByRole('link', { name: 'Check in' }).click();
  await pick(page, /How secure/, '6');
  await page.getByLabel(/Anything on your mind/).fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await heading(page, HOME);
}

const checkIns = (page: Page) => page.getByRole('list', { name: 'Check-ins' }).textContent();

describe.skipIf(!hasBrowser)('one tab at a time', () => {
  const browser = useBrowser();

  it('shows the second tab that the journal is open elsewhere, and moves it there with everything written', async () => {
    const a = await openApp(browser());
    await skipSafetyCheck(a.page);
    await checkIn(a.page, 'written in tab A');

    const b = await openApp(browser(), { context: a.context });
    await heading(b.page, ELSEWHERE);
    await expectNoAxeViolations(b.page, 'open elsewhere (light)');
    await screenshot(b.page, 'open-elsewhere-light');

    // Tab A starts a spiral; the hand-over comes before its 400 ms save delay is up.
    await a.page.getByRole('button', { name: "I'm feeling insecure" }).click();
    await a.page.getByRole('button', { name: "I'm a bit steadier" }).click();
    await a.page.getByLabel('What happened?').fill('No reply since lunch.');
    await b.page.getByRole('button', { name: 'Use it here' }).click();

    await heading(a.page, ELSEWHERE);
    await a.page.getByText('with everything saved here').waitFor();
    await expectNoAxeViolations(a.page, 'moved elsewhere (light)');
    await screenshot(a.page, 'open-elsewhere-moved-light');

    await heading(b.page, HOME);
    await expect.poll(() => checkIns(b.page)).toContain('written in tab A');
    await b.page.getByRole('link', { name: 'Continue where you left off' }).click();
    await heading(b.page, 'What happened');
    expect(await b.page.getByLabel('What happened?').inputValue()).toBe('No reply since lunch.');

    // And back again: tab B's own check-in is there when tab A takes the journal back.
    await b.page.getByRole('link', { name: 'Secure Base' }).click();
    await heading(b.page, HOME);
    await checkIn(b.page, 'written in tab B');
    await a.page.getByRole('button', { name: 'Use it here' }).click();
    await heading(b.page, ELSEWHERE);
    // Tab A picks up where it was: the spiral, with the words B kept.
    await heading(a.page, 'What happened');
    expect(await a.page.getByLabel('What happened?').inputValue()).toBe('No reply since lunch.');
    await a.page.getByRole('link', { name: 'Secure Base' }).click();
    await heading(a.page, HOME);
    const both = await checkIns(a.page);
    expect(both).toContain('written in tab A');
    expect(both).toContain('written in tab B');

    // A reload of the tab that holds the journal opens it again, not the other screen.
    await a.page.reload();
    await heading(a.page, HOME);
    expect(await b.page.getByRole('heading', { name: ELSEWHERE }).count()).toBe(1);

    expectOnlyOwnOrigin(a);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.context.close();
  });

  it('keeps the passphrase lock: the journal moves locked, and opens with the passphrase', async () => {
    const a = await openApp(browser());
    await skipSafetyCheck(a.page);
    await checkIn(a.page, 'behind the lock, in tab A');
    await a.page.getByRole('link', { name: 'Settings' }).click();
    await a.page.getByLabel('New passphrase').fill('river stone lantern');
    await a.page.getByLabel('The same passphrase again').fill('river stone lantern');
    await a.page.getByRole('button', { name: 'Lock with this passphrase' }).click();
    await a.page.getByRole('status').filter({ hasText: 'locked with your passphrase' }).waitFor();

    const b = await openApp(browser(), { context: a.context });
    await heading(b.page, ELSEWHERE);
    await b.page.getByRole('button', { name: 'Use it here' }).click();
    await heading(b.page, 'Your journal is locked');
    await heading(a.page, ELSEWHERE);
    await b.page.getByLabel('Passphrase').fill('river stone lantern');
    await b.page.getByRole('button', { name: 'Unlock' }).click();
    await b.page.getByRole('link', { name: 'Home' }).click();
    await expect.poll(() => checkIns(b.page)).toContain('behind the lock, in tab A');
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.context.close();
  });

  it('loses nothing of a check-in being written when another tab takes the journal', async () => {
    const a = await openApp(browser());
    await skipSafetyCheck(a.page);
    await a.page.getByRole('link', { name: 'Check in' }).click();
    await pick(a.page, /How secure/, '6');
    await a.page.getByLabel(/Anything on your mind/).fill('typed in tab A, not saved');

    // Tab B takes the journal at once, before the draft's save delay is up.
    const b = await openApp(browser(), { context: a.context });
    await heading(b.page, ELSEWHERE);
    await b.page.getByRole('button', { name: 'Use it here' }).click();
    await heading(a.page, ELSEWHERE);
    await a.page.getByText('A check-in or spiral you had started is kept as a draft.').waitFor();
    await heading(b.page, HOME);

    // The draft is in tab B too, where the journal now is.
    await b.page.getByRole('link', { name: 'Check in' }).click();
    await b.page.getByText('Here’s what you were writing').waitFor();
    expect(await b.page.getByLabel(/Anything on your mind/).inputValue()).toBe(
      'typed in tab A, not saved',
    );

    // Tab A takes it back: its form opens again with what was typed, and saves it.
    await a.page.getByRole('button', { name: 'Use it here' }).click();
    await heading(b.page, ELSEWHERE);
    await heading(a.page, 'Check in');
    await a.page.getByText('Here’s what you were writing').waitFor();
    expect(await a.page.getByLabel(/Anything on your mind/).inputValue()).toBe(
      'typed in tab A, not saved',
    );
    expect(
      await a.page
        .getByRole('radiogroup', { name: /How secure/ })
        .getByRole('radio', { name: '6', exact: true })
        .isChecked(),
    ).toBe(true);
    await a.page.getByRole('button', { name: 'Save check-in' }).click();
    await heading(a.page, HOME);
    await expect.poll(() => checkIns(a.page)).toContain('typed in tab A, not saved');
    await screenshot(a.page, 'tabs-draft-saved-light');

    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.context.close();
  });

  it('reads calmly in dark too', async () => {
    const a = await openApp(browser(), { colorScheme: 'dark' });
    await skipSafetyCheck(a.page);
    const b = await openApp(browser(), { context: a.context });
    await heading(b.page, ELSEWHERE);
    await expectNoAxeViolations(b.page, 'open elsewhere (dark)');
    await screenshot(b.page, 'open-elsewhere-dark');
    await b.page.getByRole('button', { name: 'Use it here' }).click();
    await heading(a.page, ELSEWHERE);
    await a.page.getByRole('button', { name: 'Need help right now?' }).click();
    expect(await a.page.getByRole('list', { name: 'Helplines' }).count()).toBe(1);
    await expectNoAxeViolations(a.page, 'moved elsewhere (dark)');
    await screenshot(a.page, 'open-elsewhere-moved-dark');
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.context.close();
  });
});
