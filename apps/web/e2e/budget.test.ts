/** The home screen's first-load JavaScript stays within budget (docs/design.md §7): coach, charts and OPAQUE must stay lazy. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOME_JS_BUDGET_KB, homeJsGzipKb } from '../../../bench/homeJs.ts';

describe('bundle budget', () => {
  it(`home screen JS is at most ${HOME_JS_BUDGET_KB} kB gzip`, () => {
    const kb = homeJsGzipKb(resolve(import.meta.dirname, '../dist'));
    expect(kb).toBeGreaterThan(50);
    expect(kb).toBeLessThanOrEqual(HOME_JS_BUDGET_KB);
  });
});
