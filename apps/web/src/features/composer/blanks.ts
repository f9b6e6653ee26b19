/** Plain words for the placeholders still left in a message, asked once before it leaves. */

export type Send = 'copy' | 'share';

/** "There's still a [when?] to fill in — copy anyway?" (each placeholder named once). */
export function askAboutBlanks(blanks: readonly string[], how: Send): string {
  const names = [...new Set(blanks)];
  const last = names.at(-1) ?? '';
  if (names.length <= 1) return `There's still a ${last} to fill in — ${how} anyway?`;
  return `There are still ${names.slice(0, -1).join(', ')} and ${last} to fill in — ${how} anyway?`;
}
