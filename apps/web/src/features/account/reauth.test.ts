import { describe, expect, it } from 'vitest';
import { accountErrorText } from './fields.tsx';
import { reauthErrorText } from './reauth.tsx';

describe('reauthErrorText', () => {
  it('words a wrong password kindly, without asking about the account name', () => {
    const text = reauthErrorText({ type: 'WrongCredentials' });
    expect(text).toBe('That isn’t the password for this account. Please check it and try again.');
    expect(text).not.toMatch(/name/);
  });

  it('says everything else as the other account forms do', () => {
    const limited = {
      type: 'Failed',
      cause: { type: 'Http', status: 429, code: 'rate_limited', retryAfter: 60 },
    } as const;
    expect(reauthErrorText(limited)).toBe(accountErrorText(limited));
    expect(reauthErrorText({ type: 'Failed', cause: { type: 'Offline' } })).toMatch(/connection/);
  });
});
