import { describe, expect, it } from 'vitest';
import { findingsOf, said } from '../lint.js';

const rule = 'date/mismatch';
const flags = (text: string) => findingsOf(rule, text).map(said);

const accepted: Record<string, string[]> = {
  'dates the dataset records': [
    'The first round of talks took place on May 16 in Istanbul.',
    'The second round, held at the Ciragan Palace on June 2, was brief.',
    'After the first round, the 1,000-for-1,000 prisoner exchange took place from May 23-25.',
  ],
  'dates of something else near an event': [
    'Zelensky spoke on June 3, a day after the second round of talks.',
  ],
  'dates that bound a span instead of placing the event on a day': [
    'It was the second round of direct talks between the two sides since March 2022.',
    'No round of talks had been held since May 16, officials in Kyiv noted.',
    'Ukraine wanted the second round of talks to produce a ceasefire by June 30.',
  ],
  'recurring kinds of event, which a description does not name uniquely': [
    'A Russian attack on Kyiv on June 10 killed four people.',
    'Russia launched a record drone barrage on May 26.',
  ],
};

describe('date/mismatch accepts', () => {
  for (const [kind, texts] of Object.entries(accepted))
    describe(kind, () => {
      for (const text of texts) it(text, () => expect(flags(text)).toEqual([]));
    });
});

describe('date/mismatch flags', () => {
  it('an event given another day, with its fix', () => {
    const [d] = findingsOf(rule, 'The first round of direct talks took place on May 17 in Istanbul.');
    expect(said(d!)).toMatchObject({ messageId: 'mismatch', written: 'May 17', when: 'May 16, 2025' });
    expect(d!.fixes[0]!.edits[0]!.newText).toBe('May 16');
  });
  it('a date given in an apposition', () => {
    expect(flags('The first round, held in Istanbul on May 15, produced a prisoner swap.')).toMatchObject([
      { written: 'May 15' },
    ]);
  });
  it('a venue where one recorded event was held', () => {
    expect(flags('On June 3, the delegations met at the Ciragan Palace.')).toMatchObject([
      { written: 'June 3' },
    ]);
  });
});
