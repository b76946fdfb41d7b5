import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { model, said } from '../lint.js';

describe('directive/unknown-rule', () => {
  it('accepts directives naming rules, or none', () => {
    const text =
      '<!-- parley-disable name/spelling -->\nKiev.\n<!-- parley-enable name/spelling -->\n<!-- parley-disable-next-line -->\nKiev.';
    expect(lint(text, model)).toEqual([]);
  });
  it('a mistyped rule id disables nothing, and is reported with the nearest rule id', () => {
    const text = '<!-- parley-disable name/speling -->\nTalks resumed in Kiev.';
    const ds = lint(text, model);
    expect(ds.map((d) => [d.rule, d.severity])).toEqual([
      ['directive/unknown-rule', 'info'],
      ['name/spelling', 'warning'],
    ]);
    expect(said(ds[0]!)).toEqual({ messageId: 'unknown', id: 'name/speling', suggestion: 'name/spelling' });
    expect(text.slice(ds[0]!.start, ds[0]!.end)).toBe('name/speling');
    expect(ds[0]!.fixes[0]!.edits[0]!.newText).toBe('name/spelling');
  });
  it('an error stays an error under a directive that names no rule', () => {
    const ds = lint('<!-- parley-disable-next-line nonsense -->\nSee [@nyt-little-progres].', model);
    expect(ds.map((d) => d.rule)).toEqual(['directive/unknown-rule', 'citation/unknown-key']);
  });
});
