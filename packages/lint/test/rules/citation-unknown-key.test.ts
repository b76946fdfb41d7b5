import { describe, expect, it } from 'vitest';
import { findingsOf, said } from '../lint.js';

const rule = 'citation/unknown-key';

describe('citation/unknown-key', () => {
  it('accepts every source key, alone or in a list', () => {
    expect(findingsOf(rule, 'Little progress [@nyt-little-progress; @reuters-far-apart].')).toEqual([]);
  });
  it('accepts an e-mail address in brackets', () => {
    expect(findingsOf(rule, 'Write to [desk@example.org].')).toEqual([]);
  });
  it('flags a typo, suggesting the nearest key with a fix', () => {
    const [d] = findingsOf(rule, 'Little progress [@nyt-little-progres].');
    expect(said(d!)).toMatchObject({
      messageId: 'didYouMean',
      key: 'nyt-little-progres',
      suggestion: 'nyt-little-progress',
    });
    expect(d!.fixes[0]!.edits[0]!.newText).toBe('nyt-little-progress');
  });
  it('flags a key like none, listing the known ones', () => {
    const [d] = findingsOf(rule, 'See [@completely-unrelated-source-key].');
    expect(d!.messageId).toBe('unknown');
    expect(d!.data.keys).toMatch(/reuters-far-apart/);
  });
});
