/**
 * What every browser test shares: launching Debian's Chromium with the flags that keep it
 * off the network, a 390×844 context per test, a log of every request the page makes (so a
 * test can assert nothing leaves the app's origin), axe checks and screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const baseURL = inject('baseURL');
export const chromiumPath = inject('chromium');
export const hasBrowser = chromiumPath !== null;
const shots = resolve(import.meta.dirname, 'screenshots');

export async function launch(): Promise<Browser> {
  if (!chromiumPath) throw new Error('no Chromium');
  return await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page and its service worker asked for. */
  requests: string[];
  /** Console errors, minus the service worker's offline update check. */
  errors: string[];
}

export async function openApp(
  browser: Browser,
  opts: {
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
    path?: string;
    context?: BrowserContext;
    /** Install Playwright's controllable clock before the app loads. */
    clock?: boolean;
    /** Another server than the shared one (a test that starts its own). */
    origin?: string;
  } = {},
): Promise<AppPage> {
  const context =
    opts.context ??
    (await browser.newContext({
      baseURL: opts.origin ?? baseURL,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      colorScheme: opts.colorScheme ?? 'light',
      reducedMotion: opts.reducedMotion ?? 'no-preference',
      acceptDownloads: true,
    }));
  if (opts.clock) await context.clock.install();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED'))
      errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(opts.path ?? '/');
  return { context, page, requests, errors };
}

/** No request may leave the app's own origin (data: and blob: URLs stay in the page). */
export function expectOnlyOwnOrigin(app: AppPage, origin = baseURL) {
  const foreign = app.requests.filter(
    (u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
}

export async function expectNoAxeViolations(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map(
    (v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
}

/** A new install first shows the safety check; tests that are about something else skip it. */
export async function skipSafetyCheck(page: Page) {
  await page.getByRole('heading', { name: /safety check/i }).waitFor();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.getByRole('heading', { name: 'How are you, right now?' }).waitFor();
}

/** Everything IndexedDB holds for this origin, as text (bytes read as Latin-1), for plaintext leak checks. */
export async function dumpIndexedDb(page: Page): Promise<string> {
  return await page.evaluate(async () => {
    const out: string[] = [];
    const seen = new WeakSet<object>();
    const walk = (v: unknown): void => {
      if (v instanceof Uint8Array || v instanceof ArrayBuffer) {
        const b = v instanceof ArrayBuffer ? new Uint8Array(v) : v;
        out.push(String.fromCharCode(...b));
        out.push(new TextDecoder('utf-8', { fatal: false }).decode(b));
      } else if (typeof v === 'string') out.push(v);
      else if (v && typeof v === 'object' && !seen.has(v)) {
        seen.add(v);
        for (const x of Object.values(v)) walk(x);
      }
    };
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(info.name as string);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((ok, fail) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        out.push(`[${info.name}/${store}: ${all.length}]`);
        walk(all);
      }
      db.close();
    }
    return out.join('\n');
  });
}

const exact = (s: string) => new RegExp(`^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** Taps an option of a radio group (the visible label, as a finger would). */
export async function pick(page: Page, group: string | RegExp, option: string) {
  await page
    .getByRole('radiogroup', { name: group })
    .locator('label')
    .filter({ hasText: exact(option) })
    .click();
}

/** Taps a chip in a group of checkboxes. */
export async function toggleChip(page: Page, group: string | RegExp, option: string) {
  await page
    .getByRole('group', { name: group })
    .locator('label')
    .filter({ hasText: exact(option) })
    .click();
}

/** Goes to `path` inside the app (no reload, so the unlocked vault stays) and waits for its h1. */
export async function go(page: Page, path: string, title: string | RegExp) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
export async function tabTo(page: Page, name: RegExp, maxTabs = 60) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label') ?? '';
      const byLabels =
        'labels' in el
          ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent ?? '')
          : [];
      return [labelled, ...byLabels, el.textContent ?? ''].join(' ').trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** One Chromium per test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium was not launched');
    return browser;
  };
}

/**
 * What covers the focused control, if anything (WCAG 2.4.11): the topmost element at the
 * top, middle and bottom of what the person sees of it (a hidden input's label, else the
 * element) must be inside it. Returns null when all of it shows, else who is on top.
 */
export async function focusCoveredBy(page: Page): Promise<string | null> {
  return await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const box = el.closest('label') ?? el;
    const r = box.getBoundingClientRect();
    const x = r.left + r.width / 2;
    for (const y of [r.top + 2, r.top + r.height / 2, r.bottom - 2]) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !box.contains(hit)) {
        const name = (box.textContent ?? '').trim().slice(0, 40) || box.tagName;
        const by = hit
          ? `${hit.tagName}.${hit.className} “${(hit.textContent ?? '').trim().slice(0, 30)}”`
          : 'off screen';
        return `“${name}” (${Math.round(r.top)}–${Math.round(r.bottom)}) is covered at y=${Math.round(y)} by ${by}`;
      }
    }
    return null;
  });
}

/** Presses Tab `times` times and collects every control that took focus while covered. */
export async function tabAndFindCovered(page: Page, times: number): Promise<string[]> {
  const covered: string[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('Tab');
    // The app scrolls a covered control clear in the next animation frame.
    await page.evaluate(
      () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
    );
    const by = await focusCoveredBy(page);
    if (by) covered.push(by);
  }
  return covered;
}

/** How wide the page is: at 390 px it must not scroll sideways (long words wrap instead). */
export async function pageWidth(page: Page): Promise<number> {
  return await page.evaluate(() => document.documentElement.scrollWidth);
}

/** A short description of the focused element, e.g. `H2 “A mindful minute”`. */
export async function focused(page: Page): Promise<string> {
  return await page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []) : [];
    const name =
      el.getAttribute('aria-label') ??
      (labels.map((l) => l.textContent ?? '').join(' ') || (el.textContent ?? ''));
    return `${el.tagName} “${name.replace(/\s+/g, ' ').trim().slice(0, 60)}”`;
  });
}

/** Whether a field is marked invalid, and the text of all that describes it (hint, error). */
export async function fieldState(
  field: Locator,
): Promise<{ invalid: boolean; description: string }> {
  return await field.evaluate((el) => ({
    invalid: el.getAttribute('aria-invalid') === 'true',
    description: (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  }));
}

/**
 * Boxes that hold the person's words (cards, chips, tags, quotes, paragraphs, list items)
 * whose content runs past their own edge, cut off or spilling; by their text.
 */
export async function spillingBoxes(page: Page): Promise<string[]> {
  return await page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'main :is(p, li, label, .card, .pill, .choice, .quote, .scale, .chips)',
      ),
    )
      .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName}.${el.className} “${(el.textContent ?? '').slice(0, 30)}”`),
  );
}
