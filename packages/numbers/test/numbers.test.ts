import { describe, expect, it } from 'vitest';
import { findNumbers } from '../src/index.js';

// The parser reads folded text (lower case, plain apostrophes and hyphens): these sentences are so already.
const numbers = (s: string) =>
  findNumbers(s.toLowerCase()).map(({ value, qualifier, unit, perSide, total, max, time, partial, age }) => ({
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
  it('leaves out page and issue numbers, and no part of a number it leaves out', () => {
    expect(numbers('see p. 3, no. 5 and vol 2; the report of 2025-06-02')).toEqual([]);
  });
  it('reads a number after a word that merely ends like "p" or "no"', () => {
    expect(numbers('they agreed to swap 5,000 bodies')).toEqual([{ value: 5000, qualifier: 'exact' }]);
    expect(numbers('a casino 40 miles away')).toEqual([{ value: 40, qualifier: 'exact' }]);
    expect(numbers('set up 300 posts')).toEqual([{ value: 300, qualifier: 'exact' }]);
  });
});
