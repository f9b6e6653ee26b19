import type { NeedSource } from '@securebase/core';

/** How each source of a need is said in a sentence. */
export const SOURCE_LABELS: Record<NeedSource, string> = {
  partner: 'partner',
  friends: 'friends',
  family: 'family',
  'work-study': 'work or study',
  hobbies: 'hobbies',
  community: 'community',
  self: 'myself',
};
