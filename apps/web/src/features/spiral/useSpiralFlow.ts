/** The spiral session (flow.ts) for a screen: state to render, saved to the journal. */
import type { SpiralBody } from '@securebase/core';
import { useState } from 'react';
import { browserTimers } from '../../platform/index.ts';
import { useFlushOnLeave, useVault } from '../../session/index.ts';
import { type SpiralSession, spiralSession } from './flow.ts';

export function useSpiralFlow(id: string, initial: SpiralBody): [SpiralBody, SpiralSession] {
  const journal = useVault();
  const [body, setBody] = useState(initial);
  const [session] = useState(() =>
    spiralSession(
      initial,
      async (b) => {
        await journal.update('spiral', id, b);
      },
      { timers: browserTimers, onChange: setBody },
    ),
  );
  useFlushOnLeave(session);
  return [body, session];
}
