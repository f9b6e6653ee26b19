import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useFocusClearOfStickyBars } from '../ui/index.ts';

const NAV = [
  { href: '/', label: 'Home' },
  { href: '/practices', label: 'Practices' },
  { href: '/history', label: 'History' },
  { href: '/settings', label: 'Settings' },
];

export function Layout({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  // Inside a spiral the person needs the steps, not the app: only Help and Home (the brand) stay.
  const focused = path.startsWith('/spiral/');
  useFocusClearOfStickyBars();
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          <img src="/icon.svg" alt="" />
          Secure Base
        </Link>
        <Link href="/help" className="help-link">
          Help
        </Link>
      </header>
      <main id="main" data-focused={focused ? '' : undefined}>
        {children}
      </main>
      <nav className="bottomnav" aria-label="Main" hidden={focused} data-sticky="bottom">
        <ul>
          {NAV.map((n) => (
            <li key={n.href}>
              <Link href={n.href} aria-current={path === n.href ? 'page' : undefined}>
                {n.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
