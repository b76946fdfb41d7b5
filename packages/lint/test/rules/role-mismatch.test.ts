import { describe, expect, it } from 'vitest';
import { findingsOf, said } from '../lint.js';

const rule = 'role/mismatch';
const flags = (text: string) => findingsOf(rule, text).map(said);

const accepted: Record<string, string[]> = {
  'offices the dataset records, in every place a title goes': [
    'Turkish Foreign Minister Hakan Fidan opened the session.',
    'Ukraine’s delegation leader, Defence Minister Rustem Umerov, spoke first.',
    'Kremlin aide Vladimir Medinsky led the Russian side.',
    'Rustem Umerov, Ukraine’s defence minister, arrived on Sunday.',
    'Ukraine’s foreign ministry spokesperson, Heorhii Tykhyi, posted a photo.',
    'Former culture minister Vladimir Medinsky headed the delegation.',
  ],
  'titles of people the dataset does not know, and offices it does not record': [
    'Turkish Foreign Ministry spokesperson, Oncu Keceli, said the meeting was over.',
    'US Secretary of State Marco Rubio spoke to his Russian counterpart.',
  ],
};

describe('role/mismatch accepts', () => {
  for (const [kind, texts] of Object.entries(accepted))
    describe(kind, () => {
      for (const text of texts) it(text, () => expect(flags(text)).toEqual([]));
    });
});

describe('role/mismatch flags', () => {
  it('an office someone else holds', () => {
    expect(flags('Deputy Foreign Minister Rustem Umerov headed the delegation.')).toMatchObject([
      { messageId: 'notHeld', person: 'Rustem Umerov', title: 'Deputy Foreign Minister' },
    ]);
  });
  it('a country the office is not of', () => {
    expect(flags('Russian Foreign Minister Hakan Fidan spoke.')).toMatchObject([
      { messageId: 'notHeld', person: 'Hakan Fidan', qualifier: 'Russia' },
    ]);
  });
  it('a wrong office in an apposition, on a misspelt name', () => {
    expect(
      flags('Ukraine’s foreign ministry spokesperson, Serhiy Kyslytsana, said Russia refused.'),
    ).toMatchObject([{ messageId: 'notHeld', person: 'Serhii Kyslytsia' }]);
  });
  it('a wrong “former”', () => {
    expect(flags('Former President Donald Trump urged both sides to meet.')).toMatchObject([
      { messageId: 'notFormer', person: 'Donald Trump', title: 'President' },
    ]);
  });
});
