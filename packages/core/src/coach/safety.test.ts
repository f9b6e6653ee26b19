import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { SAFETY_RULES } from './safety.ts';
import { suggest } from './suggest.ts';

describe('safety screen', () => {
  for (const rule of SAFETY_RULES) {
    it.each(rule.examples.flag)(`${rule.id} catches %j`, (text) => {
      expect(analyse(text).safety?.category).toBe(rule.category);
    });
    it.each(rule.examples.pass)(`${rule.id} lets %j through`, (text) => {
      expect(analyse(text).safety).toBeNull();
    });
  }

  it('runs first: no flags and no rewrites, only a pointer to Help', () => {
    const text = "you never listen and he said he'd hurt me if i leave";
    const a = analyse(text);
    expect(a.safety).toMatchObject({ category: 'threat', helpPath: '/help' });
    expect(a.flags).toEqual([]);
    expect(suggest(text, a)).toEqual([]);
  });

  it('is not silenced by laughter', () => {
    expect(analyse('he hit me again lol').safety?.category).toBe('violence');
  });
});
