/**
 * Reminders that never nag: chosen in Settings, rung as a system notification through the
 * service worker (permission granted in the test profile, time moved by the page clock),
 * always in neutral words, and handed to the person's calendar as an RFC 5545 file that an
 * independent parser (ical.js) reads back.
 */
import { readFile } from 'node:fs/promises';
import { revealsPrivate } from '@securebase/core/reminders';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
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

const NEUTRAL = 'A moment for you: A few quiet minutes, if you would like them.';

async function notificationContext(browser: Browser, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    colorScheme,
    timezoneId: 'UTC',
    permissions: ['notifications'],
    acceptDownloads: true,
  });
  // 08:50 on a winter morning, UTC: a reminder at 09:00 is ten minutes away.
  await context.clock.install({ time: new Date('2026-12-03T08:50:00Z') });
  return context;
}

const shown = (page: Page) =>
  page.evaluate(async () =>
    (await (await navigator.serviceWorker.ready).getNotifications()).map(
      (n) => `${n.title}: ${n.body}`,
    ),
  );

async function serviceWorkerReady(page: Page) {
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
  );
}

describe.skipIf(!hasBrowser)('reminders', () => {
  const browser = useBrowser();

  it('a daily reminder rings through the service worker in neutral words, after a safety concern was answered', async () => {
    const context = await notificationContext(browser(), 'light');
    const app = await openApp(browser(), { context });
    const { page } = app;
    await page.getByRole('heading', { name: /safety check/ }).waitFor();
    await pick(page, /afraid of your partner/, 'Sometimes');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'Thank you for answering honestly' }).waitFor();
    await serviceWorkerReady(page);

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Reminders' }).waitFor();
    // None is the default: nothing rings until the person chooses.
    expect(await page.getByRole('radio', { name: 'No reminders' }).isChecked()).toBe(true);
    await pick(page, 'Remind me', 'Once a day');
    await page.getByLabel('Time of day', { exact: true }).fill('09:00');
    await page.locator('label').filter({ hasText: 'Keep quiet hours' }).click();
    await page.getByText('The next one would be').waitFor();
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved. Reminders ring on this device while the app is open.' })
      .waitFor();
    await page.getByRole('heading', { name: 'Reminders' }).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, 'reminder settings, daily (light)');
    await screenshot(page, 'reminders-daily-light');

    expect(await shown(page)).toEqual([]);
    await page.clock.fastForward('11:00');
    await expect.poll(() => shown(page)).toEqual([NEUTRAL]);
    expect(revealsPrivate(NEUTRAL)).toEqual([]);

    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('a few times a day with quiet hours: one time stays silent, the choice is kept, and the calendar file parses', async () => {
    const context = await notificationContext(browser(), 'dark');
    const app = await openApp(browser(), { context });
    const { page } = app;
    await skipSafetyCheck(page);
    await serviceWorkerReady(page);
    await page.getByRole('link', { name: 'Settings' }).click();
    await pick(page, 'Remind me', 'A few times a day');
    await page.getByLabel('First time', { exact: true }).fill('08:55');
    await page.getByLabel('Second time', { exact: true }).fill('13:30');
    await page.getByLabel('Third time', { exact: true }).fill('23:15');
    await page.locator('label').filter({ hasText: 'Keep quiet hours' }).click();
    await page.getByLabel('Quiet from', { exact: true }).fill('22:00');
    await page.getByLabel('Quiet until', { exact: true }).fill('07:00');
    await page.getByText('23:15 falls in your quiet hours, so it stays silent.').waitFor();
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByLabel('Quiet from', { exact: true }).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, 'reminder settings, several (dark)');
    await screenshot(page, 'reminders-several-dark');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to my calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('a-moment-for-you.ics');
    const text = await readFile(await download.path(), 'utf8');
    expect(revealsPrivate(text)).toEqual([]);
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual([
      '2026-12-03T08:55:00',
      '2026-12-03T13:30:00',
    ]);
    for (const e of events) {
      expect(e.summary).toBe('A moment for you');
      expect(e.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=DAILY');
    }

    await page.clock.fastForward('06:00');
    await expect.poll(() => shown(page)).toEqual([NEUTRAL]);

    await page.reload();
    await page.getByRole('heading', { name: 'Reminders' }).waitFor();
    expect(await page.getByRole('radio', { name: 'A few times a day' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Third time', { exact: true }).inputValue()).toBe('23:15');
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await context.close();
  });

  it('says plainly when notifications are off, and still offers the calendar', async () => {
    const app = await openApp(browser(), { path: '/' });
    const { page } = app;
    await skipSafetyCheck(page);
    await page.evaluate(() => Notification.permission).then((p) => expect(p).not.toBe('granted'));
    await page.getByRole('link', { name: 'Settings' }).click();
    await pick(page, 'Remind me', 'Once a day');
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'so reminders can’t ring here. Your calendar can remind you instead.' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Add to my calendar' }).isEnabled()).toBe(true);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
