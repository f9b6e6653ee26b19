/**
 * Issue 4's practice screens: the main path of each (reach-out with a pause, ladder,
 * space log, needs map and own time, being present, self-check) and the insights built
 * from them; then axe on every new screen in light and dark, with screenshots.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  dumpIndexedDb,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  go,
  hasBrowser,
  openApp,
  pick,
  screenshot,
  skipSafetyCheck,
  toggleChip,
  useBrowser,
} from './harness.ts';

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor();

async function reachOut(page: Page) {
  await page.getByRole('link', { name: 'Practices' }).click();
  await page.getByRole('link', { name: 'The urge to reach out' }).click();
  await heading(page, 'The urge to reach out');
  await pick(page, /How strong is the urge/, '7');
  await pick(page, /What I did/, 'Paused first');
  await pick(page, /Pause for/, '10 minutes');
  await page.getByRole('button', { name: 'Start the pause' }).click();
  await heading(page, 'Pausing');
  await page.getByRole('timer').waitFor();
  await page.getByRole('button', { name: "I'm ready now" }).click();
  await pick(page, /How strong is the urge now/, '3');
  await page.getByLabel(/What did your partner say/).fill('They were in a meeting.');
  await page.getByRole('button', { name: 'Done with this one' }).click();
  await heading(page, 'The urge to reach out');
  await page.getByText('Nothing open.').waitFor();
}

async function ladder(page: Page) {
  await go(page, '/ladder', 'Uncertainty ladder');
  await page.getByText('Add a first step').waitFor();
  await page.getByRole('button', { name: '+ Let a message sit an hour before replying' }).click();
  await page.getByLabel('Or write your own step').fill('Go to bed without checking my phone');
  await page.getByRole('button', { name: 'Add step' }).click();
  await page.getByText('A first step to try: “Let a message sit').waitFor();
  for (let i = 0; i < 2; i++) {
    await page.getByRole('link', { name: 'Do this step' }).first().click();
    await heading(page, 'Let a message sit an hour before replying');
    await page.getByLabel('At its peak').fill('70');
    await page.getByLabel('Afterwards').fill('25');
    await page.getByRole('button', { name: 'Save this try' }).click();
    await heading(page, 'Uncertainty ladder');
  }
  await page.getByText('the next step is “Go to bed without checking my phone”').waitFor();
  await page.getByRole('button', { name: /Move “Go to bed.*” up/ }).click();
  await expect
    .poll(() =>
      page.getByRole('list', { name: 'Ladder steps' }).locator('li').first().textContent(),
    )
    .toContain('Go to bed');
}

async function space(page: Page) {
  await go(page, '/space', 'Space and closeness');
  await pick(page, /My partner wanted/, 'some space');
  await page.getByLabel(/What happened/).fill('They wanted a quiet evening alone.');
  await page.getByRole('button', { name: 'Log it' }).click();
  await page.getByRole('button', { name: 'We reconnected' }).click();
  await page.getByText('you reconnected afterwards 1 of 1 time').waitFor();
}

async function needs(page: Page) {
  await go(page, '/needs', 'Needs map');
  await toggleChip(page, 'companionship', 'partner');
  await toggleChip(page, 'fun', 'partner');
  await toggleChip(page, 'fun', 'friends');
  await page.getByRole('button', { name: 'Save needs map' }).click();
  await page.getByText('11 % of your needs rest on your partner alone.').waitFor();
  await page.getByText('maybe one small thing for “companionship”').waitFor();
  await page.getByLabel('What did you do for yourself?').fill('choir');
  await page.getByLabel('Minutes').fill('45');
  await page.getByRole('button', { name: 'Log own time' }).click();
  await page.getByRole('list', { name: 'Own time' }).getByText('choir · 45 min').waitFor();
}

async function present(page: Page) {
  await go(page, '/present', 'Being present');
  await pick(page, /How present was I/, '8');
  await page.getByText('My phone was away').click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved. Noticing is how presence grows.').waitFor();
  await page.getByRole('button', { name: 'Begin a minute' }).click();
  await page.getByRole('button', { name: 'Finish early' }).click();
  await page.getByText('That was your minute.').waitFor();
  await page.getByRole('link', { name: 'Start the drill' }).click();
  await heading(page, 'Listening drill');
  await pick(page, /Topic/, 'Something I am looking forward to');
  await page.getByRole('button', { name: 'Partner A starts' }).click();
  await page.getByText('What I heard is…').waitFor();
  await page.getByRole('button', { name: 'Switch turns' }).click();
  await page.getByRole('button', { name: 'Both turns done' }).click();
  await pick(page, /Partner A: how heard/, '9');
  await pick(page, /Partner B: how heard/, '7');
  await page.getByRole('button', { name: 'Save' }).click();
  await heading(page, 'Being present');
}

async function selfCheck(page: Page) {
  await go(page, '/selfcheck', 'Monthly self-check');
  await pick(page, /I worry my partner will lose interest/, '6');
  await pick(page, /I feel settled about where I stand/, '2');
  await pick(page, /I feel uneasy when my partner wants/, '3');
  await page.getByRole('button', { name: /Save \(3 of 12 answered\)/ }).click();
  await page
    .getByText('Worry about the relationship: 6.0; discomfort with closeness: 3.0')
    .waitFor();
  await expect.poll(() => page.locator('svg.plane circle').count()).toBe(1);
  await screenshot(page, 'practice-selfcheck-saved-light');
}

describe.skipIf(!hasBrowser)('practices and insights', () => {
  const browser = useBrowser();

  it('walks each practice and shows what it adds up to, storing no plaintext', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    await reachOut(page);
    await ladder(page);
    await space(page);
    await needs(page);
    await present(page);
    await selfCheck(page);

    await page.getByRole('link', { name: 'Practices' }).click();
    await page.getByRole('link', { name: 'Insights' }).click();
    await heading(page, 'Insights');
    const practices = page.getByRole('region', { name: 'Your practices' });
    await expect
      .poll(() => practices.textContent())
      .toContain('Of 1 urge to reach out, you pursued 0 and paused');
    const text = (await practices.textContent()) ?? '';
    expect(text).toContain('you reconnected afterwards 1 of 1 time');
    expect(text).toContain('11 % of your needs rest on your partner alone');
    expect(text).toContain('Your first self-check');
    await page.getByText('Not enough data yet: a tag or activity needs').waitFor();
    // A chart loads lazily next to its text summary.
    await page.getByRole('region', { name: 'How present you felt' }).locator('canvas').waitFor();
    await page.getByRole('heading', { name: 'Week by week' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'practice-insights-with-data-light');

    const raw = await dumpIndexedDb(page);
    expect(raw).not.toContain('They were in a meeting');
    expect(raw).not.toContain('Go to bed without checking');
    expect(raw).not.toContain('quiet evening alone');
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the practice screens (${scheme})`, async () => {
      const app = await openApp(browser(), { colorScheme: scheme, reducedMotion: 'reduce' });
      const { page } = app;
      await skipSafetyCheck(page);
      const screens: [string, string | RegExp, () => Promise<void>][] = [
        ['/practices', 'Practices', async () => {}],
        ['/reachout', 'The urge to reach out', () => pick(page, /What I did/, 'Paused first')],
        [
          '/ladder',
          'Uncertainty ladder',
          () => page.getByRole('button', { name: /^\+ Let a message/ }).click(),
        ],
        ['/space', 'Space and closeness', () => pick(page, /My partner wanted/, 'some space')],
        ['/needs', 'Needs map', () => toggleChip(page, 'rest', 'myself')],
        ['/present', 'Being present', () => pick(page, /How present was I/, '6')],
        ['/present/drill', 'Listening drill', async () => {}],
        ['/selfcheck', 'Monthly self-check', () => pick(page, /I need a lot of reassurance/, '4')],
        ['/insights', 'Insights', async () => {}],
      ];
      for (const [path, title, act] of screens) {
        await go(page, path, title);
        await act();
        const name = `practice${path.replaceAll('/', '-')}`;
        await expectNoAxeViolations(page, `${name} (${scheme})`);
        await screenshot(page, `${name}-${scheme}`);
      }
      // The timer screens too.
      await go(page, '/reachout', 'The urge to reach out');
      await pick(page, /How strong is the urge/, '5');
      await pick(page, /What I did/, 'Paused first');
      await page.getByRole('button', { name: 'Start the pause' }).click();
      await heading(page, 'Pausing');
      await expectNoAxeViolations(page, `reachout-pause (${scheme})`);
      await screenshot(page, `practice-reachout-pause-${scheme}`);
      await go(page, '/present/drill', 'Listening drill');
      await page.getByRole('button', { name: 'Partner A starts' }).click();
      await expectNoAxeViolations(page, `drill-turn (${scheme})`);
      await screenshot(page, `practice-drill-turn-${scheme}`);
      expectOnlyOwnOrigin(app);
      expect(app.errors).toEqual([]);
      await app.context.close();
    });
  }
});
