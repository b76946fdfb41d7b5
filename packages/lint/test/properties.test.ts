import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspect } from '../src/hover/inspect.js';
import { lint, lintWithContext } from '../src/index.js';
import { model } from './lint.js';

const within = (
  text: string,
  d: { start: number; end: number; range: { start: { line: number }; end: { line: number } } },
) => {
  const lines = text.split('\n').length;
  return (
    d.start >= 0 &&
    d.end <= text.length &&
    d.start <= d.end &&
    d.range.start.line < lines &&
    d.range.end.line < lines
  );
};

const pathological = fc.constantFrom(
  '"',
  '“',
  '”',
  "'",
  '’',
  '‘',
  '[',
  ']',
  '@',
  '[@',
  '(',
  ')',
  '`',
  '```',
  '<!--',
  '-->',
  '---\n',
  '\n',
  '\n\n',
  '.',
  '. ',
  ',',
  '%',
  '1,000',
  '472',
  'Kiev',
  'Zelensky',
  'the second round',
  'on June 3',
  'Foreign Minister ',
  'Rustem Umerov',
  ' drones',
  '\u00a0',
  '\u0301',
  '😀',
  '#',
  '> ',
  '- ',
  'http://x.y/',
  '*',
  '_',
);

describe('never throws, ranges stay inside the document', () => {
  it('any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        for (const d of lint(text, model)) expect(within(text, d)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('pathological punctuation and Markdown', () => {
    fc.assert(
      fc.property(
        fc.array(pathological, { maxLength: 120 }).map((xs) => xs.join('')),
        fc.nat(),
        (text, at) => {
          const { diagnostics, context } = lintWithContext(text, model);
          for (const d of diagnostics) expect(within(text, d)).toBe(true);
          inspect(context, text.length ? at % text.length : 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('5 MB of random Unicode', () => {
    const rng = fc
      .sample(fc.string({ unit: 'grapheme', minLength: 2000, maxLength: 2000 }), { numRuns: 40, seed: 7 })
      .join(' ');
    let text = rng;
    while (text.length < 5_000_000) text += rng;
    const ds = lint(text, model);
    for (const d of ds) expect(within(text, d)).toBe(true);
  });
});
