import { join } from 'node:path';
import { type PendingBump, pendingBumps } from './changesets.js';
import { type DataDiff, diffSnapshots } from './data-diff.js';
import { lastRelease } from './last-release.js';
import { atLeast, type Bump, type BumpReason, highest, impliedBump } from './semver.js';
import { readSnapshot } from './snapshot.js';

/** What a release of the dataset would ship, and whether its changesets say enough. */
export interface ReleaseCheck {
  diff: DataDiff;
  implied: Bump;
  reasons: BumpReason[];
  pending: PendingBump[];
  planned: Bump;
  /** Empty when the pending changesets bump at least as far as the data requires. */
  problems: string[];
}

/**
 * Compares the data with the last release and the pending changesets' bump of the package with what the
 * diff implies under the README's semver policy.
 */
export function checkRelease(
  packageDir: string,
  opts: { from?: string; to?: string; pkg?: string } = {},
): ReleaseCheck {
  const pkg = opts.pkg ?? '@parley/dataset';
  const diff = diffSnapshots(
    readSnapshot(packageDir, opts.from ?? lastRelease(packageDir)),
    readSnapshot(packageDir, opts.to ?? 'worktree'),
  );
  const { bump: implied, reasons } = impliedBump(diff);
  const pending = pendingBumps(join(packageDir, '..', '..', '.changeset'), pkg);
  const planned = highest(pending.map((p) => p.bump));
  const problems: string[] = [];
  if (!atLeast(planned, implied))
    problems.push(
      `the data changes since ${diff.from} need a ${implied} release of ${pkg} (${reasons
        .filter((r) => r.bump === implied)
        .map((r) => r.why)
        .join('; ')}), but the pending changesets plan ${planned === 'none' ? 'no release' : `a ${planned}`}${
        pending.length > 0 ? ` (${pending.map((p) => `${p.file}: ${p.bump}`).join(', ')})` : ''
      }; run pnpm changeset and choose ${implied}`,
    );
  return { diff, implied, reasons, pending, planned, problems };
}
