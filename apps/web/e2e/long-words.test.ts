/**
 * Long words never push the page sideways or get cut off: a tag pasted far too long (kept
 * to 30 characters, with a kind hint), a note with a long word and a link, and a 40-character
 * tag from before the limit (imported), on the check-in form, Home, History and the edit form.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectOnlyOwnOrigin,
  fieldState,
  go,
  hasBrowser,
  openApp,
  pageWidth,
  pick,
  screenshot,
  skipSafetyCheck,
  spillingBoxes,
  useBrowser,
} from './harness.ts';

const LONG_NOTE = `Whyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy ${'🙂'.repeat(30)} https://example.test/${'x'.repeat(120)}`;
const OLD_TAG = 'b'.repeat(40);

async function expectNothingSpills(page: Page, where: string) {
  expect(await pageWidth(page), where).toBeLessThanOrEqual(390);
  expect(await spillingBoxes(page), where).toEqual([]);
}

/** An export of what is on the device, plus a copy of its check-in with a 40-character tag. */
async function exportWithOldTag(page: Page): Promise<string> {
  await go(page, '/settings', 'Settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const file = join(tmpdir(), `sb-long-${Date.now()}.json`);
  await download.saveAs(file);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const checkin = data.records.find((r: { type: string }) => r.type === 'checkin');
  const id: string = checkin.id;
  const other = `${id.slice(0, -4)}${id.slice(-4) === 'ffff' ? '0000' : 'ffff'}`;
  data.records.push({ ...checkin, id: other, body: { ...checkin.body, tags: [OLD_TAG] } });
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe.skipIf(!hasBrowser)('long words wrap', () => {
  const browser = useBrowser();

  for (const scheme of ['light', 'dark'] as const) {
    it(`a long tag and a long note stay inside 390 px everywhere they show (${scheme})`, async () => {
      const app = await openApp(browser(), { colorScheme: scheme });
      const { page } = app;
      await skipSafetyCheck(page);
      await page.getByRole('link', { name: 'Check in' }).click();
      await pick(page, /How secure/, '5');

      // Far too long a tag is kept to 30 characters, and a kind hint says why.
      const tag = page.getByLabel('Add your own tag');
      await tag.fill('a'.repeat(200));
      expect((await tag.inputValue()).length).toBe(30);
      expect((await fieldState(tag)).description).toBe(
        'That’s as long as a tag can be (30 characters). A word or two is easiest to spot later.',
      );
      await screenshot(page, `long-tag-hint-${scheme}`);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      expect((await fieldState(tag)).description).toBe('');
      await page.getByLabel(/Anything on your mind/).fill(LONG_NOTE);
      await expectNothingSpills(page, 'check-in form');
      await expectNoAxeViolations(page, `check-in, long tag (${scheme})`);
      await page.getByText('a'.repeat(30)).scrollIntoViewIfNeeded();
      await screenshot(page, `long-checkin-${scheme}`);
      await page.getByRole('button', { name: 'Save check-in' }).click();

      await page.getByRole('heading', { name: 'How are you, right now?' }).waitFor();
      await page.getByRole('list', { name: 'Check-ins' }).getByText(/Whyyy/).waitFor();
      await expectNothingSpills(page, 'home');

      // A 40-character tag from before the limit (here imported) wraps too.
      await page
        .getByLabel('Import an export file (JSON)')
        .setInputFiles(await exportWithOldTag(page))
        .catch(async () => {
          throw new Error('no import field on Settings');
        });
      await page.getByText(/Imported\./).waitFor();
      await go(page, '/', 'How are you, right now?');
      await page.getByText(OLD_TAG).first().waitFor();
      await expectNothingSpills(page, 'home with an old long tag');
      await page.getByText(OLD_TAG).first().scrollIntoViewIfNeeded();
      await screenshot(page, `long-home-${scheme}`);
      await go(page, '/history', 'History');
      await expectNothingSpills(page, 'history');
      await page
        .getByRole('link', { name: new RegExp(OLD_TAG) })
        .first()
        .click();
      await page.getByRole('heading', { name: 'Edit check-in' }).waitFor();
      await expectNothingSpills(page, 'edit form with an old long tag');
      await page.getByText(OLD_TAG).scrollIntoViewIfNeeded();
      await screenshot(page, `long-edit-${scheme}`);
      expectOnlyOwnOrigin(app);
      expect(app.errors).toEqual([]);
      await app.context.close();
    });
  }
});
