import type { DataDiff } from './data-diff.js';

/** A semver bump, as changesets names them; `none` when nothing changed. */
export type Bump = 'none' | 'patch' | 'minor' | 'major';

export const bumpOrder: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

export const atLeast = (bump: Bump, floor: Bump): boolean =>
  bumpOrder.indexOf(bump) >= bumpOrder.indexOf(floor);

export const highest = (bumps: Iterable<Bump>): Bump =>
  [...bumps].reduce<Bump>((a, b) => (atLeast(a, b) ? a : b), 'none');

/** One reason for a bump, in words, for the check's message. */
export interface BumpReason {
  bump: Bump;
  why: string;
}

/**
 * The data's side of the semver policy written in the package README:
 * - major: a record removed without a redirect, or an id that now names a record of another kind (a
 *   consumer holding the id breaks);
 * - minor: records added, or an id retired with a redirect (`index.resolve` still finds it);
 * - patch: a record's values corrected (any field added, removed or changed in a record that stays).
 */
export function impliedBump(diff: DataDiff): { bump: Bump; reasons: BumpReason[] } {
  const reasons: BumpReason[] = [];
  const unredirected = diff.removed.filter((r) => !r.redirect);
  if (unredirected.length > 0)
    reasons.push({
      bump: 'major',
      why: `removed without a redirect: ${unredirected.map((r) => r.id).join(', ')}`,
    });
  const rekinded = diff.changed.filter((c) => c.kindBefore);
  if (rekinded.length > 0)
    reasons.push({
      bump: 'major',
      why: `an id now names another kind of record: ${rekinded.map((c) => `${c.id} (${c.kindBefore} → ${c.kind})`).join(', ')}`,
    });
  if (diff.added.length > 0) reasons.push({ bump: 'minor', why: `${diff.added.length} record(s) added` });
  const redirected = diff.removed.filter((r) => r.redirect);
  if (redirected.length > 0)
    reasons.push({
      bump: 'minor',
      why: `retired with a redirect: ${redirected.map((r) => r.id).join(', ')}`,
    });
  const corrected = diff.changed.filter((c) => !c.kindBefore);
  if (corrected.length > 0) reasons.push({ bump: 'patch', why: `${corrected.length} record(s) corrected` });
  return { bump: highest(reasons.map((r) => r.bump)), reasons };
}
