import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packageDir } from '../../scripts/build.js';
import { diffSnapshots, fieldChanges } from '../../scripts/release/data-diff.js';
import { releaseNotes } from '../../scripts/release/notes.js';
import { impliedBump } from '../../scripts/release/semver.js';
import { emptySnapshot, readDataDir, readGitRef, readSnapshot } from '../../scripts/release/snapshot.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-diff-'));
  cpSync(join(packageDir, 'data'), join(dir, 'data'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (file: string, change: (s: string) => string) => {
  const path = join(dir, 'data', file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
};

describe('fieldChanges', () => {
  it('names each changed leaf by its path, and matches list items wherever they moved', () => {
    expect(
      fieldChanges(
        {
          value: { amount: 4720, exactness: 'exact' },
          names: [{ text: 'Kyiv' }, { text: 'Kiev' }],
          tags: ['a'],
        },
        {
          value: { amount: 472, exactness: 'exact' },
          names: [{ text: 'Kyyiv' }, { text: 'Kyiv' }, { text: 'Kiev' }],
          tags: ['b'],
        },
      ),
    ).toEqual([
      { path: 'value.amount', change: 'changed', before: 4720, after: 472 },
      { path: 'names[0]', change: 'added', after: { text: 'Kyyiv' } },
      { path: 'tags[0]', change: 'removed', before: 'a' },
      { path: 'tags[0]', change: 'added', after: 'b' },
    ]);
  });
});

describe('diff between two versions of the data', () => {
  it('finds nothing between a version and itself', () => {
    const d = diffSnapshots(readDataDir(packageDir), readDataDir(dir));
    expect(d.added.length + d.removed.length + d.changed.length).toBe(0);
    expect(impliedBump(d).bump).toBe('none');
  });

  it('reports a corrected value field by field, in words, as a patch', () => {
    edit('figure/drones-launched-overnight-2025-06-01-reuters-far-apart.yaml', (s) =>
      s.replace('amount: 472', 'amount: 4720'),
    );
    const d = diffSnapshots(readDataDir(packageDir), readDataDir(dir, 'edited'));
    expect(d.changed).toEqual([
      {
        id: 'drones-launched-overnight-2025-06-01-reuters-far-apart',
        kind: 'figure',
        fields: [{ path: 'value.amount', change: 'changed', before: 472, after: 4720 }],
      },
    ]);
    expect(releaseNotes(d)).toContain(
      '- figure `drones-launched-overnight-2025-06-01-reuters-far-apart`: value.amount: 472 → 4720',
    );
    expect(impliedBump(d).bump).toBe('patch');
  });

  it('calls an added record minor and a record removed without a redirect major', () => {
    cpSync(join(dir, 'data/person/keith-kellogg.yaml'), join(dir, 'data/person/ada-example.yaml'));
    let d = diffSnapshots(readDataDir(packageDir), readDataDir(dir));
    expect(d.added.map((a) => a.id)).toEqual(['ada-example']);
    expect(impliedBump(d).bump).toBe('minor');
    unlinkSync(join(dir, 'data/person/tyler-hicks.yaml'));
    d = diffSnapshots(readDataDir(packageDir), readDataDir(dir));
    const implied = impliedBump(d);
    expect(implied.bump).toBe('major');
    expect(implied.reasons[0]!.why).toBe('removed without a redirect: tyler-hicks');
    expect(releaseNotes(d)).toContain('- person `tyler-hicks`: removed, no redirect');
  });

  it('calls an id retired with a redirect minor, and says where it went', () => {
    unlinkSync(join(dir, 'data/person/tyler-hicks.yaml'));
    writeFileSync(
      join(dir, 'data/redirects.yaml'),
      `${readFileSync(join(dir, 'data/redirects.yaml'), 'utf8')}- id: tyler-hicks\n  moved: keith-kellogg\n  reason: test\n`,
    );
    const d = diffSnapshots(readDataDir(packageDir), readDataDir(dir));
    expect(impliedBump(d).bump).toBe('minor');
    expect(releaseNotes(d)).toContain('- person `tyler-hicks`: moved to `keith-kellogg` (test)');
  });

  it('reads the data of a git ref without touching the work tree, and counts a first release by kind', () => {
    const head = readGitRef(packageDir, 'HEAD');
    expect(head.records.get('reuters-far-apart')?.kind).toBe('source');
    const first = diffSnapshots(emptySnapshot(), head);
    expect(first.added.length).toBe(head.records.size);
    expect(releaseNotes(first)).toMatch(/^Data: first release, \d+ records \(\d+ sources, \d+ people, /);
    expect(() => readSnapshot(packageDir, 'no-such-ref-xyz')).toThrow(
      '"no-such-ref-xyz" is not a commit, branch or tag of this repository',
    );
  });

  it('reads a built dataset.json the same as the data it was built from', () => {
    const built = readSnapshot(packageDir, join(packageDir, 'dist', 'dataset.json'));
    const d = diffSnapshots(readDataDir(packageDir), built);
    expect(d.added.length + d.removed.length).toBe(0);
  });
});
