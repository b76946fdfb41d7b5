import { describe, expect, it } from 'vitest';
import { dataCopy } from './data-copy.js';

const { edit, problemsOf } = dataCopy();

describe('quantity-of-nouns: a word counts a quantity anywhere or only after "<noun> of", not both', () => {
  it('refuses an of-noun that is also a noun, naming its place', () => {
    edit('quantity/bodies-to-be-exchanged-second-round.yaml', (t) =>
      t.replace('ofNouns: ["soldiers"', 'ofNouns: ["Bodies", "soldiers"'),
    );
    expect(problemsOf()).toMatch(
      /bodies-to-be-exchanged-second-round\.yaml:\d+: terms\.ofNouns\[0\]: "Bodies" is also one of the nouns/,
    );
  });
});
