import { describe, expect, it } from 'vitest';
import { findCitations } from '../src/citation/citations.js';
import { findDates } from '../src/date/dates.js';
import { foldText } from '../src/document/fold.js';
import { toProse } from '../src/document/prose.js';
import { splitSentences } from '../src/document/sentences.js';
import { standsAlone } from '../src/document/words.js';
import { findQuoteSpans } from '../src/quote/spans.js';

describe('prose', () => {
  it('blanks front matter, code, comments, URLs and link targets in place', () => {
    const md =
      '---\ntitle: Kiev\n---\nSee `Kiev` and [a link](https://x.org/Kiev) <!-- Kiev --> https://kiev.example/a.\n```\nKiev\n```\nKyiv.';
    const { text, comments } = toProse(md);
    expect(text).toHaveLength(md.length);
    expect(text).not.toMatch(/Kiev|kiev/);
    expect(text).toMatch(/See {8}and \[a link\]/);
    expect(text.endsWith('Kyiv.')).toBe(true);
    expect(comments.map((c) => c.body.trim())).toEqual(['Kiev']);
  });
});

describe('citations', () => {
  it('reads Pandoc forms', () => {
    const keys = (s: string) => findCitations(s).map((c) => c.keys.map((k) => k.key));
    expect(keys('A [@a]. B [@b; @c-d]. C [see @e, p. 3]. D [mail x@y.org].')).toEqual([
      ['a'],
      ['b', 'c-d'],
      ['e'],
    ]);
    const [c] = findCitations('x [@one; @two]');
    expect(c!.keys.map((k) => 'x [@one; @two]'.slice(k.start, k.end))).toEqual(['@one', '@two']);
  });
});

describe('sentences', () => {
  it('split at full stops, not after abbreviations, and keep a trailing citation', () => {
    const text = 'U.S. President Trump spoke. Putin did not. "Fine." [@a] Next one.\n\n# Heading\nLast';
    const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual([
      'U.S. President Trump spoke.',
      'Putin did not.',
      '"Fine." [@a]',
      'Next one.',
      '# Heading',
      'Last',
    ]);
  });
  it('keep an initial, but end at a plural written after a model number', () => {
    const text = 'Drones hit Tu-95s and Tu-22s. J. Smith saw it. The attack lasted hours.';
    const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Drones hit Tu-95s and Tu-22s.', 'J. Smith saw it.', 'The attack lasted hours.']);
  });
});

describe('dates', () => {
  it('reads month-day, day-month, ISO and "in May"', () => {
    const d = (s: string) => findDates(foldText(s)).map(({ year, month, day }) => ({ year, month, day }));
    expect(d('on June 2, 2025')).toEqual([{ year: 2025, month: 6, day: 2 }]);
    expect(d('on 16 May')).toEqual([{ year: undefined, month: 5, day: 16 }]);
    expect(d('2025-06-02')).toEqual([{ year: 2025, month: 6, day: 2 }]);
    expect(d('in May')).toEqual([{ year: undefined, month: 5, day: undefined }]);
    expect(d('Russia may agree')).toEqual([]);
    expect(findDates(foldText('from May 24-26'))).toMatchObject([{ month: 5, day: 24, endDay: 26 }]);
  });
});

describe('quotations', () => {
  it('find curly, straight and single quotes, not apostrophes', () => {
    const text = `“One two,” he said. "Three four" and 'Moscow has at least four more days.' Russia's sides’ view.`;
    const spans = findQuoteSpans(text).map((q) => text.slice(q.start, q.end));
    expect(spans).toEqual(['One two,', 'Three four', 'Moscow has at least four more days.']);
  });
});

describe('whole words', () => {
  it('tell what the equivalent lookaround regex tells', () => {
    const words = 'said|says|say|according to|emphasi[sz]ed';
    const slow = new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'u');
    const fast = standsAlone(words);
    for (const text of [
      'he said',
      'unsaid',
      'sayso',
      'says, says',
      'essay says',
      'according to them',
      'according tomorrow',
      'emphasized; emphasised',
      'ésaid said',
      'saidé',
      '𝐀said',
      '𝐀said said',
      'say𝐀',
      '',
    ])
      expect(fast(text), text).toBe(slow.test(text));
  });
});

describe('folding', () => {
  it('folds one unit per unit: case, diacritics, apostrophes, dashes, curly double quotes', () => {
    const text = 'Zelensky’s “Ciragan” talks — ÖZEL İstanbul Київ';
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    // Київ loses the diaeresis of its ї (U+0457), as any letter loses its marks.
    expect(folded).toBe('zelensky\'s "ciragan" talks - ozel istanbul ки\u0456в');
  });
  it('blanks the given ranges with spaces and keeps every offset', () => {
    const text = 'Russia launched 472 drones [@reuters-far-apart] overnight.';
    const start = text.indexOf('[@');
    const end = text.indexOf(']') + 1;
    const folded = foldText(text, [{ start, end }]);
    expect(folded.slice(start, end)).toBe(' '.repeat(end - start));
    expect(folded.slice(end)).toBe(' overnight.');
  });
  it('folds a draft longer than one piece the same as its parts', () => {
    const paragraph = 'Ukraine’s “air force” said Russia launched 472 drones. ';
    const long = paragraph.repeat(300);
    expect(foldText(long)).toBe(foldText(paragraph).repeat(300));
  });
  it('lower-cases final sigma by context, as the whole text does', () => {
    expect(foldText('ΟΔΟΣ ΣΟΦΙΑ')).toBe(
      'ΟΔΟΣ ΣΟΦΙΑ'
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
    );
  });
});
