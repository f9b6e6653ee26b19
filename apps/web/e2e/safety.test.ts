import { describe, expect, it } from 'vitest';
import { expectOnlyOwnOrigin, hasBrowser, openApp, pick, useBrowser } from './harness.ts';

describe.skipIf(!hasBrowser)('safety', () => {
  const browser = useBrowser();

  it('a danger signal gets a gentle message and helplines; Help is reachable and keeps a local service', async () => {
    const app = await openApp(browser());
    const { page } = app;
    await page.getByRole('heading', { name: /safety check/ }).waitFor();
    await pick(page, /afraid of your partner/, 'No');
    await pick(page, /check your phone/, 'Sometimes');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'Thank you for answering honestly' }).waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain("isn't the right tool");
    expect(text).toContain('National Domestic Violence Hotline');
    expect(await page.getByRole('link', { name: 'Call 0808 2000 247' }).getAttribute('href')).toBe(
      'tel:08082000247',
    );

    // Help is one tap from every screen.
    for (const path of ['/', '/checkin', '/history', '/settings']) {
      await page.goto(path);
      await page.getByRole('link', { name: 'Help' }).click();
      await page.getByRole('heading', { name: 'Help', exact: true }).waitFor();
    }
    await page.getByLabel('Name').fill('City counselling line');
    await page.getByLabel('Phone (optional)').fill('+44 20 7946 0000');
    await page.getByRole('button', { name: 'Save service' }).click();
    // Reload only once the service shows as saved (the write is an async IndexedDB commit).
    await page.getByRole('link', { name: 'Call +44 20 7946 0000' }).waitFor();
    await page.reload();
    expect(
      await page.getByRole('link', { name: 'Call +44 20 7946 0000' }).getAttribute('href'),
    ).toBe('tel:+442079460000');

    expectOnlyOwnOrigin(app);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('no danger signal: a thank-you and on to the app', async () => {
    const app = await openApp(browser());
    const { page } = app;
    for (const q of [
      /afraid/,
      /check your phone/,
      /keep you from seeing/,
      /threatened/,
      /pushed, hit/,
    ])
      await pick(page, q, 'No');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Go to home' }).click();
    await page.getByRole('heading', { name: 'How are you, right now?' }).waitFor();
    await app.context.close();
  });
});
