/** "What I fear this means", with how likely it feels: saved to the assumptions ledger. */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useVault } from '../../session/index.ts';
import { Button, LinkButton, moveFocus, Range, TextArea } from '../../ui/index.ts';

export function SaveAssumption({
  initialFear = '',
  spiralId,
}: {
  initialFear?: string;
  spiralId?: string;
}) {
  const vault = useVault();
  const [open, setOpen] = useState(false);
  const [fear, setFear] = useState(initialFear);
  const [likelihood, setLikelihood] = useState(50);
  const [saved, setSaved] = useState(false);
  // The button pressed gives way to the form, then the form to a note: focus follows to the
  // fear's box, then to the note, instead of falling back to the page.
  const fearBox = useRef<HTMLTextAreaElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  if (saved) {
    return (
      <div className="card stack" role="status" style={{ gap: 8 }}>
        <p style={{ margin: 0 }} tabIndex={-1} ref={note}>
          Saved to your assumptions ledger. Later, note what they said.
        </p>
        <LinkButton href="/ledger">Open the ledger</LinkButton>
      </div>
    );
  }
  if (!open) {
    return (
      <Button
        variant="quiet"
        onPress={() => {
          flushSync(() => setOpen(true));
          moveFocus(fearBox.current);
        }}
      >
        Save what I fear this means
      </Button>
    );
  }
  return (
    <div className="card stack">
      <TextArea
        ref={fearBox}
        label="What do I fear this means?"
        value={fear}
        onChange={setFear}
        rows={3}
        maxLength={2000}
      />
      <Range
        label="How likely does it feel?"
        value={likelihood}
        suffix="%"
        onChange={setLikelihood}
      />
      <Button
        variant="primary"
        isDisabled={!fear.trim()}
        onPress={async () => {
          await vault.create('assumption', {
            at: Date.now(),
            fear: fear.trim(),
            likelihood,
            partnerSaid: '',
            ...(spiralId ? { spiralId } : {}),
          });
          flushSync(() => setSaved(true));
          moveFocus(note.current);
        }}
      >
        Save to my ledger
      </Button>
    </div>
  );
}
