import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  pick,
  skipSafetyCheck,
  useBrowser,
} from './harness.ts';

async function checkIn(page: Page, n: string, note: string) {
  await page.goto('/checkin');
  await pick(page, /How secure/, n);
  await page.getByLabel(/Anything on your mind/).fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('heading', { name: 'How are you, right now?' }).waitFor();
}

const status = (page: Page) =>
  page.getByRole('region', { name: 'Your data' }).getByRole('status').textContent();

describe.skipIf(!hasBrowser)('your data', () => {
  const browser = useBrowser();

  it('exports, deletes everything, imports (twice, idempotently) and finds it all again', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    await checkIn(page, '6', 'first entry');
    await checkIn(page, '8', 'second entry, with "quotes"');

    await page.goto('/settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    const file = join(tmpdir(), `sb-export-${Date.now()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('securebase-export');
    expect(exported.version).toBe(1);
    expect(exported.records.filter((r: { type: string }) => r.type === 'checkin')).toHaveLength(2);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Check-ins (CSV)' }).click(),
    ]);
    const csvFile = join(tmpdir(), `sb-export-${Date.now()}.csv`);
    await csv.saveAs(csvFile);
    expect(readFileSync(csvFile, 'utf8')).toContain('"second entry, with ""quotes"""');

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Yes, delete everything' })
      .click();
    await expect.poll(() => status(page)).toContain('Everything was deleted');
    await page.goto('/');
    // A fresh start asks the safety check again.
    await skipSafetyCheck(page);
    expect(await page.getByText('No check-ins yet.').count()).toBe(1);

    await page.goto('/settings');
    await page.getByLabel('Import an export file (JSON)').setInputFiles(file);
    await expect.poll(() => status(page)).toMatch(/Imported\. \d+ entries were added/);
    await page.getByLabel('Import an export file (JSON)').setInputFiles(file);
    await expect.poll(() => status(page)).toContain('Nothing changed');
    await page.goto('/history');
    const list = await page.getByRole('list', { name: 'Entries' }).textContent();
    expect(list).toContain('first entry');
    expect(list).toContain('second entry');

    // A file that is not an export gets a clear error and changes nothing.
    const bad = join(tmpdir(), `sb-bad-${Date.now()}.json`);
    writeFileSync(bad, '{"hello": "world"}');
    await page.goto('/settings');
    await page.getByLabel('Import an export file (JSON)').setInputFiles(bad);
    await expect.poll(() => status(page)).toContain('doesn’t look like a Secure Base export');

    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
