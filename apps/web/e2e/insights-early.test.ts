/**
 * Insights in week two: 15 days of realistic entries (most days used, security rising,
 * spirals settling faster) go in through the app's own import, and every insight card
 * then says something specific, with no four-week "not enough data" wall. Axe in light
 * and dark, with screenshots of each part of the screen.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  screenshot,
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Builds an export file (docs/export-format.md) of 15 days ending today, local time. */
function fifteenDays(): string {
  const now = Date.now();
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  // Day 0 is 14 days ago, day 14 today; nothing is placed later than a minute ago.
  const at = (day: number, hour: number) => {
    const d = new Date(midnight);
    d.setDate(d.getDate() - 14 + day);
    return Math.min(d.getTime() + hour * HOUR, now - (15 - day) * MIN);
  };
  let n = 0;
  const records: unknown[] = [];
  const add = (type: string, createdAt: number, body: object) => {
    n++;
    records.push({
      id: `${n.toString(16).padStart(8, '0')}-0000-7000-8000-000000000000`,
      type,
      schemaVersion: 1,
      createdAt,
      updatedAt: `${createdAt.toString(36).padStart(11, '0')}:0000:e2e`,
      deleted: false,
      body,
      revisions: [],
    });
  };
  const skipped = new Set([4, 11]); // most days, not every day
  for (let day = 0; day <= 14; day++) {
    if (skipped.has(day)) continue;
    const later = day >= 8;
    for (const [hour, lift] of [
      [9, 0],
      [21, 1],
    ] as const) {
      const t = at(day, hour);
      add('checkin', t, {
        at: t,
        security: (later ? 6 : 4) + lift - (day % 3 === 0 ? 1 : 0),
        mood: later && hour === 21 ? 'calm' : 'anxious',
        tags: day % 2 === 0 ? ['saw partner'] : ['long day'],
        note: '',
      });
    }
  }
  const spiralDays = [0, 2, 3, 5, 7, 9, 12, 14];
  for (const day of spiralDays) {
    const t = at(day, 22);
    const calm = day >= 8 ? 18 : 35;
    add('spiral', t, {
      status: 'done',
      step: 'rerate',
      startedAt: t - calm * MIN,
      completedAt: t,
      calmAt: t,
      facts: 'No reply since the afternoon.',
      feelings: [
        { word: 'anxious', intensity: 90 },
        { word: day % 2 === 0 ? 'unwanted' : 'lonely', intensity: 80 },
      ],
      story: day % 2 === 0 ? 'They are losing interest in me' : 'They went quiet, losing interest',
      explanations: ['They are busy'],
      needs: ['reassurance'],
      elsewhere: '',
      askDraft: '',
      feelingsAfter: [{ word: 'anxious', intensity: day >= 8 ? 40 : 55 }],
    });
  }
  for (let day = 0; day <= 14; day++) {
    if (skipped.has(day) || day % 2 === 1) continue;
    const t = at(day, 19);
    const paused = day >= 6;
    add('reach-out', t, {
      at: t,
      urge: paused ? 6 : 8,
      did: paused ? 'paused' : 'texted',
      partnerResponse: 'Replied later',
      hourLater: paused ? 7 : 4,
      note: '',
      status: 'closed',
    });
  }
  for (const [day, cameTrue] of [
    [1, 'no'],
    [6, 'partly'],
    [10, 'no'],
  ] as const) {
    const t = at(day, 20);
    add('assumption', t, {
      at: t,
      fear: 'They are bored of me',
      likelihood: 70,
      partnerSaid: day === 10 ? 'I was just tired after work, not bored at all' : 'Busy day',
      cameTrue,
      resolvedAt: t + 2 * HOUR > now ? t : t + 2 * HOUR,
    });
  }
  return JSON.stringify({ format: 'securebase-export', version: 1, exportedAt: now, records });
}

async function importFifteenDays(page: Page) {
  const file = join(tmpdir(), `sb-insights-${Date.now()}.json`);
  writeFileSync(file, fifteenDays());
  await page.goto('/settings');
  await page.getByLabel('Import an export file (JSON)').setInputFiles(file);
  await expect
    .poll(() => page.getByRole('region', { name: 'Your data' }).getByRole('status').textContent(), {
      timeout: 30_000,
    })
    .toMatch(/Imported\. \d+ entries were added/);
  await page.goto('/insights');
  await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
}

const text = async (page: Page, region: string) =>
  (await page.getByRole('region', { name: region }).first().textContent()) ?? '';

describe.skipIf(!hasBrowser)('insights in week two', () => {
  const browser = useBrowser();

  it('say something specific after 15 days of imported entries', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    await importFifteenDays(page);

    const easier = page.getByRole('list', { name: 'What has changed' });
    await easier.waitFor();
    const easierText = (await easier.textContent()) ?? '';
    expect(easierText).toMatch(
      /easier You felt [\d.]+ out of 10 secure on average in the last 7 days, up from [\d.]+ in the 7 days before\./,
    );
    expect(easierText).toMatch(/feeling calmer took about 18 minutes in the last 7 days/);

    expect(await text(page, 'Your latest spiral')).toMatch(
      /In your latest spiral, today, your feelings went from 85 to 40 out of 100 in 18 minutes\. Of the 8 spirals you re-rated, 8 ended lower than they began\./,
    );
    const back = await text(page, 'What comes back');
    expect(back).toContain('Feelings that came back in your spirals: “anxious” (8 of 8)');
    expect(back).toContain('Needs you named more than once: “reassurance” (8 of 8)');
    expect(back).toContain('“losing” (8 of 11)');
    expect(await text(page, 'When the urge came')).toMatch(
      /you tried pausing first 5 times \(an hour later you felt 7 out of 10 settled on average, from 5 notes\); texting 2 times \(an hour later you felt 4 out of 10/,
    );
    const fears = await text(page, 'Fears and what was said');
    expect(fears).toContain('Of 3 fears you checked, 0 came true, 1 partly, and 2 did not.');
    expect(fears).toContain('I was just tired after work, not bored at all');

    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('not enough data yet to compare the last four weeks');
    expect(main).not.toMatch(/\bNaN\b|undefined|in a row|you missed/i);
    expect(main).not.toContain('own time');
    await page
      .getByRole('region', { name: 'How secure you felt' })
      .locator('canvas')
      .first()
      .waitFor();
    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations and is looked at (${scheme})`, async () => {
      const app = await openApp(browser(), { colorScheme: scheme, reducedMotion: 'reduce' });
      const { page } = app;
      await skipSafetyCheck(page);
      await importFifteenDays(page);
      const chart = page.getByRole('region', { name: 'How secure you felt' }).locator('canvas');
      await chart.first().waitFor();
      await expectNoAxeViolations(page, `insights with 15 days (${scheme})`);
      await screenshot(page, `insights-week-two-top-${scheme}`);
      await page
        .getByRole('heading', { name: 'What your entries show so far' })
        .scrollIntoViewIfNeeded();
      await page
        .getByRole('heading', { name: 'What your entries show so far' })
        .evaluate((h) => h.scrollIntoView({ block: 'start' }));
      await screenshot(page, `insights-week-two-so-far-${scheme}`);
      await page
        .getByRole('region', { name: 'How secure you felt' })
        .evaluate((s) => s.scrollIntoView({ block: 'start' }));
      await screenshot(page, `insights-week-two-chart-${scheme}`);
      expect(app.errors).toEqual([]);
      await app.context.close();
    });
  }
});
