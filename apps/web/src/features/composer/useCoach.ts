/**
 * Analyses text as the person types: debounced, with the coach chunk imported on first use.
 * The result is tied to the text it was computed for, so stale flags never show.
 */
import type { Analysis, Mode, Rewrite } from '@securebase/core/coach';
import { useEffect, useState } from 'react';

export interface Coached {
  text: string;
  analysis: Analysis;
  rewrites: () => Rewrite[];
}

const loadCoach = () => import('./coach.ts');

export function useCoach(text: string, mode: Mode, delayMs = 300): Coached | null {
  const [result, setResult] = useState<Coached | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void loadCoach().then((coach) => {
        if (!live) return;
        const analysis = coach.analyse(text, { mode });
        setResult({ text, analysis, rewrites: () => coach.suggest(text, analysis) });
      });
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, mode, delayMs]);
  return result !== null && result.text === text ? result : null;
}
