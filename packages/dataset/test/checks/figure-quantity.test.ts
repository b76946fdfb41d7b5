import { describe, expect, it } from 'vitest';
import { dataCopy } from './data-copy.js';

const { edit, problemsOf } = dataCopy();

describe('figure-quantity: a figure reports the quantity it points at', () => {
  it('refuses a figure pointed at another quantity of the same unit', () => {
    // Both count weeks: the time Trump gave himself, and how long ago direct dialogue resumed.
    edit('figure/weeks-trump-gave-to-assess-putin-commitment-prepare-new-talks.yaml', (t) =>
      t.replace(/^quantity: .*$/m, 'quantity: weeks-since-direct-dialogue-resumed'),
    );
    expect(problemsOf()).toMatch(
      /weeks-trump-gave-to-assess-putin-commitment-prepare-new-talks\.yaml:1: quantity: weeks-since-direct-dialogue-resumed counts weeks ago \/ week ago, but the figure's text and excerpts \("within two weeks"\) name none of them/,
    );
  });
});
