import { describe, expect, it } from 'vitest';
import { askAboutBlanks } from './blanks.ts';

describe('askAboutBlanks', () => {
  it('names the one placeholder left', () => {
    expect(askAboutBlanks(['[when?]'], 'copy')).toBe(
      "There's still a [when?] to fill in — copy anyway?",
    );
  });

  it('names each placeholder once, and says share when sharing', () => {
    expect(askAboutBlanks(['[when?]', '[what happened]', '[when?]'], 'share')).toBe(
      'There are still [when?] and [what happened] to fill in — share anyway?',
    );
    expect(askAboutBlanks(['[a]', '[b]', '[c]'], 'copy')).toBe(
      'There are still [a], [b] and [c] to fill in — copy anyway?',
    );
  });
});
