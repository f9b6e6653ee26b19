/**
 * Reminders (F17). The runner renders nothing and loads just after the first screen, in its
 * own Suspense, so reminders ring on any screen without adding to the first-load bundle
 * (ADR 0004); the settings section is lazy, so it loads only with the settings page.
 */
import { createElement, lazy, Suspense } from 'react';

const LazyRunner = lazy(() =>
  import('./ReminderRunner.tsx').then((m) => ({ default: m.ReminderRunner })),
);

export function ReminderRunner() {
  return createElement(Suspense, { fallback: null }, createElement(LazyRunner));
}

export const ReminderSettings = lazy(() =>
  import('./ReminderSettings.tsx').then((m) => ({ default: m.ReminderSettings })),
);
