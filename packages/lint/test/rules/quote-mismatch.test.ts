import { describe, expect, it } from 'vitest';
import { findingsOf, said } from '../lint.js';

const rule = 'quote/mismatch';
const flags = (text: string) => findingsOf(rule, text).map(said);

describe('quote/mismatch accepts', () => {
  for (const text of [
    'Trump said: “If I think I’m close to getting a deal, I don’t want to screw it up by taking such actions.”',
    'Medinsky said the children had been “rescued from a war zone”.',
    // Recorded from a translated article: a draft may render the words otherwise.
    'Zelensky wrote: “We keep proposing a full and unconditional ceasefire, with all rational and dignified steps that could lead to a lasting and reliable peace.”',
    'Nobody said “the talks went on for a while” at all.',
  ])
    it(text, () => expect(flags(text)).toEqual([]));
});

describe('quote/mismatch flags', () => {
  it('close to the speaker’s recorded words but not them, with a fix that keeps the full stop', () => {
    const text = 'Trump told reporters: “If I think I’m close to a deal, I don’t want to screw it up.”';
    const [d] = findingsOf(rule, text);
    expect(said(d!)).toMatchObject({
      messageId: 'differs',
      speaker: 'Donald Trump',
      sources: 'prepare-new-talks',
    });
    expect(d!.data.diff).toMatch(/\[-getting-\]/);
    expect(d!.fixes[0]!.edits[0]!.newText).toBe(
      'If I think I’m close to getting a deal, I don’t want to screw it up.',
    );
  });
});

describe('quote/mismatch and renderings', () => {
  // English words of a speaker who does not speak English are an outlet's rendering; others render them
  // otherwise. Only a change of sense (a negation, another number) is flagged.
  it('accepts another rendering of a Russian minister’s words', () => {
    expect(
      flags(
        'Lavrov said: “Our delegation, led by Vladimir Medinsky, is ready to present this memorandum to the Ukrainian delegation and to give the necessary explanations during a second round of direct talks in Istanbul.”',
      ),
    ).toEqual([]);
  });
  it('flags a rendering that adds a negation', () => {
    expect(
      flags(
        'Lavrov said: “Our delegation led by Vladimir Medinsky is not prepared to present a memorandum to the Ukrainian side and to provide the necessary explanations during a second round of direct talks in Istanbul.”',
      ),
    ).toMatchObject([{ messageId: 'differs', speaker: 'Sergei Lavrov' }]);
  });
  it('treats a quote the dataset marks as translated as a rendering too', () => {
    const text =
      'Zelensky wrote: “We keep proposing a full and unconditional ceasefire, with all rational and dignified steps that could lead to a lasting and reliable peace.”';
    expect(flags(text)).toEqual([]);
    expect(flags(text.replace('with all', 'with no'))).toMatchObject([
      { messageId: 'differs', speaker: 'Volodymyr Zelensky' },
    ]);
  });
  it('checks every word of an English speaker’s own words', () => {
    // Trump's words with one word changed, as the flagged case above: a rendering would pass, his own do not.
    expect(
      flags(
        'Trump said: “If I think I’m near to getting a deal, I don’t want to screw it up by taking such actions.”',
      ),
    ).toMatchObject([{ messageId: 'differs', speaker: 'Donald Trump' }]);
  });
});
