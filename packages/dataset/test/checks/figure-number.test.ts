import { describe, expect, it } from 'vitest';
import { dataCopy } from './data-copy.js';

const { edit, problemsOf } = dataCopy();
const drones = 'figure/drones-launched-overnight-2025-06-01-reuters-far-apart.yaml';
const troops = 'figure/russian-troops-amassed-near-sumy-prepare-new-talks.yaml';

describe('figure-number: the value is what the text states', () => {
  it('refuses an amount the text does not state (4720 for "472 drones")', () => {
    edit(drones, (t) => t.replace('amount: 472', 'amount: 4720'));
    expect(problemsOf()).toMatch(
      /data\/figure\/drones-launched-overnight-2025-06-01-reuters-far-apart\.yaml:\d+: value\.amount: is 4720 but the text "472 drones" says 472/,
    );
  });

  it('refuses "over 50,000" marked exact', () => {
    edit(troops, (t) => t.replace('exactness: more-than', 'exactness: exact'));
    expect(problemsOf()).toMatch(
      /russian-troops-amassed-near-sumy-prepare-new-talks\.yaml:\d+: value\.exactness: is exact but the text "over 50,000 troops" says more-than/,
    );
  });

  it('refuses a qualifier other than the one printed ("approximately 20%" as a-little-under)', () => {
    edit('figure/ukrainian-territory-controlled-by-russia-prepare-new-talks.yaml', (t) =>
      t.replace('exactness: approximate', 'exactness: a-little-under'),
    );
    expect(problemsOf()).toMatch(
      /value\.exactness: is a-little-under but the text "approximately 20%" says approximate/,
    );
  });

  it('refuses bounds on a vague figure ("several" as 3 to 9)', () => {
    edit('figure/days-ukraine-needs-to-review-russian-proposal-nyt-little-progress.yaml', (t) =>
      t.replace('exactness: vague', 'exactness: range\n  min: 3\n  max: 9'),
    );
    expect(problemsOf()).toMatch(
      /days-ukraine-needs-to-review-russian-proposal-nyt-little-progress\.yaml:\d+: value\.exactness: is range but the text "several days" is vague: it states no number/,
    );
  });

  it('refuses numbers on a figure marked vague (the schema says a vague value has none)', () => {
    edit('figure/days-ukraine-needs-to-review-russian-proposal-nyt-little-progress.yaml', (t) =>
      t.replace('exactness: vague', 'exactness: vague\n  min: 3'),
    );
    expect(problemsOf()).toMatch(/value: exact and qualified values need amount alone; .* a vague value/);
  });

  it('refuses a third stored as 0.3333', () => {
    edit('figure/share-of-cruise-missile-capable-bombers-disabled-second-round-begins.yaml', (t) =>
      t.replace('amount: 0.3333333333333333', 'amount: 0.3333'),
    );
    expect(problemsOf()).toMatch(
      /value\.amount: is 0\.3333 but the text "a third" says 0\.333\d+ \(a fraction\)/,
    );
  });

  it('refuses a text with no number where the record has one', () => {
    edit(drones, (t) =>
      t.replace('text: "472 drones"', 'text: "drones"').replace(/text: 472 drones/, 'text: drones'),
    );
    expect(problemsOf()).toMatch(/value: "drones" states no number the parser can read; the record says 472/);
  });
});
