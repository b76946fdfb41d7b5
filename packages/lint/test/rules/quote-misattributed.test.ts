import { describe, expect, it } from 'vitest';
import { findingsOf, said } from '../lint.js';

const rule = 'quote/misattributed';
const flags = (text: string) => findingsOf(rule, text).map(said);

const accepted: Record<string, string[]> = {
  'the recorded speaker named in the sentence': [
    '“Diplomacy must be substantive, and the next gathering should yield tangible results,” Zelensky said, echoing Umerov.',
  ],
  'a stock phrase a group is recorded saying, said by its head': [
    'Medinsky said Moscow was “satisfied with the results” of the meeting.',
  ],
  'an organisation’s phrase said by one of its own country’s officials': [
    'Lavrov said talks must address the “root causes” of the war.',
  ],
  'short, common phrases': ['Umerov called for “a complete and unconditional ceasefire” again.'],
};

describe('quote/misattributed accepts', () => {
  for (const [kind, texts] of Object.entries(accepted))
    describe(kind, () => {
      for (const text of texts) it(text, () => expect(flags(text)).toEqual([]));
    });
});

describe('quote/misattributed flags', () => {
  it('distinctive words recorded as someone else’s', () => {
    expect(
      flags(
        '“Diplomacy must be substantive, and the next gathering should yield tangible results,” Zelensky said.',
      ),
    ).toMatchObject([{ messageId: 'misattributed', speaker: 'Rustem Umerov', claimed: 'Zelensky' }]);
  });
});
