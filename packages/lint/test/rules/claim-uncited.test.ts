import { describe, expect, it } from 'vitest';
import { findingsOf, said } from '../lint.js';

const rule = 'claim/uncited';

describe('claim/uncited', () => {
  it('accepts a cited statement, and prose with nothing to check', () => {
    expect(findingsOf(rule, 'Russia fired 472 drones in its biggest barrage [@reuters-far-apart].')).toEqual(
      [],
    );
    expect(findingsOf(rule, 'The weather in Istanbul was fine.')).toEqual([]);
  });
  it('notes, at info, a checkable statement with no citation, and which source reports it', () => {
    const ds = findingsOf(rule, 'Russia fired 472 drones in its biggest barrage, the air force said.');
    expect(ds.map((d) => d.severity)).toEqual(['info']);
    expect(said(ds[0]!)).toMatchObject({ messageId: 'uncited', sources: '[@reuters-far-apart]' });
  });
  it('names a duration with its unit, as written', () => {
    const ds = findingsOf(rule, 'The Ukrainian team will have a week to study the Russian memorandum.');
    expect(ds.map(said)).toMatchObject([{ messageId: 'uncited', what: 'the figure “a week”' }]);
  });
});
