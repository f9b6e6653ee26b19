import { describe, expect, it } from 'vitest';
import {
  dumpIndexedDb,
  expectOnlyOwnOrigin,
  hasBrowser,
  openApp,
  pick,
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
    await page.getByRole('button', { name: 'Save check-in' }).click();

    await expect.poll(() => page.getByRole('status').textContent()).toContain('Check-in saved');
    const list = page.getByRole('list', { name: 'Check-ins' });
    await expect.poll(() => list.textContent()).toContain(marker);
    expect(await list.textContent()).toContain('work deadline');

    // The marker is nowhere in IndexedDB: only envelopes and wrapped keys are stored.
    const raw = await dumpIndexedDb(page);
    expect(raw).toContain('[securebase/envelopes: 2]');
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
});
