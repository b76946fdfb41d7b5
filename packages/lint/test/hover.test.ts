import { dataset } from '@parley/dataset';
import { describe, expect, it } from 'vitest';
import { inspect, lintWithContext } from '../src/index.js';

const at = (text: string, needle: string, shift = 1) => {
  const { context } = lintWithContext(text, dataset);
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

  it('a figure: every recorded report, by whom and where', () => {
    const card = at('Russia launched 427 drones overnight [@reuters-far-apart].', '427');
    expect(card?.kind).toBe('figure');
    expect(card!.markdown).toMatch(/472 drones/);
    expect(card!.markdown).toMatch(/500 drones and decoys/);
    expect(card!.markdown).toMatch(/reuters-far-apart/);
    expect(card!.markdown).toMatch(/agrees with none/);
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
