import { describe, expect, it } from 'vitest';
import { parseBody } from '../registry.ts';
import { assumptionType } from './assumption.ts';
import { isRecordTypeName, RECORD_TYPES } from './index.ts';
import { LADDER_TEMPLATES, ladderAttemptType, ladderStepType } from './ladder.ts';
import { defaultNeedsMap, needsMapType, ownTimeType } from './needs.ts';
import { listeningDrillType, mindfulMinuteType, presenceLogType } from './present.ts';
import { isPursuing, reachOutType } from './reachout.ts';
import { selfCheckType } from './selfcheck.ts';
import { spaceLogType } from './spacelog.ts';

const ID = '01890a5d-ac96-7000-8000-000000000001';

const valid = [
  [
    reachOutType,
    {
      at: 1,
      urge: 7,
      did: 'paused',
      pauseMinutes: 15,
      pauseEndsAt: 2,
      urgeAfter: 4,
      partnerResponse: '',
      hourLater: 6,
      note: '',
      status: 'open',
    },
  ],
  [
    assumptionType,
    {
      at: 1,
      fear: 'They are angry with me',
      likelihood: 80,
      spiralId: ID,
      partnerSaid: 'Just tired',
      cameTrue: 'no',
      resolvedAt: 5,
    },
  ],
  [
    ladderStepType,
    { text: LADDER_TEMPLATES[0].text, order: 0, templateId: LADDER_TEMPLATES[0].id },
  ],
  [ladderAttemptType, { stepId: ID, at: 1, before: 40, peak: 70, after: 20, note: '' }],
  [
    spaceLogType,
    { at: 1, wanted: 'space', note: '', reconnected: true, reconnectedAt: 9, followNote: '' },
  ],
  [needsMapType, defaultNeedsMap(1)],
  [ownTimeType, { at: 1, activity: 'climbing', minutes: 90, note: '' }],
  [listeningDrillType, { at: 1, topic: 'My week', turnSeconds: 120, heardA: 8, heardB: 9 }],
  [
    presenceLogType,
    {
      at: 1,
      present: 8,
      phoneAway: true,
      listenedWithoutJudging: true,
      reflectedBack: false,
      note: '',
    },
  ],
  [mindfulMinuteType, { at: 1 }],
  [selfCheckType, { at: 1, answers: { anx1: 3, avo6: 7 } }],
] as const;

describe('practice record types', () => {
  it.each(valid.map(([def, body]) => [def.type, def, body] as const))(
    '%s accepts a valid body',
    (_, def, body) => {
      expect(parseBody<unknown>(def, 1, body).ok).toBe(true);
    },
  );

  it('are registered', () => {
    for (const [def] of valid) {
      expect(isRecordTypeName(def.type)).toBe(true);
      expect(RECORD_TYPES[def.type as keyof typeof RECORD_TYPES]).toBe(def);
    }
  });

  it.each(valid.map(([def, body]) => [def.type, def, body] as const))(
    '%s rejects unknown fields',
    (_, def, body) => {
      expect(parseBody<unknown>(def, 1, { ...body, extra: 1 }).ok).toBe(false);
    },
  );

  it('rejects values out of range', () => {
    const bad = [
      [reachOutType, { ...valid[0][1], urge: 11 }],
      [reachOutType, { ...valid[0][1], pauseMinutes: 12 }],
      [assumptionType, { ...valid[1][1], likelihood: 101 }],
      [assumptionType, { ...valid[1][1], cameTrue: 'maybe' }],
      [ladderStepType, { text: 'x', order: 0, templateId: 'nope' }],
      [ladderAttemptType, { ...valid[3][1], peak: -1 }],
      [ladderAttemptType, { ...valid[3][1], stepId: 'not-a-uuid' }],
      [spaceLogType, { ...valid[4][1], wanted: 'both' }],
      [needsMapType, { at: 1, needs: [{ name: 'fun', sources: ['pets'] }] }],
      [ownTimeType, { ...valid[6][1], minutes: 0 }],
      [presenceLogType, { ...valid[8][1], present: 10.5 }],
      [selfCheckType, { at: 1, answers: { anx1: 8 } }],
      [selfCheckType, { at: 1, answers: { zzz: 3 } }],
    ] as const;
    for (const [def, body] of bad)
      expect(parseBody<unknown>(def, 1, body).ok, def.type).toBe(false);
  });

  it('tells pursuing from holding back', () => {
    expect(['texted', 'called', 'checked-status'].every((a) => isPursuing(a as 'texted'))).toBe(
      true,
    );
    expect(isPursuing('paused') || isPursuing('soothed') || isPursuing('for-me')).toBe(false);
  });
});
