import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { findingsOf, model, said } from '../lint.js';

const rule = 'name/spelling';
const flags = (text: string) => findingsOf(rule, text).map(said);

const accepted: Record<string, string[]> = {
  'a full name with its abbreviation, then the abbreviation': [
    'The operation was run by the Security Service of Ukraine (SBU). The SBU said it took a year to plan.',
    'US envoys spoke to the United States delegation; the US said little.',
    'The United Nations heard Russia’s envoy; the UN took no vote.',
  ],
  'a formal name beside the short one': [
    'Vasily Nebenzya, Permanent Representative of the Russian Federation, said Russia would not budge.',
    'Britain and the United Kingdom’s allies; the U.K. said nothing.',
    'Türkiye hosted the talks, and Turkey’s foreign minister opened them.',
  ],
  'descriptions of events, which are no spellings': [
    'The second round of direct talks began on Monday. The second round lasted an hour. A second round of talks was long awaited.',
  ],
  'one rendering throughout, full name and surname': [
    'Volodymyr Zelenskyy spoke in Vilnius. Zelenskyy said prisoners would be freed.',
  ],
  'quoted words, which are not the writer’s to respell': ['He wrote of “Kiev” in his memoirs. Kyiv replied.'],
  'names of other people, and text cut off mid-name': [
    'Volodymyr Zelensky arrived with Olena Zelenska; Zelenska spoke first.',
    'Sergei Lavrov met Sergei Ryabkov.',
    'The head of the Russian delegation, Vladimir Medinsk',
  ],
};

describe('name/spelling accepts', () => {
  for (const [kind, texts] of Object.entries(accepted))
    describe(kind, () => {
      for (const text of texts) it(text, () => expect(flags(text)).toEqual([]));
    });
});

describe('name/spelling flags', () => {
  it('a deprecated spelling, with its fix', () => {
    const [d] = findingsOf(rule, 'Talks resumed in Kiev.');
    expect(said(d!)).toMatchObject({ messageId: 'deprecated', used: 'Kiev', to: 'Kyiv' });
    expect(d!.fixes[0]!.edits[0]!.newText).toBe('Kyiv');
  });
  it('two renderings of one name: the minority', () => {
    const ds = findingsOf(rule, 'Zelenskyy spoke. Zelenskyy left. Zelensky returned.');
    expect(ds.map(said)).toEqual([
      { messageId: 'mixed', used: 'Zelensky', main: 'Zelenskyy', count: 2, times: 'times' },
    ]);
    expect(ds[0]!.fixes[0]!.edits[0]!.newText).toBe('Zelenskyy');
  });
  it('two renderings of a place', () => {
    expect(
      flags('They met on the Bosphorus. The Bosphorus was calm. Boats crossed the Bosporus.'),
    ).toMatchObject([{ messageId: 'mixed', used: 'Bosporus', main: 'Bosphorus' }]);
  });
  it('house style', () => {
    const ds = lint('Zelensky spoke.', model, { spellings: { prefer: ['Zelenskyy'] } }).filter(
      (d) => d.rule === rule,
    );
    expect(ds.map(said)).toEqual([{ messageId: 'houseStyle', house: 'Zelenskyy', used: 'Zelensky' }]);
  });
  it('a misspelt full name of someone recorded, with the recorded spelling as its fix', () => {
    const [d] = findingsOf(rule, 'Deputy minister Serhiy Kyslytsana spoke to reporters.');
    expect(said(d!)).toMatchObject({
      messageId: 'nearMiss',
      used: 'Serhiy Kyslytsana',
      to: 'Serhiy Kyslytsya',
    });
    expect(d!.fixes[0]!.edits[0]!.newText).toBe('Serhiy Kyslytsya');
  });
  it('a misspelt surname of someone the draft names correctly', () => {
    expect(flags('Kyslytsya led the talks. Later Kyslytsa told reporters more.')).toMatchObject([
      { messageId: 'nearMiss', used: 'Kyslytsa', to: 'Kyslytsya' },
    ]);
  });
});
