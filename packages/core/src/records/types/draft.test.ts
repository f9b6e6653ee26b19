import { describe, expect, it } from 'vitest';
import { parseBody } from '../registry.ts';
import { draftKey, draftType } from './draft.ts';

const parse = (body: unknown) => parseBody(draftType, 1, body);

describe('draft records', () => {
  it('keep a check-in before its rating is chosen, and one being edited', () => {
    const fresh = { form: 'checkin', body: { at: 1, tags: [], note: 'half a thought' } };
    expect(parse(fresh)).toEqual({ ok: true, value: fresh });
    const edit = {
      form: 'checkin',
      of: 'abc',
      body: { at: 1, security: 6, tags: ['x'], note: '' },
    };
    expect(parse(edit)).toEqual({ ok: true, value: edit });
  });

  it('refuse what the form itself would refuse, and unknown forms', () => {
    expect(parse({ form: 'checkin', body: { at: 1, security: 11, tags: [], note: '' } }).ok).toBe(
      false,
    );
    expect(parse({ form: 'checkin', body: { at: 1, tags: [], note: 'x'.repeat(4001) } }).ok).toBe(
      false,
    );
    expect(parse({ form: 'letter', text: 'hi' }).ok).toBe(false);
    expect(parse({ form: 'checkin', body: { at: 1, tags: [], note: '' }, extra: 1 }).ok).toBe(
      false,
    );
  });

  it('are keyed by form and entry', () => {
    expect(draftKey({ form: 'checkin' })).toBe('checkin:');
    expect(draftKey({ form: 'checkin', of: 'abc' })).toBe('checkin:abc');
    expect(draftKey({ form: 'checkin', of: 'abc' })).not.toBe(draftKey({ form: 'checkin' }));
  });
});
