/**
 * Something being typed into a form and not saved yet. Kept as an encrypted record like any
 * other, so a reload, a closed tab or a hand-over to another tab loses nothing; removed when
 * the entry is saved or the person discards it. One draft per form and entry (`of`).
 */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';
import { checkinBody } from './checkin.ts';

const entryId = z.string().check(z.minLength(1), z.maxLength(64));

/** A check-in being filled in: the rating may still be unchosen. */
export const checkinDraftBody = z.strictObject({
  ...checkinBody.shape,
  security: z.optional(checkinBody.shape.security),
});

export const draftBody = z.discriminatedUnion('form', [
  z.strictObject({
    form: z.literal('checkin'),
    /** The check-in being edited; absent for a new one. */
    of: z.optional(entryId),
    body: checkinDraftBody,
  }),
]);
export type DraftBody = z.infer<typeof draftBody>;
export type DraftForm = DraftBody['form'];

/** Which form (and entry) a draft belongs to: one draft is kept per key. */
export const draftKey = (d: { form: DraftForm; of?: string | undefined }): string =>
  `${d.form}:${d.of ?? ''}`;

export const draftType = defineRecordType({
  type: 'draft',
  label: 'Drafts',
  version: 1,
  schema: draftBody,
  migrations: {},
});
