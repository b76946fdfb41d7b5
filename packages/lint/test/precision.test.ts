import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { model } from './lint.js';

const rulesOf = (text: string) =>
  lint(text, model)
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
    'The Security Service of Ukraine (SBU) said the SBU had planned the attack for a year.',
    'The Kremlin said the Russian Federation would send its delegation; Russia named Medinsky.',
    'Both delegations, each about a dozen strong, sat at long tables about 10 metres apart.',
    'The list includes 339 names, Medinsky said [@nyt-little-progress].',
    '```\nRussia launched 427 drones [@nyt-little-progres]\n```',
    'See `427 drones` and <!-- Kiev --> [a link](https://example.com/Kiev/427-drones).',
  ];
  for (const text of ok) it(text.slice(0, 70), () => expect(rulesOf(text)).toEqual([]));
});

describe('configuration and inline directives', () => {
  it('turns a rule off or changes its severity', () => {
    expect(lint('Talks resumed in Kiev.', model, { rules: { 'name/spelling': 'off' } })).toEqual([]);
    expect(lint('Talks resumed in Kiev.', model, { rules: { 'name/spelling': 'error' } })[0]?.severity).toBe(
      'error',
    );
  });
  it('accepts extra spellings', () => {
    expect(lint('Talks resumed in Kiev.', model, { spellings: { accept: ['Kiev'] } })).toEqual([]);
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
    expect(lint(text, model).map((d) => d.range.start.line)).toEqual([3, 6]);
  });
});
