/**
 * Records added, removed and changed between two versions of the data, field by field, in words.
 *
 *   tsx scripts/diff.ts [FROM] [TO] [--json]
 *
 * FROM and TO are git refs (a tag such as @parley/dataset@0.1.0, a branch, a commit), a built dataset.json
 * (of a published version), `worktree` or `nothing`. FROM defaults to the last release, TO to the work tree.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageDir } from './package-dir.js';
import { diffSnapshots } from './release/data-diff.js';
import { lastRelease } from './release/last-release.js';
import { releaseNotes } from './release/notes.js';
import { impliedBump } from './release/semver.js';
import { readSnapshot } from './release/snapshot.js';

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const [from, to] = args.filter((a) => !a.startsWith('--'));
  try {
    const diff = diffSnapshots(
      readSnapshot(packageDir, from ?? lastRelease(packageDir)),
      readSnapshot(packageDir, to ?? 'worktree'),
    );
    const { bump, reasons } = impliedBump(diff);
    if (json) console.log(JSON.stringify({ ...diff, bump, reasons }, null, 2));
    else {
      process.stdout.write(releaseNotes(diff));
      console.log(
        `\nRelease needed under the semver policy: ${bump}${reasons.length ? ` (${reasons.map((r) => r.why).join('; ')})` : ''}`,
      );
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
