import { describe, expect, it } from 'vitest';
import { dataCopy } from './data-copy.js';

const { edit, problemsOf } = dataCopy();

describe('quote-translation: words from a translated report say they are a translation', () => {
  it('refuses a quote from the French-language report stored as verbatim words', () => {
    edit('quote/volodymyr-zelensky-complete-unconditional-ceasefire.yaml', (t) =>
      t.replace(/translation:\n {2}from: fr\n {2}note: [^\n]*\n/, ''),
    );
    expect(problemsOf()).toMatch(
      /volodymyr-zelensky-complete-unconditional-ceasefire\.yaml:1: translation: delegations-meet-again is translated from fr, so these words are a translation/,
    );
  });

  it('refuses a language other than the source’s', () => {
    edit('quote/serhii-kyslytsia-couldnt-react.yaml', (t) => t.replace('language: en', 'language: uk'));
    expect(problemsOf()).toMatch(/language: is uk but nyt-little-progress is written in en/);
  });
});
