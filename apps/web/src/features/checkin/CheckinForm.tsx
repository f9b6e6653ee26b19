/**
 * The check-in: three taps (open, pick a number, save) plus anything optional.
 * Used both to add a new check-in and to edit one from history. What is filled in is kept
 * as an encrypted draft as it changes, so a reload or a hand-over to another tab loses
 * nothing; the form opens with it again, and saving or "Start afresh" discards it.
 */
import { type CheckinBody, DEFAULT_TAGS, MOODS } from '@securebase/core';
import { useState } from 'react';
import { Label, Radio, RadioGroup, Switch } from 'react-aria-components';
import { useDraft, useRecords } from '../../session/index.ts';
import { Button, Chips, Scale, TextArea } from '../../ui/index.ts';

/** A check-in being filled in: the security rating is still to be chosen. */
export type CheckinDraft = Omit<CheckinBody, 'security'> & { security?: number | undefined };

/** Custom tags stay short enough to read at a glance in a chip (the schema allows 40). */
const TAG_LENGTH = 30;

const WISH_LABELS: Record<number, string> = {
  [-2]: 'More space',
  [-1]: 'A little space',
  0: 'Balanced',
  1: 'A little closer',
  2: 'Closer',
};

export function CheckinForm({
  initial,
  of,
  onSave,
  onDone,
  saveLabel,
}: {
  initial: CheckinDraft;
  /** The check-in being edited (its draft is kept apart from a new one's). */
  of?: string | undefined;
  onSave: (b: CheckinBody) => Promise<void>;
  /** After the entry is saved and its draft removed (so leaving the page cannot bring the draft back). */
  onDone: () => void;
  saveLabel: string;
}) {
  const draft = useDraft({ form: 'checkin', of });
  const [body, setBody] = useState<CheckinDraft>(draft.restored?.body ?? initial);
  const [restored, setRestored] = useState(draft.restored !== undefined);
  const [saving, setSaving] = useState(false);
  const pastTags = useRecords('checkin').flatMap((r) => r.body.tags);
  const tagOptions = [...new Set([...DEFAULT_TAGS, ...pastTags])];
  const set = (patch: Partial<CheckinDraft>) => {
    const next = { ...body, ...patch };
    setBody(next);
    draft.keep({ form: 'checkin', ...(of === undefined ? {} : { of }), body: next });
  };
  const startAfresh = async () => {
    await draft.discard();
    setBody(initial);
    setRestored(false);
  };

  return (
    <form
      className="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        const { security } = body;
        if (security === undefined || saving) return;
        setSaving(true);
        try {
          await onSave({ ...body, security });
          await draft.discard();
        } finally {
          setSaving(false);
        }
        onDone();
      }}
    >
      {restored ? (
        <div className="card row" role="status" style={{ justifyContent: 'space-between' }}>
          <span>Here’s what you were writing. It was kept for you.</span>
          <Button variant="quiet" onPress={startAfresh}>
            Start afresh
          </Button>
        </div>
      ) : null}
      <Scale
        label="How secure do you feel right now?"
        min={0}
        max={10}
        value={body.security}
        onChange={(security) => set({ security })}
        lowLabel="0 · not at all"
        highLabel="10 · completely"
      />
      <RadioGroup
        className="field"
        value={body.mood ?? null}
        onChange={(m) => set({ mood: m as CheckinBody['mood'] })}
      >
        <Label className="label">Mood (optional)</Label>
        <div className="chips">
          {MOODS.map((m) => (
            <Radio key={m} value={m} className="choice">
              {m}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <Scale
        label="Today I'd like… (optional)"
        min={-2}
        max={2}
        value={body.wish}
        onChange={(wish) => set({ wish })}
        lowLabel="more space"
        highLabel="more closeness"
        valueLabel={(v) => WISH_LABELS[v] ?? String(v)}
      />
      <Switch
        className="choice"
        isSelected={body.ownTime ?? false}
        onChange={(ownTime) => set({ ownTime })}
        style={{ justifyContent: 'flex-start', gap: 10 }}
      >
        {({ isSelected }) => (
          <>
            <span aria-hidden="true">{isSelected ? '✓' : '○'}</span> I had some time for myself
            today
          </>
        )}
      </Switch>
      <Chips
        label="Tags (optional)"
        options={tagOptions}
        value={body.tags}
        onChange={(tags) => set({ tags })}
        addLabel="Add your own tag"
        maxLength={TAG_LENGTH}
        limitHint={`That’s as long as a tag can be (${TAG_LENGTH} characters). A word or two is easiest to spot later.`}
      />
      <TextArea
        label="Anything on your mind? (optional)"
        value={body.note}
        onChange={(note) => set({ note })}
        rows={3}
      />
      <p className="meta" role="status" style={{ margin: 0 }}>
        {draft.kept ? 'Kept as a draft on this device until you save.' : ''}
      </p>
      <div className="sticky-save" data-sticky="bottom">
        <Button
          type="submit"
          variant="primary"
          block
          big
          isDisabled={saving || body.security === undefined}
        >
          {body.security === undefined ? 'Pick a number to save' : saveLabel}
        </Button>
      </div>
    </form>
  );
}
