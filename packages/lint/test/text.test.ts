import { describe, expect, it } from 'vitest';
import { findCitations } from '../src/citation/citations.js';
import { findDates } from '../src/date/dates.js';
import { foldText } from '../src/document/fold.js';
import { toProse } from '../src/document/prose.js';
import { splitSentences } from '../src/document/sentences.js';
import { standsAlone } from '../src/document/words.js';
import { findNumbers } from '../src/figure/numbers.js';
import { findQuoteSpans } from '../src/quote/spans.js';

const numbers = (s: string) =>
  findNumbers(foldText(s)).map(({ value, qualifier, unit, perSide, total, max, time, partial, age }) => ({
    value,
    qualifier,
    ...(unit ? { unit } : {}),
    ...(perSide ? { perSide } : {}),
    ...(total ? { total } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(time ? { time: `${time.unit}${time.ago ? ' ago' : ''}` } : {}),
    ...(partial ? { partial } : {}),
    ...(age ? { age } : {}),
  }));

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
});

describe('numbers', () => {
  it('reads digits, separators, scales, words, fractions and percentages', () => {
    expect(numbers('472 drones')).toEqual([{ value: 472, qualifier: 'exact' }]);
    expect(numbers('about 113,100 km²')).toEqual([{ value: 113100, qualifier: 'approximate', unit: 'km2' }]);
    expect(numbers('more than 1.2-million people')).toEqual([{ value: 1200000, qualifier: 'more-than' }]);
    expect(numbers('six thousand bodies')).toEqual([{ value: 6000, qualifier: 'exact' }]);
    expect(numbers('a dozen planes')).toEqual([{ value: 12, qualifier: 'exact', max: 12 }]);
    expect(numbers('a little under one fifth of Ukraine')).toEqual([
      { value: 0.2, qualifier: 'a-little-under', unit: 'fraction' },
    ]);
    expect(numbers('approximately 20% of territory')).toEqual([
      { value: 0.2, qualifier: 'approximate', unit: 'fraction' },
    ]);
    expect(numbers('a 1,000-for-1,000 exchange')).toEqual([
      { value: 1000, qualifier: 'exact', perSide: true },
    ]);
    expect(numbers('12,000 bodies in all')).toEqual([{ value: 12000, qualifier: 'exact', total: true }]);
    expect(numbers('a 14-member delegation')).toEqual([{ value: 14, qualifier: 'exact' }]);
    expect(numbers('at least 60 days')).toEqual([{ value: 60, qualifier: 'at-least', time: 'day' }]);
  });
  it('reads ranges as one number', () => {
    for (const s of ['a truce of two to three days', 'a 2-3 day truce', 'a two- to three-day truce'])
      expect(numbers(s), s).toEqual([{ value: 2, max: 3, qualifier: 'range', time: 'day' }]);
    expect(numbers('soldiers between 18 and 25 years old')).toEqual([
      { value: 18, max: 25, qualifier: 'range', time: 'year' },
    ]);
    expect(numbers('prisoners aged 18-25')).toEqual([{ value: 18, max: 25, qualifier: 'range', age: true }]);
  });
  it('keeps the multiplier of a hedge', () => {
    expect(numbers('several hundred names')).toEqual([{ value: 300, max: 900, qualifier: 'vague' }]);
  });
  it('reads durations, in any unit and with their parts', () => {
    expect(numbers('more than three hours')).toEqual([{ value: 3, qualifier: 'more-than', time: 'hour' }]);
    expect(numbers('an hour and a half')).toEqual([{ value: 1.5, qualifier: 'exact', time: 'hour' }]);
    expect(numbers('1 hour and 15 minutes')).toEqual([{ value: 1.25, qualifier: 'exact', time: 'hour' }]);
    expect(numbers('half an hour')).toEqual([{ value: 0.5, qualifier: 'exact', time: 'hour' }]);
    expect(numbers('a month ago')).toEqual([{ value: 1, qualifier: 'exact', time: 'month ago' }]);
  });
  it('marks increments, parts, margins and time offsets, which count no whole', () => {
    expect(numbers('another 172')).toMatchObject([{ partial: 'increment' }]);
    expect(numbers('an additional 200 PoWs')).toMatchObject([{ partial: 'increment' }]);
    expect(numbers('382 of the 472 drones')).toMatchObject([{ partial: 'part' }, { value: 472 }]);
    expect(numbers('beat the record by over 100 drones')).toMatchObject([{ partial: 'margin' }]);
    expect(numbers('two hours before the talks')).toMatchObject([{ partial: 'offset' }]);
  });
  it('takes a total of per-side figures as a total', () => {
    expect(numbers('12,000 bodies in all, 6,000 from each side')).toEqual([
      { value: 12000, qualifier: 'exact', total: true },
      { value: 6000, qualifier: 'exact', perSide: true },
    ]);
  });
  it('leaves out dates, years, times, ordinals, money and model designations', () => {
    expect(
      numbers('On May 16, 2025, at 1 p.m., the 2nd round; R20 apiece; since 2022; 16 June; Tu-95 and KN-23'),
    ).toEqual([]);
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
