/** The session settings of `securebase serve`: only the test variable changes them, and only shorter. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSIONS, FRESH_SIGN_IN_MS, sessionConfig, TEST_FRESH_ENV } from './context.ts';

describe('sessionConfig', () => {
  it('is the protocol default without the test variable', () => {
    expect(sessionConfig({})).toEqual(DEFAULT_SESSIONS);
    expect(sessionConfig({ [TEST_FRESH_ENV]: '' })).toEqual(DEFAULT_SESSIONS);
    expect(DEFAULT_SESSIONS.freshMs).toBe(10 * 60_000);
  });

  it('lets a test shorten the fresh sign-in window and nothing else', () => {
    expect(sessionConfig({ [TEST_FRESH_ENV]: '5000' })).toEqual({
      ...DEFAULT_SESSIONS,
      freshMs: 5000,
    });
  });

  it('refuses a longer window or a value that is not a whole number of ms', () => {
    for (const bad of [String(FRESH_SIGN_IN_MS + 1), '0', '-5', '1.5', 'ten', 'Infinity'])
      expect(() => sessionConfig({ [TEST_FRESH_ENV]: bad })).toThrow(TEST_FRESH_ENV);
  });
});
