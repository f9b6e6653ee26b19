/**
 * Copy and Share for a drafted message. While a placeholder the person chose with a rewrite
 * is still in it (`[when?]`), the first press asks once instead of letting it go out as is:
 * fill it in (back to the box, the placeholder selected) or copy anyway.
 */
import type { Placeholder } from '@securebase/core/coach';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { canShare, copyText, shareText } from '../../platform/index.ts';
import { Button, moveFocus } from '../../ui/index.ts';
import { askAboutBlanks, type Send } from './blanks.ts';

export function SendBar({
  text,
  blanks,
  onFillIn,
}: {
  text: string;
  /** The placeholders still in `text`. */
  blanks: readonly Placeholder[];
  onFillIn: () => void;
}) {
  const [copiedText, setCopiedText] = useState<string | null>(null);
  const [asking, setAsking] = useState<Send | null>(null);
  const [anyway, setAnyway] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const buttons = { copy: useRef<HTMLButtonElement>(null), share: useRef<HTMLButtonElement>(null) };
  const send = async (how: Send) => {
    if (how === 'share') await shareText(text);
    else if (await copyText(text)) setCopiedText(text);
  };
  const press = (how: Send) => {
    if (blanks.length === 0 || anyway) return void send(how);
    flushSync(() => setAsking(how));
    moveFocus(question.current);
  };
  const empty = !text.trim();
  return (
    <>
      <div className="row">
        <Button
          ref={buttons.copy}
          variant="primary"
          isDisabled={empty}
          onPress={() => press('copy')}
        >
          {copiedText === text ? 'Copied' : 'Copy message'}
        </Button>
        {canShare() ? (
          <Button ref={buttons.share} isDisabled={empty} onPress={() => press('share')}>
            Share…
          </Button>
        ) : null}
      </div>
      {asking && blanks.length > 0 ? (
        <div className="notice stack" style={{ gap: 8 }}>
          <p ref={question} tabIndex={-1} style={{ margin: 0 }}>
            {askAboutBlanks(
              blanks.map((b) => b.text),
              asking,
            )}
          </p>
          <div className="row">
            <Button
              variant="primary"
              onPress={() => {
                setAsking(null);
                onFillIn();
              }}
            >
              {blanks.length === 1 ? 'Fill it in' : 'Fill them in'}
            </Button>
            <Button
              onPress={() => {
                const how = asking;
                setAnyway(true);
                flushSync(() => setAsking(null));
                buttons[how].current?.focus();
                void send(how);
              }}
            >
              {asking === 'copy' ? 'Copy anyway' : 'Share anyway'}
            </Button>
          </div>
        </div>
      ) : null}
    </>
  );
}
