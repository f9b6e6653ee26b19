import { testJournal } from '@securebase/core/testing';
import { describe, expect, it } from 'vitest';
import { startSpiral } from './start.ts';

describe('startSpiral', () => {
  it('uses an untouched draft again instead of adding another empty one', async () => {
    const vault = await testJournal();
    const first = await startSpiral(vault);
    expect(await startSpiral(vault)).toBe(first);
    expect(vault.list('spiral')).toHaveLength(1);

    // Once something is written in it, a new start is a new spiral.
    const draft = vault.get('spiral', first);
    if (!draft) throw new Error('no draft');
    await vault.update('spiral', first, { ...draft.body, facts: 'No reply since 9.' });
    const second = await startSpiral(vault);
    expect(second).not.toBe(first);
    expect(vault.list('spiral')).toHaveLength(2);
    expect(vault.get('spiral', first)?.body.facts).toBe('No reply since 9.');
  });
});
