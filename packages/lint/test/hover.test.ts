import { describe, expect, it } from 'vitest';
import { inspect, lintWithContext } from '../src/index.js';
import { model } from './lint.js';

const at = (text: string, needle: string, shift = 1) => {
  const { context } = lintWithContext(text, model);
  return inspect(context, text.indexOf(needle) + shift);
};

describe('what is at a position', () => {
  it('a citation key: the source card', () => {
    const card = at('Talks ended [@nyt-little-progress].', '@nyt');
    expect(card).toMatchObject({ kind: 'source', id: 'nyt-little-progress' });
    expect(card!.markdown).toMatch(/Ukraine-Russia peace talks raise hopes but yield little progress/);
    expect(card!.markdown).toMatch(/The San Juan Daily Star/);
    expect(card!.markdown).toMatch(/Constant Méheut/);
  });

  it('a figure: the finding first, then every report in plain words, then the keys to cite', () => {
    const card = at('Russia launched a record 427 drones overnight [@reuters-far-apart].', '427');
    expect(card?.kind).toBe('figure');
    const lines = card!.markdown.split('\n');
    expect(lines[0]).toMatch(/^⚠ \*\*“427” agrees with none of the recorded reports\*\* of drones/);
    expect(card!.markdown).toMatch(
      /\*\*472 drones\*\*, according to Ukrainian Air Force, in Reuters, “Russia and Ukraine to talk about peace/,
    );
    expect(card!.markdown).toMatch(
      /\*\*500 drones and decoys\*\*, as the source states it, in The New York Times/,
    );
    expect(lines.at(-1)).toBe('Cite: `[@nyt-little-progress]`, `[@reuters-far-apart]`');
  });
  it('a figure that agrees says so first', () => {
    const card = at('Russia launched a record 472 drones overnight [@reuters-far-apart].', '472');
    expect(card!.markdown.split('\n')[0]).toMatch(/^✓ \*\*“472” agrees with “472 drones”\*\*/);
  });

  it('a name: the person with offices, spellings, quotes', () => {
    const card = at('Medinsky said little.', 'Medinsky');
    expect(card).toMatchObject({ kind: 'person', id: 'vladimir-medinsky' });
    expect(card!.markdown).toMatch(/Vladimir Medinsky/);
    expect(card!.markdown).toMatch(/Offices:/);
    expect(card!.markdown).toMatch(/rescued from a war zone/);
  });

  it('a quote: the recorded text and the difference', () => {
    const text =
      'Trump said: "If I think I\'m close to a deal, I don\'t want to screw it up." [@prepare-new-talks]';
    const card = at(text, 'close');
    expect(card?.kind).toBe('quote');
    expect(card!.markdown).toMatch(/If I think I’m close to getting a deal/);
    expect(card!.markdown).toMatch(/\[-getting-\]/);
  });

  it('an unknown key, and plain words', () => {
    expect(at('See [@nope].', '@nope')?.kind).toBe('unknown-source');
    expect(at('Nothing here at all.', 'here')).toBeUndefined();
  });
});
