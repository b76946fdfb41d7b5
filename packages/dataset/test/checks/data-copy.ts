import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { packageDir, validate } from '../../scripts/build.js';
import { DataError } from '../../scripts/problem.js';
import { seedsDir } from '../../scripts/provenance.js';

/**
 * A fresh copy of the data for each test: `edit` breaks one record, `problemsOf` runs every check and returns
 * the report, which tests read for the file, field and what the excerpt says instead.
 */
export function dataCopy() {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-check-'));
    cpSync(join(packageDir, 'data'), join(dir, 'data'), { recursive: true });
    cpSync(join(packageDir, 'package.json'), join(dir, 'package.json'));
    process.env.PARLEY_SEEDS = seedsDir(packageDir);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.PARLEY_SEEDS;
  });
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(dir, 'data', file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
    writeFileSync(path, after);
  };
  const problemsOf = (): string => {
    try {
      validate(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      return (e as Error).message;
    }
    throw new Error('expected the data to be rejected');
  };
  const passes = () => validate(dir);
  return { edit, problemsOf, passes };
}
