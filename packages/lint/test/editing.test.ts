import { sources } from '@parley/dataset';
import { describe, expect, it } from 'vitest';
import { citationFilterText, citationKeyAt, disableLineEdit, lint } from '../src/index.js';
import { model } from './lint.js';

const apply = (text: string, e: { start: number; end: number; newText: string }) =>
  text.slice(0, e.start) + e.newText + text.slice(e.end);

describe('where a citation key is typed', () => {
  it('after [@, the partial key through the characters right of the cursor', () => {
    const text = 'Talks ended [@nyt-li] early.';
    expect(citationKeyAt(text, text.indexOf('li') + 1)).toEqual({
      start: text.indexOf('nyt'),
      end: text.indexOf(']'),
    });
  });
  it('the last key of a bracket with several, and after a prefix word', () => {
    const text = 'Talks ended [see @a; @re';
    expect(citationKeyAt(text, text.length)).toEqual({ start: text.length - 2, end: text.length });
    expect(citationKeyAt('[see @', 6)).toEqual({ start: 6, end: 6 });
  });
  it('nothing outside a bracket, after a closed one, or in an e-mail address', () => {
    expect(citationKeyAt('write to @someone', 17)).toBeUndefined();
    expect(citationKeyAt('[@a] and @b', 11)).toBeUndefined();
    expect(citationKeyAt('[mail me@host', 13)).toBeUndefined();
    expect(citationKeyAt('[@a\nnext @b', 11)).toBeUndefined();
  });
});

describe('what finds a source', () => {
  it('key first, then outlet, byline and title words, without stop words', () => {
    const s = sources.find((x) => x.byline.length > 0)!;
    const words = citationFilterText(s).split(' ');
    expect(words[0]).toBe(s.id);
    for (const name of s.byline) for (const w of name.split(/\s+/)) expect(words).toContain(w);
    expect(words).not.toContain('the');
    expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
  });
});

describe('disable a rule for a line', () => {
  const draft = 'The delegation flew to Kiev on Friday.';
  const rule = 'name/spelling' as const;

  it('a line of its own above a paragraph’s first line, and the finding goes', () => {
    expect(lint(draft, model).some((d) => d.rule === rule)).toBe(true);
    const edit = disableLineEdit(draft, draft.indexOf('Kiev'), rule);
    const fixed = apply(draft, edit);
    expect(fixed.split('\n')[0]).toBe(`<!-- parley-disable-next-line ${rule} -->`);
    expect(lint(fixed, model).some((d) => d.rule === rule)).toBe(false);
  });
  it('appended to the line above when the line continues a paragraph', () => {
    const text = `A line of prose\n  ${draft}`;
    const edit = disableLineEdit(text, text.indexOf('Kiev'), rule);
    expect(edit.start).toBe('A line of prose'.length);
    expect(apply(text, edit).split('\n')[0]).toBe(
      `A line of prose <!-- parley-disable-next-line ${rule} -->`,
    );
    expect(lint(apply(text, edit), model).some((d) => d.rule === rule)).toBe(false);
  });
  it('added to a directive already above the line', () => {
    const text = `<!-- parley-disable-next-line claim/uncited -->\n${draft}`;
    const fixed = apply(text, disableLineEdit(text, text.indexOf('Kiev'), rule));
    expect(fixed.split('\n')[0]).toBe(`<!-- parley-disable-next-line claim/uncited ${rule} -->`);
  });
});
