import { describe, expect, it } from 'vitest';
import { accountErrorText, REAUTH_ASK } from './fields.tsx';

describe('accountErrorText', () => {
  it('asks for the password again when an action needs a fresh sign-in', () => {
    expect(accountErrorText({ type: 'ReauthRequired' })).toBe(REAUTH_ASK);
    expect(REAUTH_ASK).toBe('For your safety, please enter your password again.');
  });

  it('says plainly that the device was signed out, and that its entries are safe', () => {
    const text = accountErrorText({
      type: 'Failed',
      cause: { type: 'Http', status: 401, code: 'unauthorized' },
    });
    expect(text).toMatch(/signed out/);
    expect(text).toMatch(/safe/);
  });
});
