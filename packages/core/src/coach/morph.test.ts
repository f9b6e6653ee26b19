import { describe, expect, it } from 'vitest';
import { baseOf, nounPhrase, pastOf } from './morph.ts';

describe('morph', () => {
  it('puts a verb in the past', () => {
    expect(['forget', 'text', 'cry', 'plan', 'leave', 'ignore', 'put'].map(pastOf)).toEqual([
      'forgot',
      'texted',
      'cried',
      'planned',
      'left',
      'ignored',
      'put',
    ]);
  });
  it('finds the base of a past form', () => {
    expect(['told', 'asked', 'been', 'invited', 'replied', 'planned', 'call'].map(baseOf)).toEqual([
      'tell',
      'ask',
      'be',
      'invite',
      'reply',
      'plan',
      'call',
    ]);
  });
  it('finds a concrete noun phrase', () => {
    const words = (s: string) => s.split(' ');
    expect(nounPhrase(words('you ruined the evening'), new Set())).toBe('the evening');
    expect(nounPhrase(words('it is your fault we missed the whole trip'), new Set())).toBe(
      'the whole trip',
    );
    expect(nounPhrase(words('you never listen'), new Set())).toBeNull();
  });
});
