/**
 * Every record type the app knows. Later features add their definitions here; the store,
 * export and import learn about a type only through this list.
 */
import type { RecordTypeDef } from '../registry.ts';
import { assumptionType } from './assumption.ts';
import { checkinType } from './checkin.ts';
import { draftType } from './draft.ts';
import { ladderAttemptType, ladderStepType } from './ladder.ts';
import { needsMapType, ownTimeType } from './needs.ts';
import { listeningDrillType, mindfulMinuteType, presenceLogType } from './present.ts';
import { reachOutType } from './reachout.ts';
import { helpContactType, safetyCheckType } from './safety.ts';
import { selfCheckType } from './selfcheck.ts';
import { spaceLogType } from './spacelog.ts';
import { spiralType } from './spiral.ts';

export const RECORD_TYPES = {
  checkin: checkinType,
  spiral: spiralType,
  'safety-check': safetyCheckType,
  'help-contact': helpContactType,
  'reach-out': reachOutType,
  assumption: assumptionType,
  'ladder-step': ladderStepType,
  'ladder-attempt': ladderAttemptType,
  'space-log': spaceLogType,
  'needs-map': needsMapType,
  'own-time': ownTimeType,
  'listening-drill': listeningDrillType,
  'presence-log': presenceLogType,
  'mindful-minute': mindfulMinuteType,
  'self-check': selfCheckType,
  draft: draftType,
} as const;

export type RecordTypes = typeof RECORD_TYPES;
export type RecordTypeName = keyof RecordTypes;
export type BodyOf<T extends RecordTypeName> =
  RecordTypes[T] extends RecordTypeDef<string, infer B> ? B : never;

export function recordTypeDef(type: string): RecordTypeDef | undefined {
  return (RECORD_TYPES as Record<string, RecordTypeDef>)[type];
}

export function isRecordTypeName(type: string): type is RecordTypeName {
  return Object.hasOwn(RECORD_TYPES, type);
}

export * from './assumption.ts';
export * from './checkin.ts';
export * from './common.ts';
export * from './draft.ts';
export * from './ladder.ts';
export * from './needs.ts';
export * from './present.ts';
export * from './reachout.ts';
export * from './safety.ts';
export * from './selfcheck.ts';
export * from './spacelog.ts';
export * from './spiral.ts';
