import { describe, expect, it } from 'vitest';
import { dataCopy } from './data-copy.js';

const { edit, problemsOf } = dataCopy();

describe('figure-per: a per-side figure says per: each-side', () => {
  it('refuses "6,000 fallen soldiers each" without its per', () => {
    edit('figure/bodies-to-be-exchanged-second-round-nyt-little-progress.yaml', (t) =>
      t.replace('per: each-side\n', ''),
    );
    expect(problemsOf()).toMatch(
      /bodies-to-be-exchanged-second-round-nyt-little-progress\.yaml:\d+: per: is missing but the text "6,000 fallen soldiers each" counts for each side/,
    );
  });

  it('refuses "1,000-for-1,000" marked a total', () => {
    edit('figure/prisoners-exchanged-after-first-round-prepare-new-talks.yaml', (t) =>
      t.replace('per: each-side', 'per: total'),
    );
    expect(problemsOf()).toMatch(/per: is total but the text "1,000-for-1,000" counts for each side/);
  });

  it('refuses each-side on a figure whose text does not say so', () => {
    edit('figure/drones-launched-overnight-2025-06-01-reuters-far-apart.yaml', (t) =>
      t.replace('attributedTo:', 'per: each-side\nattributedTo:'),
    );
    expect(problemsOf()).toMatch(
      /:\d+: per: is each-side but the text "472 drones" does not say each or per side/,
    );
  });
});
