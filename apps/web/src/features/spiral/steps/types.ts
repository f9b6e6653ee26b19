import type { SpiralBody } from '@securebase/core';

export interface StepProps {
  body: SpiralBody;
  set: (patch: Partial<SpiralBody>) => void;
}
