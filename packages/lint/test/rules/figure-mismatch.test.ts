import { describe, expect, it } from 'vitest';
import { findingsOf, said } from '../lint.js';

const rule = 'figure/mismatch';
const flags = (text: string) => findingsOf(rule, text).map(said);

// Sentences of our own, in the shapes published reports use. Each accepted one is correct, or about some
// other count than the one recorded; the rule must say nothing of it.
const accepted: Record<string, string[]> = {
  'hedged and rounded figures': [
    'Russia fired nearly 500 drones at Ukraine in the biggest barrage of the war, the air force said.',
    'Moscow sent some 470 drones in a record attack, Ukraine said.',
    'Ukraine’s drones hit about 40 aircraft at Russian air bases in the operation, the SBU said.',
    'Russia occupies roughly a fifth of Ukraine’s territory.',
    'Kyiv handed the Russian side a list of nearly 400 abducted children.',
  ],
  'totals of per-side figures, in every shape': [
    'Under the deal struck in Istanbul the sides will hand back 12,000 bodies in all, 6,000 from each side.',
    'The two sides agreed in Istanbul to return the bodies of 12,000 dead soldiers.',
    'Both sides agreed to exchange 6,000 bodies each at the talks.',
  ],
  'another thing that shares a noun: another side, proposal, date, night, event or strike': [
    'Moscow offered a truce of two to three days along parts of the front.',
    'Russia proposed a brief two-day ceasefire to recover the dead, and Kyiv said no.',
    'Umerov headed a 12-member team at the first meeting on May 16.',
    'A then-record 298 drones hit Ukraine on May 25, and 355 came the following night.',
    'Ukraine launched 300 drones at Russia in a record barrage of its own.',
    // The actor is in the sentence before: "the attack" is Ukraine's.
    'Ukraine hit Russian air bases in a drone operation on June 1. The attack, the largest of its kind, involved 117 unmanned aerial vehicles.',
    'A Russian missile strike on Dnipro killed 12 people, one of the deadliest attacks of the war.',
    'Russia’s delegation of ten members arrived in Istanbul for the talks.',
    'Russia transferred 1,248 bodies to Kyiv on Monday under the Istanbul deal, in exchange for 51 of its own.',
    'A total of 150 drones were used in the operation, said the SBU, which planned it for a year and a half.',
    // The other side is named only as where the drones went: not who sent them.
    'According to Ukraine’s security service, the raid used 117 drones, the most daring yet on Russian air bases.',
    'The SBU said the strike involved 117 drones, the most ever sent against four Russian airfields.',
    'Russia launched 300 drones at Ukraine on Monday, a week after its record attack.',
    // People counted in a swap are not the war's casualties, though both are "people".
    'The next exchange of prisoners could cover 1,200 people, the Russian negotiator said.',
    // "War" in "prisoners of war" does not speak of the war.
    'The Russian negotiator said the final numbers for the swap of prisoners of war were still being settled and could reach 1,200 people.',
  ],
  'a part, or a share of something else': [
    'Officials in Kyiv said 13 aircraft were destroyed outright in the operation.',
    'Air defences shot down nearly 400 drones during the record barrage.',
    'Ukraine’s air force said it shot down 382 of the 472 drones in the record attack.',
    'Russia holds about 70 percent of the Zaporizhzhia and Kherson regions.',
    'Both sides agreed at the talks to swap an additional 200 prisoners.',
    'Air defences were able to neutralize about 385 of the drones and missiles, the air force said.',
    'Ukraine said it would neutralise roughly 380 of the drones fired overnight.',
    'Of those, air defence units managed to neutralize around 385 drones and missiles, one of the biggest Russian drone attacks since the invasion.',
  ],
  'number words that count another noun, and hedges of hundreds': [
    'Kyiv asked at the talks for two categories of prisoners to be swapped first.',
    // Living soldiers are not the bodies agreed on, though the bodies are counted as "bodies of … soldiers".
    'As agreed at the talks, 1,200 soldiers from each side should get the chance to go home.',
    'Ukraine handed over several hundred names of children at the talks.',
    'A meeting of the two countries’ leaders with Trump was not on the table.',
  ],
  'durations that agree': [
    'The second round of talks lasted just over an hour.',
    'The talks ended after barely an hour.',
    'The meeting took less than two hours, Turkish officials said.',
    'Monday’s talks lasted about 1 hour and 15 minutes.',
  ],
  'times and ages that are not durations of the talks': [
    'The talks began two hours late.',
    'The exchange covers prisoners aged 18-25.',
    'Young soldiers from 18 to 25 years old will be swapped first, the sides agreed.',
    // How long something else took: the war's length is another duration.
    'The security service carried out an 18-month mission to smuggle the drones into Russia.',
    'Kyiv said the strike on the bombers had been planned over 18 months.',
    'Medinsky set the war against the backdrop of 300 years of Russian imperial history.',
    'In the boldest covert operation of the war, the security service ran a carefully prepared 18-month mission that set Russian airfields ablaze.',
  ],
};

