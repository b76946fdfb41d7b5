import { describe, expect, it } from 'vitest';
import { dataCopy } from './data-copy.js';

const { edit, problemsOf } = dataCopy();

describe('quote-marks: a quote is words inside quotation marks', () => {
  it('refuses narration around the quotation as the quote', () => {
    edit('quote/russian-delegation-satisfied-with-results.yaml', (t) =>
      t.replace(/^text: .*$/m, 'text: "The Russian delegation exuded confidence"'),
    );
    expect(problemsOf()).toMatch(
      /russian-delegation-satisfied-with-results\.yaml:1: text: "The Russian delegation exuded confidence" is not inside quotation marks in any excerpt; the excerpt reads "The Russian delegation exuded confidence, saying that they were “satisfied/,
    );
  });

  it('refuses a trailing comma kept from the quoting sentence', () => {
    edit('quote/serhii-kyslytsia-couldnt-react.yaml', (t) => t.replace('quickly', 'quickly,'));
    expect(problemsOf()).toMatch(
      /serhii-kyslytsia-couldnt-react\.yaml:1: text: ends with ",", which is the quoting sentence's punctuation/,
    );
  });

  it('refuses an embedded post without its signature line', () => {
    edit('quote/volodymyr-zelensky-full-unconditional-ceasefire-post.yaml', (t) =>
      t.replace(
        /\n {2}- source: delegations-meet-again\n {4}excerpt: "– Volodymyr Zelenskyy[^\n]*\n {4}offset: \d+/,
        '',
      ),
    );
    expect(problemsOf()).toMatch(/embedded: no excerpt from delegations-meet-again is the post's signature/);
  });
});
