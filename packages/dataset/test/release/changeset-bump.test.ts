import { cpSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packageDir } from '../../scripts/build.js';
import { pendingBumps } from '../../scripts/release/changesets.js';
import { checkRelease } from '../../scripts/release/check.js';

// A repository in miniature: .changeset/ beside packages/dataset/ holding a copy of the data.
let root = '';
let pkg = '';
const changeset = (name: string, text: string) => writeFileSync(join(root, '.changeset', name), text);
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parley-release-'));
  pkg = join(root, 'packages', 'dataset');
  mkdirSync(join(root, '.changeset'));
  mkdirSync(pkg, { recursive: true });
  cpSync(join(packageDir, 'data'), join(pkg, 'data'), { recursive: true });
  cpSync(join(packageDir, 'package.json'), join(pkg, 'package.json'));
  changeset('README.md', '# not a changeset\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the changeset check', () => {
  it('passes when the pending changesets bump as far as the data requires', () => {
    changeset('a.md', "---\n'@parley/dataset': patch\n'@parley/lint': major\n---\n\nFixed a value.\n");
    changeset('b.md', '---\n"@parley/dataset": minor\n---\n\nNew records.\n');
    const check = checkRelease(pkg, { from: join(packageDir, 'dist', 'dataset.json') });
    expect(check.implied).toBe('none');
    expect(check.planned).toBe('minor');
    expect(check.problems).toEqual([]);
  });

  it('refuses a patch changeset for a record removed without a redirect', () => {
    changeset('fix.md', "---\n'@parley/dataset': patch\n---\n\nFixed a value.\n");
    unlinkSync(join(pkg, 'data/person/tyler-hicks.yaml'));
    const check = checkRelease(pkg, { from: join(packageDir, 'dist', 'dataset.json') });
    expect(check.problems).toEqual([
      'the data changes since ' +
        join(packageDir, 'dist', 'dataset.json') +
        ' need a major release of @parley/dataset (removed without a redirect: tyler-hicks), but the pending changesets plan a patch (.changeset/fix.md: patch); run pnpm changeset and choose major',
    ]);
  });

  it('refuses data changes with no changeset for the dataset at all', () => {
    changeset('lint.md', "---\n'@parley/lint': minor\n---\n\nLint only.\n");
    const check = checkRelease(pkg, { from: 'nothing' });
    expect(check.problems[0]).toMatch(/need a minor release .* but the pending changesets plan no release/);
  });

  it('names a changeset whose frontmatter changesets cannot read', () => {
    changeset('broken.md', "---\n\n## '@parley/dataset': minor\n\nText.\n");
    expect(() => pendingBumps(join(root, '.changeset'), '@parley/dataset')).toThrow(
      '.changeset/broken.md:1: a changeset starts with frontmatter between two "---" lines',
    );
  });

  it('names a bump that is not one', () => {
    changeset('typo.md', "---\n'@parley/dataset': minro\n---\n\nText.\n");
    expect(() => pendingBumps(join(root, '.changeset'), '@parley/dataset')).toThrow(
      '.changeset/typo.md: @parley/dataset: "minro" is not a bump (patch, minor or major)',
    );
  });

  it('reads every changeset of this repository', () => {
    expect(() => pendingBumps(join(packageDir, '..', '..', '.changeset'), '@parley/dataset')).not.toThrow();
  });
});
