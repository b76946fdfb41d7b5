import { describe, expect, it } from 'vitest';
import { findingsOf, said } from '../lint.js';

const rule = 'citation/unsupported';

describe('citation/unsupported', () => {
  it('accepts a statement its cited source reports', () => {
    expect(
      findingsOf(
        rule,
        'Russia fired 472 drones in its biggest barrage, the air force said [@reuters-far-apart].',
      ),
    ).toEqual([]);
  });
  it('accepts a citation of a source the dataset does not know (that is citation/unknown-key’s)', () => {
    expect(findingsOf(rule, 'Russia fired 472 drones in its biggest barrage [@somewhere-else].')).toEqual([]);
  });
  it('flags a statement its cited source does not report, naming the one that does', () => {
    expect(
      findingsOf(rule, 'Russia fired 472 drones in its biggest barrage [@nyt-little-progress].').map(said),
    ).toMatchObject([
      {
        messageId: 'unsupported',
        cited: '@nyt-little-progress',
        what: 'the figure “472”',
        sources: '@reuters-far-apart',
      },
    ]);
  });
});
