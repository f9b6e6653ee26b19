/**
 * History with 15 days of imported entries: the calendar by keyboard (arrow keys across a
 * month's end, Enter opens a day), the year in pixels, the filter by kind and by tag, the
 * search (announced, focus stays in the field), delete with undo, axe and screenshots in
 * light and dark.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptySpiral, encodeHlc, type StoredRecord, toExportJson } from '@securebase/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  go,
  hasBrowser,
  openApp,
  screenshot,
  skipSafetyCheck,
  tabTo,
  toggleChip,
  useBrowser,
} from './harness.ts';

const DAY = 86_400_000;

/** Fifteen days up to today: a check-in a day (noon UTC), a few spirals, a reach-out and a fear. */
function exportFile(): string {
  const now = new Date();
  const noon = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12);
  const records: StoredRecord[] = [];
  let n = 0;
  const add = (type: string, at: number, body: unknown) => {
    n += 1;
    records.push({
      id: `0190a000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`,
      type,
      schemaVersion: 1,
      createdAt: at,
      updatedAt: encodeHlc({ wall: at, counter: 0 }, 'import'),
      deleted: false,
      body,
      revisions: [],
    });
  };
  for (let k = 0; k < 15; k++) {
    const at = noon - k * DAY;
    add('checkin', at, {
      at,
      security: 3 + ((14 - k) % 8),
      tags: k % 2 === 0 ? ['long day'] : ['saw partner'],
      note: k === 4 ? 'Coffee at the Café, a calm morning' : `Day ${k}: walked by the river`,
    });
  }
  for (const k of [2, 6, 11])
    add('spiral', noon - k * DAY - 3_600_000, {
      ...emptySpiral(noon - k * DAY - 3_600_000),
      status: 'done',
      step: 'rerate',
      story: `Spiral ${k}: they went quiet and I feared the worst`,
    });
  add('reach-out', noon - DAY + 600_000, {
    at: noon - DAY + 600_000,
    urge: 7,
    did: 'paused',
    partnerResponse: '',
    note: 'Waited, then wrote a kind message',
    status: 'closed',
  });
  add('assumption', noon - 3 * DAY, {
    at: noon - 3 * DAY,
    fear: 'That they are bored of me',
    likelihood: 60,
    partnerSaid: '',
  });
  const file = join(tmpdir(), `sb-history-${Date.now()}-${Math.random()}.json`);
  writeFileSync(file, toExportJson(records, Date.now()));
  return file;
}

async function importHistory(page: Page) {
  await skipSafetyCheck(page);
  await go(page, '/settings', 'Settings');
  await page.getByLabel('Import an export file (JSON)').setInputFiles(exportFile());
  await page.getByText(/Imported\./).waitFor();
  await go(page, '/history', 'History');
}

const focusedDay = (page: Page) =>
  page.evaluate(() => Number((document.activeElement as HTMLElement | null)?.dataset.day));
const entries = (page: Page) => page.getByRole('list', { name: 'Entries' }).getByRole('listitem');
const status = (page: Page) =>
  page
    .locator('[role="status"]')
    .filter({ hasText: /entr(y|ies)/ })
    .first();

