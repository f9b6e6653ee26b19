import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  dumpIndexedDb,
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  pick,
  screenshot,
  skipSafetyCheck,
  toggleChip,
  useBrowser,
} from './harness.ts';

describe.skipIf(!hasBrowser)('check-in', () => {
  const browser = useBrowser();

  it('checks in with three taps plus a note, edits and deletes it, and stores no plaintext', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await skipSafetyCheck(page);
    const marker = `marker-${Math.random().toString(36).slice(2, 10)}`;

    await page.getByRole('link', { name: 'Check in' }).click();
    await pick(page, /How secure/, '7');
    await toggleChip(page, /Tags/, 'slept badly');
    await page.getByLabel('Add your own tag').fill('work deadline');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.getByLabel(/Anything on your mind/).fill(`Quiet evening, ${marker}`);
    // The form keeps a draft as it is filled in (saving discards it, leaving a tombstone).
    await page.getByText('Kept as a draft').waitFor();
    await page.getByRole('button', { name: 'Save check-in' }).click();

    await expect.poll(() => page.getByRole('status').textContent()).toContain('Check-in saved');
    const list = page.getByRole('list', { name: 'Check-ins' });
    await expect.poll(() => list.textContent()).toContain(marker);
    expect(await list.textContent()).toContain('work deadline');

    // The marker is nowhere in IndexedDB: only envelopes and wrapped keys are stored.
    const raw = await dumpIndexedDb(page);
    expect(raw).toContain('[securebase/envelopes: 3]');
    expect(raw).not.toContain(marker);
    expect(raw).not.toContain('work deadline');

    // Survives a reload; then edit and delete.
    await page.reload();
    await page.getByRole('link', { name: new RegExp(marker) }).click();
    await pick(page, /How secure/, '4');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await page.getByRole('list', { name: 'Check-ins' }).textContent()).toMatch(/^4/);

    await page.getByRole('link', { name: new RegExp(marker) }).click();
    await page.getByRole('button', { name: 'Delete this check-in' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await expect.poll(() => page.getByText('No check-ins yet.').count()).toBe(1);

    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`keeps a check-in being written through a reload, encrypted, until it is saved or started afresh (${colorScheme})`, async () => {
      const app = await openApp(browser(), { colorScheme });
      const { page } = app;
      await skipSafetyCheck(page);
      const marker = `draft-${Math.random().toString(36).slice(2, 10)}`;
      await page.getByRole('link', { name: 'Check in' }).click();
      await pick(page, /How secure/, '6');
      await page.getByLabel(/Anything on your mind/).fill(`Half a thought, ${marker}`);
      await page.getByText('Kept as a draft').waitFor();
      // Encrypted like every record: in neither IndexedDB nor localStorage as text.
      expect(await dumpIndexedDb(page)).not.toContain(marker);
      expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(marker);

      await page.reload();
      await page.getByRole('heading', { name: 'Check in' }).waitFor();
      await page.getByText('Here’s what you were writing').waitFor();
      expect(await security(page, '6')).toBe(true);
      expect(await note(page)).toBe(`Half a thought, ${marker}`);
      await expectNoAxeViolations(page, `check-in draft (${colorScheme})`);
      await screenshot(page, `checkin-draft-${colorScheme}`);

      // Start afresh forgets it, here and after a reload.
      await page.getByRole('button', { name: 'Start afresh' }).click();
      await expect.poll(() => note(page)).toBe('');
      expect(await security(page, '6')).toBe(false);
      await page.reload();
      await page.getByRole('heading', { name: 'Check in' }).waitFor();
      expect(await note(page)).toBe('');
      expect(await page.getByText('Here’s what you were writing').count()).toBe(0);

      // Saving discards the draft: the next check-in starts blank.
      await pick(page, /How secure/, '3');
      await page.getByLabel(/Anything on your mind/).fill('saved this time');
      await page.getByText('Kept as a draft').waitFor();
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('Check-in saved');
      await page.getByRole('link', { name: 'Check in' }).click();
      await page.getByRole('heading', { name: 'Check in' }).waitFor();
      expect(await note(page)).toBe('');
      expect(await page.getByText('Here’s what you were writing').count()).toBe(0);

      expectOnlyOwnOrigin(app);
      expect(app.errors).toEqual([]);
      await app.context.close();
    });
});

const security = (page: Page, n: string) =>
  page
    .getByRole('radiogroup', { name: /How secure/ })
    .getByRole('radio', { name: n, exact: true })
    .isChecked();
const note = (page: Page) => page.getByLabel(/Anything on your mind/).inputValue();
