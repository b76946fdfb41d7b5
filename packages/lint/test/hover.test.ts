import { describe, expect, it } from 'vitest';
import { inspect, lintWithContext } from '../src/index.js';
import { model } from './lint.js';

const at = (text: string, needle: string, shift = 1) => {
  const { context } = lintWithContext(text, model);
  return inspect(context, text.indexOf(needle) + shift);
};
/** The card as an editor shows it: given the draft's diagnostics, so it opens with the finding there. */
const withFindings = (text: string, needle: string, shift = 1) => {
  const { context, diagnostics } = lintWithContext(text, model);
  return { card: inspect(context, text.indexOf(needle) + shift, diagnostics), diagnostics };
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
    // What, how many, who said it, in which source (its publisher and date): no file names, no record ids.
    expect(lines).toContain('- **472 drones** — Ukrainian Air Force, per Reuters, June 2, 2025');
    expect(lines).toContain('- **500 drones and decoys** — per The New York Times, June 3, 2025');
    expect(card!.markdown).not.toMatch(/drones-launched|\.md/);
    expect(lines.at(-1)).toBe('Cite: `[@nyt-little-progress]`, `[@reuters-far-apart]`');
  });
  it('a figure that agrees says so first', () => {
    const card = at('Russia launched a record 472 drones overnight [@reuters-far-apart].', '472');
    expect(card!.markdown.split('\n')[0]).toMatch(/^✓ \*\*“472” agrees with “472 drones”\*\*/);
  });

  it('a figure with a finding opens with the finding itself, then the reports, then the links', () => {
    const text = 'Russia launched a record 427 drones overnight [@reuters-far-apart].';
    const { card, diagnostics } = withFindings(text, '427');
    const finding = diagnostics.find((d) => d.rule === 'figure/mismatch')!;
    const lines = card!.markdown.split('\n');
    expect(lines[0]).toBe(`⚠ ${finding.message} (\`figure/mismatch\`)`);
    expect(lines[2]).toMatch(/^Recorded reports of drones/);
    expect(
      lines.indexOf('- **472 drones** — Ukrainian Air Force, per Reuters, June 2, 2025'),
    ).toBeGreaterThan(2);
    expect(lines.at(-1)).toMatch(/^Cite: /);
    // The verdict would say the same again.
    expect(card!.markdown).not.toMatch(/agrees with none/);
  });

  it('a finding elsewhere in the draft does not open the card', () => {
    const text =
      'Russia launched a record 427 drones overnight [@reuters-far-apart]. Later, Russia launched a record 472 drones overnight [@reuters-far-apart].';
    const { card, diagnostics } = withFindings(text, '472');
    expect(diagnostics.map((d) => d.rule)).toEqual(['figure/mismatch']);
    expect(card!.markdown.split('\n')[0]).toMatch(/^✓ \*\*“472” agrees with “472 drones”\*\*/);
  });

  it('a quote with a finding: the finding, the recorded words with who said them and where, the links', () => {
    const text =
      'Trump said: "If I think I\'m close to a deal, I don\'t want to screw it up." [@prepare-new-talks]';
    const { card, diagnostics } = withFindings(text, 'close');
    const finding = diagnostics.find((d) => d.rule === 'quote/mismatch')!;
    const lines = card!.markdown.split('\n');
    expect(lines[0]).toBe(`⚠ ${finding.message} (\`quote/mismatch\`)`);
    expect(lines[2]).toMatch(/^\*\*“If I think I’m close to getting a deal/);
    expect(lines[4]).toMatch(/^— Donald Trump.*, per /);
    expect(lines.at(-1)).toBe('Cite: `[@prepare-new-talks]`');
  });

  it('a quote without findings opens with its verdict', () => {
    const text =
      'Trump said: "If I think I\'m close to a deal, I don\'t want to screw it up." [@prepare-new-talks]';
    expect(at(text, 'close')!.markdown.split('\n')[0]).toMatch(
      /^⚠ \*\*The draft’s words differ from Donald Trump’s:\*\* .*\[-getting-\]/,
    );
  });

  it('a place with a finding opens with it; the place in plain words follows, the source keys last', () => {
    const text = 'The delegation flew back to Kiev.';
    const { card, diagnostics } = withFindings(text, 'Kiev');
    const [finding] = diagnostics;
    expect(finding?.rule).toBe('name/spelling');
    const lines = card!.markdown.split('\n');
    expect(lines[0]).toBe(`⚠ ${finding!.message} (\`name/spelling\`)`);
    // The dataset's preferred name, not the draft's spelling.
    expect(lines[2]).toBe('**Kyiv** (place)');
    expect(lines.at(-1)).toMatch(/^Sources: `/);
  });

  it('a citation key with a finding opens with it; the source in plain words follows, the key to cite last', () => {
    const { card, diagnostics } = withFindings('See [@nope].', '@nope');
    expect(card?.kind).toBe('unknown-source');
    const finding = diagnostics.find((d) => d.start <= 5 && d.end > 5);
    if (finding) expect(card!.markdown.split('\n')[0]).toContain(finding.message);
    const known = withFindings('Talks ended [@nyt-little-progress].', '@nyt').card!;
    expect(known.markdown.split('\n').at(-1)).toBe('Cite: `[@nyt-little-progress]`');
  });

  it('a name: the person with offices, spellings, quotes', () => {
    const card = at('Medinsky said little.', 'Medinsky');
    expect(card).toMatchObject({ kind: 'person', id: 'vladimir-medinsky' });
    expect(card!.markdown).toMatch(/Vladimir Medinsky/);
    expect(card!.markdown).toMatch(/Offices:/);
    expect(card!.markdown).toMatch(/rescued from a war zone/);
    // Who reported each office, in plain words; the keys only on the last line.
    expect(card!.markdown).toMatch(
      /- head of the Russian delegation, Russia \(as of June 3, 2025\), per Reuters, The New York Times/,
    );
    expect(card!.markdown.split('\n').slice(0, -1).join('\n')).not.toMatch(/`/);
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
