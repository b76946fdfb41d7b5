import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset } from '@parley/dataset';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { model } from './lint.js';
import { drafts, draftsDir, expected, seeds, seedsDir } from './shared.js';

const serious = (file: string, text: string) =>
  lint(text, model)
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => ({ file, line: d.range.start.line + 1, rule: d.rule, message: d.message }));

describe('example drafts (../shared/drafts)', () => {
  for (const file of drafts()) {
    it(`${file}: reports exactly the planted mistakes`, () => {
      const got = serious(file, readFileSync(join(draftsDir, file), 'utf8'));
      const want = expected()
        .filter((p) => p.file === file)
        .map(({ file, line, rule }) => ({ file, line, rule }));
      expect(got.map(({ file, line, rule }) => ({ file, line, rule }))).toEqual(want);
    });
  }
});

const keyOf = (seedFile: string) => dataset.sources.find((s) => s.seedFile === seedFile)!.id;

describe('the source articles, linted as drafts', () => {
  for (const file of seeds()) {
    it(`${file}: nothing but name/spelling`, () => {
      const got = serious(file, readFileSync(join(seedsDir, file), 'utf8')).filter(
        (d) => d.rule !== 'name/spelling',
      );
      expect(got).toEqual([]);
    });
  }
});

// Each article citing itself on every paragraph: every statement it makes that the dataset checks must be
// recorded with this article among its sources, or the dataset's evidence is incomplete.
describe('the source articles, citing themselves', () => {
  for (const file of seeds()) {
    it(`${file}: every checked statement is recorded as reported by its own source`, () => {
      const text = readFileSync(join(seedsDir, file), 'utf8');
      const cited = text.replace(/([.!?][”"’']?)(?=\s|$)/g, `$1 [@${keyOf(file)}]`);
      const got = serious(file, cited).filter((d) => d.rule === 'citation/unsupported');
      expect(got).toEqual([]);
    });
  }
});
