import { type ReactNode, useEffect, useRef } from 'react';

/** A screen: one h1 that receives focus on arrival, so screen readers announce the new page. */
export function Page({
  title,
  lede,
  children,
}: {
  title: string;
  lede?: ReactNode;
  children: ReactNode;
}) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Secure Base`;
    h1.current?.focus({ preventScroll: true });
  }, [title]);
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
