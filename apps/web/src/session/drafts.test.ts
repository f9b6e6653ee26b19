import { testJournal } from '@securebase/core/testing';
import { describe, expect, it } from 'vitest';
import { discardDraft, findDraft, keepDraft } from './drafts.ts';

const journal = () => testJournal();

const body = (note: string, security?: number) => ({
  at: 1,
  tags: [],
  note,
  ...(security === undefined ? {} : { security }),
});

describe('drafts in the journal', () => {
  it('keeps one draft per form and entry, updated in place, and discards it', async () => {
    const j = await journal();
    expect(findDraft(j, { form: 'checkin' })).toBeUndefined();
    await keepDraft(j, { form: 'checkin', body: body('half') });
    await keepDraft(j, { form: 'checkin', body: body('half a thought', 6) });
    await keepDraft(j, { form: 'checkin', of: 'e1', body: body('an edit') });
    expect(j.list('draft')).toHaveLength(2);
    expect(findDraft(j, { form: 'checkin' })?.body).toEqual(body('half a thought', 6));
    expect(findDraft(j, { form: 'checkin', of: 'e1' })?.body.note).toBe('an edit');

    await discardDraft(j, { form: 'checkin' });
    expect(findDraft(j, { form: 'checkin' })).toBeUndefined();
    expect(findDraft(j, { form: 'checkin', of: 'e1' })?.body.note).toBe('an edit');
  });

  it('reads the latest of two drafts for one form (one from each device) and discards both', async () => {
    const j = await journal();
    await j.create('draft', { form: 'checkin', body: body('older') });
    await j.create('draft', { form: 'checkin', body: body('newer') });
    expect(findDraft(j, { form: 'checkin' })?.body.note).toBe('newer');
    await discardDraft(j, { form: 'checkin' });
    expect(j.list('draft')).toEqual([]);
  });
});
