import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visible } from './lint.js';
import { realReportsDir, realReportsExpected, reportBody } from './shared.js';

// Published articles, judged by hand (../shared/real-reports/expected.json): every warning or error must be
// a finding judged true or a listed miss (a mistake the article makes that the linter should catch, with
// the misspelt name of the same miss), and every one of those must be reported.
const judged = realReportsExpected();
const key = (file: string, line: number, rule: string) => `${file}:${line}:${rule}`;
const right = new Set([
  ...judged.findings.filter((f) => f.verdict === 'true').map((f) => key(f.file, f.line, f.rule)),
  ...judged.misses.map((m) => key(m.file, m.line, m.rule)),
]);
// The miss in 06 names its two mistakes: the wrong office and the misspelt name ("name/spelling miss too").
for (const m of judged.misses)
  if (m.rule === 'role/mismatch') right.add(key(m.file, m.line, 'name/spelling'));

const reports = readdirSync(realReportsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('published reports (../shared/real-reports)', () => {
  const got = new Set<string>();
  for (const txt of reports) {
    const file = txt.replace(/\.txt$/, '.md');
    it(`${file}: no false alarm`, () => {
      const found = visible(reportBody(readFileSync(join(realReportsDir, txt), 'utf8'))).map((d) =>
        key(file, d.range.start.line + 1, d.rule),
      );
      for (const k of found) got.add(k);
      expect(found.filter((k) => !right.has(k))).toEqual([]);
    });
  }
  it('every true finding and every listed miss is reported', () => {
    expect([...right].filter((k) => !got.has(k))).toEqual([]);
  });
});
