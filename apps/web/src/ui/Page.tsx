import { type ReactNode, useEffect, useRef } from 'react';
import { moveFocus } from './focus.ts';

/** A screen: one h1 that receives focus on arrival, so screen readers announce the new page. */
export function Page({
  title,
  lede,
  focusKey = null,
  children,
}: {
  title: string;
  lede?: ReactNode;
  /**
   * Which state the screen is in, when its content can be replaced wholesale (signed out or
   * in): on a change to another key the h1 takes focus again and scrolls into view, as on
   * arrival. null leaves focus alone (loading, or a step's own heading has it).
   */
  focusKey?: string | null;
  children: ReactNode;
}) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Secure Base`;
    h1.current?.focus({ preventScroll: true });
  }, [title]);
  const shownKey = useRef(focusKey);
  useEffect(() => {
    if (focusKey === shownKey.current) return;
    shownKey.current = focusKey;
    if (focusKey !== null) moveFocus(h1.current);
  }, [focusKey]);
  return (
    <div className="stack">
      <div>
        <h1 tabIndex={-1} ref={h1}>
          {title}
        </h1>
        {lede ? <p className="lede">{lede}</p> : null}
      </div>
      {children}
    </div>
  );
}