describe('figure/mismatch accepts', () => {
  for (const [kind, texts] of Object.entries(accepted))
    describe(kind, () => {
      for (const text of texts) it(text, () => expect(flags(text)).toEqual([]));
    });
});

describe('figure/mismatch flags', () => {
  it('a count the reports contradict, listing each report', () => {
    const [d] = flags(
      'Russia fired 427 drones at Ukraine overnight, its biggest barrage of the war, the air force said.',
    );
    expect(d).toMatchObject({
      messageId: 'contradicts',
      number: '427',
      quantity: 'drones-launched-overnight-2025-06-01',
    });
    expect(d!.reports).toMatch(/“472 drones” \(Ukrainian Air Force, per reuters-far-apart\)/);
  });
  it('an attributed count of aircraft hit', () => {
    expect(
      flags('The SBU said 14 aircraft were hit in its drone operation against Russian air bases.'),
    ).toMatchObject([
      { messageId: 'contradicts', number: '14', quantity: 'aircraft-hit-in-drone-operation-on-air-bases' },
    ]);
  });
  it('bodies counted by whose they were, and after a verb ending like "p"', () => {
    for (const text of [
      'Both sides agreed at the talks to hand back the bodies of 5,000 soldiers each.',
      'The two sides agreed to swap 5,000 bodies each.',
    ])
      expect(flags(text), text).toMatchObject([
        { messageId: 'contradicts', number: '5,000', quantity: 'bodies-to-be-exchanged-second-round' },
      ]);
  });
  it('a limit the source sets, given as another limit', () => {
    expect(flags('Kyiv’s road map calls for a ceasefire of at least 60 days.')).toMatchObject([
      { number: '60 days', quantity: 'minimum-ceasefire-in-ukrainian-road-map' },
    ]);
  });
  it('a transposed count on the children’s list', () => {
    expect(
      flags('Ukrainian negotiators handed Moscow a list of 399 children they say were abducted.'),
    ).toMatchObject([{ number: '399', quantity: 'names-on-ukrainian-list-of-abducted-children' }]);
  });
  it('a duration in another unit', () => {
    expect(flags('The second round of talks lasted more than three hours.')).toMatchObject([
      { number: 'three hours', converted: '180 minutes', quantity: 'second-round-duration' },
    ]);
  });
  it('a duration joined to the noun it qualifies, when that noun is the one recorded', () => {
    expect(flags('Monday’s round in Istanbul was a 180-minute meeting, officials said.')).toMatchObject([
      { number: '180-minute', quantity: 'second-round-duration' },
    ]);
  });
  it('the war’s length, counted in years of war', () => {
    expect(flags('After two years of war, Moscow and Kyiv remain far apart.')).toMatchObject([
      { number: 'two years', quantity: 'years-of-war-since-2022' },
    ]);
  });
  it('the war’s casualties, in a sentence that also speaks of prisoners of war', () => {
    expect(
      flags('The war has killed or wounded 1,200 people, the US said, as prisoners of war were swapped.'),
    ).toMatchObject([{ number: '1,200', quantity: 'people-killed-and-injured-in-war-since-2022' }]);
  });
  it('an interval counted back from the talks', () => {
    expect(flags('The delegations first met a month ago, when direct talks resumed.')).toMatchObject([
      { number: 'a month', quantity: 'weeks-since-direct-dialogue-resumed' },
    ]);
  });
  it('a share of the recorded whole', () => {
    expect(flags('Russia controls a quarter of Ukraine’s territory.')).toMatchObject([
      { quantity: 'ukrainian-territory-controlled-by-russia' },
    ]);
  });
  it('a number dated to the recorded day', () => {
    expect(flags('Russia launched 427 drones at Ukraine on June 1.')).toMatchObject([{ number: '427' }]);
  });
});
