/**
 * F10 monthly self-check. Our own short items on the two dimensions of attachment,
 * anxiety about the relationship and discomfort with closeness. This is not a published
 * instrument and not a diagnosis; it only lets a person see their own direction.
 *
 * Invariants: item ids are stable forever (answers are stored by id); each dimension has
 * as many reverse-keyed items as straight ones. Scoring lives in insights/selfcheck.ts.
 */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';
import { epochMs, int } from './common.ts';

export type SelfCheckDimension = 'anxiety' | 'avoidance';

export interface SelfCheckItem {
  id: string;
  text: string;
  dimension: SelfCheckDimension;
  /** A reverse-keyed item: agreeing means less of the dimension. */
  reverse: boolean;
}

export const SELF_CHECK_ITEMS = [
  {
    id: 'anx1',
    dimension: 'anxiety',
    reverse: false,
    text: 'I worry my partner will lose interest in me.',
  },
  {
    id: 'avo1',
    dimension: 'avoidance',
    reverse: false,
    text: 'I feel uneasy when my partner wants to be very close.',
  },
  {
    id: 'anx2',
    dimension: 'anxiety',
    reverse: true,
    text: 'I feel settled about where I stand with my partner.',
  },
  {
    id: 'avo2',
    dimension: 'avoidance',
    reverse: true,
    text: 'I find it easy to lean on my partner when I need to.',
  },
  {
    id: 'anx3',
    dimension: 'anxiety',
    reverse: false,
    text: 'When a reply is slow, I assume something is wrong.',
  },
  {
    id: 'avo3',
    dimension: 'avoidance',
    reverse: false,
    text: 'I keep my deeper feelings to myself, even with my partner.',
  },
  {
    id: 'anx4',
    dimension: 'anxiety',
    reverse: true,
    text: 'A day without contact passes without much worry.',
  },
  {
    id: 'avo4',
    dimension: 'avoidance',
    reverse: true,
    text: 'I am comfortable sharing private thoughts with my partner.',
  },
  {
    id: 'anx5',
    dimension: 'anxiety',
    reverse: false,
    text: 'I need a lot of reassurance that I am loved.',
  },
  {
    id: 'avo5',
    dimension: 'avoidance',
    reverse: false,
    text: 'I pull back when things get emotionally intense.',
  },
  {
    id: 'anx6',
    dimension: 'anxiety',
    reverse: true,
    text: 'I trust that a disagreement does not mean we are over.',
  },
  {
    id: 'avo6',
    dimension: 'avoidance',
    reverse: true,
    text: 'Being depended on by my partner feels natural to me.',
  },
] as const satisfies readonly SelfCheckItem[];

export type SelfCheckItemId = (typeof SELF_CHECK_ITEMS)[number]['id'];

/** 7-point agreement; the value stored is 1 … 7. */
export const AGREEMENT_SCALE = [
  'Strongly disagree',
  'Disagree',
  'Somewhat disagree',
  'Neither agree nor disagree',
  'Somewhat agree',
  'Agree',
  'Strongly agree',
] as const;

export const selfCheckBody = z.strictObject({
  at: epochMs,
  /** Answers by item id; a skipped item is simply absent. */
  answers: z.partialRecord(z.enum(SELF_CHECK_ITEMS.map((i) => i.id)), int(1, 7)),
});
export type SelfCheckBody = z.infer<typeof selfCheckBody>;

export const selfCheckType = defineRecordType({
  type: 'self-check',
  label: 'Self-checks',
  version: 1,
  schema: selfCheckBody,
  migrations: {},
});
