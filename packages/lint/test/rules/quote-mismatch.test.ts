import { dataset } from '@parley/dataset';
import { describe, expect, it } from 'vitest';
import { compile, lint } from '../../src/index.js';
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

describe('quote/mismatch and translations', () => {
  const text =
    'Zelensky wrote: “We keep proposing a full and unconditional ceasefire, with all rational and dignified steps that could lead to a lasting and reliable peace.”';
  it('flags other words for the same quote once the dataset no longer marks it a translation', () => {
    const quotes = dataset.quotes.map((q) => {
      if (q.id !== 'volodymyr-zelensky-full-unconditional-ceasefire-post') return q;
      const { translation: _, ...own } = q;
      return own;
    });
    const verbatim = compile({ ...dataset, quotes });
    expect(
      lint(text, verbatim)
        .filter((d) => d.rule === rule)
        .map(said),
    ).toMatchObject([{ messageId: 'differs', speaker: 'Volodymyr Zelensky' }]);
    expect(flags(text)).toEqual([]);
  });
});
