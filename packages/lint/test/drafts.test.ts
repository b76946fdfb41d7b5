import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset } from '@parley/dataset';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { drafts, draftsDir, expected, seeds, seedsDir } from './shared.js';

const serious = (file: string, text: string) =>
  lint(text, dataset)
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
