#!/usr/bin/env node
// Lint time for a 10,000-word draft against markdown-it merely parsing it (the parser behind VS Code's
// Markdown), and lint time against a synthetic dataset 100x the real one against the real one. Ratios are
// against baselines measured in the same process, in interleaved blocks (see timeAll).
import { dataset } from '@parley/dataset';
import MarkdownIt from 'markdown-it';
import { compile, lint } from '../dist/index.js';

const paragraphs = [
  'Ukraine’s air force said Russia launched 472 drones at Ukraine overnight, the most in a single night [@reuters-far-apart].',
  '“We couldn’t react to the Russian proposals quickly,” Ukraine’s deputy foreign minister, Serhii Kyslytsia, told reporters after the talks [@nyt-little-progress].',
  'The first round of direct talks took place on May 16 in Istanbul, and Defence Minister Rustem Umerov led the delegation at the Ciragan Palace on the Bosphorus [@reuters-far-apart; @second-round-begins].',
  'Russia controls a little under one fifth of Ukraine, or about 113,100 square kilometres, and both sides agreed to exchange the bodies of 6,000 fallen soldiers each [@reuters-far-apart; @nyt-little-progress].',
  'Kremlin aide Vladimir Medinsky said the children had been “rescued from a war zone”, while Zelensky called for *a ceasefire* and `code` stayed [out](https://example.com).',
  'Analysts in Kyiv and Moscow expected little; the talks lasted less than 90 minutes, and neither side set a date for a third round of negotiations.',
];
let draft = '# A long feature\n\n';
let words = 0;
for (let i = 0; words < 10_000; i++) {
  const p = paragraphs[i % paragraphs.length];
  draft += `${p}\n\n`;
  words += p.split(/\s+/).length;
  if (i % 12 === 11) draft += `## Section ${i}\n\n`;
}

/**
 * A dataset 100x the real one: every named record, office, quote and quantity copied as a distinct record
 * (its own names, titles, words and terms), as a larger real dataset would have.
 */
function synthetic(times) {
  const copy = structuredClone(dataset);
  const suffix = (i) => `x${i.toString(36)}`;
  for (let i = 1; i < times; i++) {
    const s = suffix(i);
    const rename = (names) => names.map((n) => ({ ...n, text: `${n.text}${s}` }));
    copy.people.push(...dataset.people.map((r) => ({ ...r, id: `${r.id}-${s}`, names: rename(r.names) })));
    copy.organisations.push(
      ...dataset.organisations.map((r) => ({ ...r, id: `${r.id}-${s}`, names: rename(r.names) })),
    );
    copy.places.push(
      ...dataset.places.map((r) => ({ ...r, id: `${r.id}-${s}`, names: rename(r.names), adjectives: [] })),
    );
    copy.events.push(...dataset.events.map((r) => ({ ...r, id: `${r.id}-${s}`, names: rename(r.names) })));
    copy.roles.push(
      ...dataset.roles.map((r) => ({
        ...r,
        id: `${r.id}-${s}`,
        person: `${r.person}-${s}`,
        title: rename(r.title),
      })),
    );
    copy.quotes.push(
      ...dataset.quotes.map((r) => ({
        ...r,
        id: `${r.id}-${s}`,
        text: r.text.replace(/[\p{L}\p{N}]+/gu, (w) => `${w}${s}`),
      })),
    );
    copy.quantities.push(
      ...dataset.quantities.map((r) => ({
        ...r,
        id: `${r.id}-${s}`,
        terms: {
          nouns: r.terms.nouns.map((n) => `${n}${s}`),
          context: r.terms.context.map((c) => `${c}${s}`),
        },
      })),
    );
  }
  return copy;
}

/**
 * Times the cases in blocks: each block runs one case BLOCK times back to back and yields its mean per run,
 * so every case pays for its own garbage collection (a single run timed just after another case's would be
 * charged for that case's garbage). Blocks of the cases are interleaved, round after round, so load on the
 * machine weighs on each alike. The figure is the median of a case's block means.
 */
const BLOCK = 20;
const ROUNDS = 15;
const timeAll = (cases) => {
  for (const fn of Object.values(cases)) for (let i = 0; i < BLOCK; i++) fn();
  const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [k, fn] of Object.entries(cases)) {
      const t0 = performance.now();
      for (let i = 0; i < BLOCK; i++) fn();
      samples[k].push((performance.now() - t0) / BLOCK);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([k, xs]) => {
      xs.sort((a, b) => a - b);
      return [k, { min: xs[0], median: xs[Math.floor(xs.length / 2)], max: xs[xs.length - 1] }];
    }),
  );
};

const md = new MarkdownIt();
const model = compile(dataset);
// Work grows with the text: a sixteenth of the draft, sixteen times, against the draft once.
const sixteenth = draft.slice(0, Math.floor(draft.length / 16));

// The real dataset's cases first, before the synthetic one exists: its model would stay live in the heap
// and make every collection of every case slower, which no real process (CLI, editor, gateway) pays.
const { parse, real, part } = timeAll({
  parse: () => md.parse(draft, {}),
  real: () => lint(draft, model),
  part: () => {
    for (let i = 0; i < 16; i++) lint(sixteenth, model);
  },
});

const big = synthetic(100);
const t0 = performance.now();
const bigModel = compile(big);
const compiled = performance.now() - t0;
// The real dataset again, as the baseline of the synthetic one, in the same heap.
const { real: realBeside, large } = timeAll({
  real: () => lint(draft, model),
  large: () => lint(draft, bigModel),
});
const count = lint(draft, model).length;

// The ratio of the median block means is the figure; the ratio of the fastest blocks is printed beside it.
const row = (name, t, base) =>
  `${name.padEnd(40)} ${t.median.toFixed(2).padStart(6)} ms  (blocks ${t.min.toFixed(2)}–${t.max.toFixed(2)} ms)  ${base ? `${(t.median / base.median).toFixed(2)}x (fastest blocks: ${(t.min / base.min).toFixed(2)}x)` : 'baseline'}`;
console.log(
  `@parley/lint on a ${words}-word draft (${draft.length} characters, ${count} findings): per run, median of ${ROUNDS} interleaved blocks of ${BLOCK} runs`,
);
console.log(row('markdown-it parse only (baseline)', parse));
console.log(row('parley lint, real dataset', real, parse), '  aim: < 3x');
console.log('');
console.log(
  `dataset: ${dataset.people.length + dataset.organisations.length + dataset.places.length + dataset.events.length} named records; synthetic: ${big.people.length + big.organisations.length + big.places.length + big.events.length} (compiled once in ${compiled.toFixed(0)} ms)`,
);
console.log(row('parley lint, real dataset (baseline)', realBeside));
console.log(row('parley lint, 100x synthetic dataset', large, realBeside), '  aim: < 1.5x');
console.log('');
console.log(row('parley lint, a sixteenth of the draft, 16 times (baseline)', part));
console.log(row('parley lint, the whole draft once', real, part), '  linear: about 1x');
