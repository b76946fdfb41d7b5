import { dataset } from '@parley/dataset';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

const rulesOf = (text: string) =>
  lint(text, dataset)
    .filter((d) => d.severity !== 'info')
    .map((d) => d.rule);

// Correct, professionally written sentences: none may raise a warning or an error.
describe('accepts what a careful writer writes', () => {
  const ok = [
    'Russia launched nearly 500 drones at Ukraine overnight, Ukraine’s air force said [@reuters-far-apart].',
    'Russia launched some 470 drones at Ukraine overnight, the air force said [@reuters-far-apart].',
    'Russia fired a barrage of 500 drones and decoys on Sunday [@nyt-little-progress].',
    'Ukraine’s drones hit about 40 aircraft at Russian air bases, the SBU said [@second-round-begins].',
    'Russia occupies roughly a fifth of Ukraine [@reuters-far-apart].',
    'Russia controls approximately 20 per cent of Ukrainian territory [@prepare-new-talks].',
    'The two sides agreed to return 12,000 bodies in all [@nyt-little-progress].',
    'Medinsky said the children had been “rescued from a war zone” [@nyt-little-progress].',
    "“We couldn't react to the Russian proposals quickly,” Kyslytsia told reporters [@nyt-little-progress].",
    'The first round of talks took place on May 16 [@reuters-far-apart].',
    'Turkish Foreign Minister Hakan Fidan met Umerov [@second-round-begins].',
    'Rustem Umerov, Ukraine’s defence minister, led the delegation [@nyt-little-progress].',
    'Ukraine launched 472 kites to celebrate, a local paper said.',
    'The list includes 339 names, Medinsky said [@nyt-little-progress].',
    '```\nRussia launched 427 drones [@nyt-little-progres]\n```',
    'See `427 drones` and <!-- Kiev --> [a link](https://example.com/Kiev/427-drones).',
  ];
  for (const text of ok) it(text.slice(0, 70), () => expect(rulesOf(text)).toEqual([]));
});

describe('flags what does not hold up', () => {
  it('a figure no report supports', () => {
    expect(rulesOf('Russia launched 427 drones at Ukraine overnight [@reuters-far-apart].')).toEqual([
      'figure/mismatch',
    ]);
  });
  it('a number word and a fraction', () => {
    expect(rulesOf('Russia controls a quarter of Ukraine’s territory [@reuters-far-apart].')).toEqual([
      'figure/mismatch',
    ]);
  });
  it('a deprecated spelling, with its fix', () => {
    const [d] = lint('Talks resumed in Kiev.', dataset);
    expect(d?.rule).toBe('name/spelling');
    expect(d?.fixes[0]?.edits[0]?.newText).toBe('Kyiv');
  });
  it('a name spelled two ways: the minority', () => {
    const ds = lint('Zelenskyy spoke. Zelenskyy left. Zelensky returned.', dataset).filter(
      (d) => d.rule === 'name/spelling',
    );
    expect(ds).toHaveLength(1);
    expect(ds[0]!.start).toBe('Zelenskyy spoke. Zelenskyy left. '.length);
    expect(ds[0]!.fixes[0]!.edits[0]!.newText).toBe('Zelenskyy');
  });
  it('house style', () => {
    const ds = lint('Zelensky spoke.', dataset, { spellings: { prefer: ['Zelenskyy'] } });
    expect(ds.map((d) => d.rule)).toEqual(['name/spelling']);
    expect(ds[0]!.fixes[0]!.edits[0]!.newText).toBe('Zelenskyy');
  });
  it('an unknown key, suggesting the nearest', () => {
    const [d] = lint('Little progress [@nyt-little-progres].', dataset);
    expect(d?.rule).toBe('citation/unknown-key');
    expect(d?.message).toMatch(/nyt-little-progress/);
    expect(d?.fixes[0]?.edits[0]?.newText).toBe('nyt-little-progress');
  });
  it('an uncited checkable statement, at info', () => {
    const ds = lint('Russia launched 472 drones at Ukraine overnight, Ukraine’s air force said.', dataset);
    expect(ds.map((d) => [d.rule, d.severity])).toEqual([['claim/uncited', 'info']]);
    expect(ds[0]!.message).toMatch(/reuters-far-apart/);
  });
});

describe('configuration and inline directives', () => {
  it('turns a rule off or changes its severity', () => {
    expect(lint('Talks resumed in Kiev.', dataset, { rules: { 'name/spelling': 'off' } })).toEqual([]);
    expect(
      lint('Talks resumed in Kiev.', dataset, { rules: { 'name/spelling': 'error' } })[0]?.severity,
    ).toBe('error');
  });
  it('accepts extra spellings', () => {
    expect(lint('Talks resumed in Kiev.', dataset, { spellings: { accept: ['Kiev'] } })).toEqual([]);
  });
  it('honours parley-disable, parley-enable and parley-disable-next-line', () => {
    const text = [
      '<!-- parley-disable name/spelling -->',
      'Kiev.',
      '<!-- parley-enable name/spelling -->',
      'Kiev.',
      '<!-- parley-disable-next-line -->',
      'Kiev.',
      'Kiev.',
    ].join('\n');
    expect(lint(text, dataset).map((d) => d.range.start.line)).toEqual([3, 6]);
  });
});