describe.skipIf(!hasBrowser)('history', () => {
  const browser = useBrowser();

  it('walks the calendar by keyboard, opens a day, filters, searches, deletes and undoes (light)', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await importHistory(page);
    expect(await entries(page).count()).toBe(20);

    // One tab stop for the whole calendar: today.
    await tabTo(page, /out of 10 secure/);
    const today = await focusedDay(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe(
      'date',
    );
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedDay(page)).toBe(today - 2);
    await page.keyboard.press('ArrowUp');
    expect(await focusedDay(page)).toBe(today - 9);
    // A label in words: the date, what was written, how secure it felt.
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(label).toMatch(/: 1 entry, felt \d+ out of 10 secure$/);
    await page.keyboard.press('Enter');
    const dayHeading = page.getByRole('heading', { level: 2, name: label?.split(':')[0] ?? '' });
    await dayHeading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await entries(page).count()).toBe(1);
    expect(await entries(page).first().textContent()).toContain('Day 9: walked by the river');
    await expectNoAxeViolations(page, 'history, a day open (light)');
    await dayHeading.scrollIntoViewIfNeeded();
    await screenshot(page, 'history-day-light');

    // Back to the calendar: it kept its tab stop on the opened day.
    await page.getByRole('button', { name: 'Show every day' }).click();
    await page
      .getByRole('grid')
      .getByRole('button', { name: label ?? '' })
      .waitFor();
    expect(
      await page.getByRole('grid').locator('button[tabindex="0"]').getAttribute('data-day'),
    ).toBe(String(today - 9));

    // Filter by kind, then by tag.
    await toggleChip(page, 'Show only', 'Spirals');
    await expect.poll(() => entries(page).count()).toBe(3);
    for (const text of await entries(page).allTextContents()) expect(text).toMatch(/spiral/i);
    await toggleChip(page, 'Show only', 'Spirals');
    await page.getByLabel('Tag').selectOption('saw partner');
    await expect.poll(() => entries(page).count()).toBe(7);
    for (const text of await entries(page).allTextContents()) expect(text).toContain('saw partner');
    await page.getByLabel('Tag').selectOption('');

    // Search: typed, announced, focus stays in the field; accents and case do not matter.
    const search = page.getByLabel('Search your words');
    await search.click();
    await page.keyboard.type('cafe');
    await expect.poll(() => status(page).textContent()).toBe('One entry with “cafe”.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    expect(await entries(page).first().textContent()).toContain('Café');
    await search.fill('went quiet');
    await expect.poll(() => status(page).textContent()).toBe('3 entries with “went quiet”.');
    await search.fill('nothing like this');
    await expect
      .poll(() => status(page).textContent())
      .toBe('No entries with “nothing like this”.');
    await screenshot(page, 'history-search-empty-light');

    // Delete asks once, then can be undone; the restored entry survives a reload.
    await search.fill('river');
    await expect.poll(() => status(page).textContent()).toBe('14 entries with “river”.');
    const first = entries(page).first();
    const note = (await first.textContent())?.match(/Day \d+: walked by the river/)?.[0] ?? '';
    await first.getByRole('button', { name: /^Delete the check-in from/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('The check-in was deleted.').waitFor();
    await expect.poll(() => status(page).textContent()).toBe('13 entries with “river”.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await expectNoAxeViolations(page, 'history, undo offered (light)');
    await screenshot(page, 'history-undo-light');
    await page.keyboard.press('Enter');
    await page.getByText('The check-in is back.').waitFor();
    await expect.poll(() => status(page).textContent()).toBe('14 entries with “river”.');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    expect(await page.getByRole('list', { name: 'Entries' }).textContent()).toContain(note);

    // Each entry opens to its own page.
    await entries(page).filter({ hasText: 'Spiral 6' }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'You worked through it' }).waitFor();

    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  }, 300_000);

  // Light is looked at in the test above and here; dark here. One import per test: it is slow.
  for (const scheme of ['light', 'dark'] as const) {
    it(`shows a year in pixels, named day by day, and passes axe (${scheme})`, async () => {
      const app = await openApp(browser(), { colorScheme: scheme });
      const { page } = app;
      await importHistory(page);
      await page.getByRole('grid').waitFor();
      await expectNoAxeViolations(page, `history, month (${scheme})`);
      await page.getByRole('grid').scrollIntoViewIfNeeded();
      await screenshot(page, `history-month-${scheme}`);

      await page.getByRole('button', { name: 'Year', exact: true }).click();
      const year = String(new Date().getFullYear());
      await page.getByRole('heading', { level: 2, name: year }).waitFor();
      const today = page.getByRole('grid').locator('button[aria-current="date"]');
      expect(await today.getAttribute('tabindex')).toBe('0');
      await today.focus();
      const day = Number(await today.getAttribute('data-day'));
      await page.keyboard.press('ArrowUp');
      expect(await focusedDay(page)).toBe(day - 1);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await focusedDay(page)).toBe(day + 1);
      // A coloured day has a name that says what the colour means.
      const coloured = page.getByRole('grid').getByRole('button', { name: /out of 10 secure/ });
      expect(await coloured.count()).toBe(15);
      await expectNoAxeViolations(page, `history, year (${scheme})`);
      await today.scrollIntoViewIfNeeded();
      await screenshot(page, `history-year-${scheme}`);
      // Tomorrow, opened: nothing written, said plainly.
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent()).toBe('No entries.');
      expectOnlyOwnOrigin(app);
      expect(app.errors).toEqual([]);
      await app.context.close();
    }, 300_000);
  }
});
