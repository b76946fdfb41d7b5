/**
 * Checks that the pending changesets bump @parley/dataset at least as far as the data changes since the last
 * release require (the semver policy in the README), and writes the data's release notes.
 *
 *   tsx scripts/release-check.ts [--from SPEC] [--notes FILE] [--changeset]
 *
 * --notes FILE   write the release notes (the diff in words) to FILE
 * --changeset    also write .changeset/dataset-data-changes.md carrying the notes, so that
 *                `changeset version` puts them into CHANGELOG.md (the release script does this in its
 *                throwaway clone; never commit it)
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageDir } from './package-dir.js';
import { checkRelease } from './release/check.js';
import { releaseNotes } from './release/notes.js';

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  try {
    const from = option('--from');
    const check = checkRelease(packageDir, from ? { from } : {});
    const notes = releaseNotes(check.diff);
    const notesFile = option('--notes');
    if (notesFile) writeFileSync(resolve(notesFile), notes);
    if (args.includes('--changeset') && check.implied !== 'none')
      writeFileSync(
        join(packageDir, '..', '..', '.changeset', 'dataset-data-changes.md'),
        `---\n'@parley/dataset': ${check.implied}\n---\n\n${notes}`,
      );
    console.log(
      `@parley/dataset: the data since ${check.diff.from} needs ${check.implied}; the changesets plan ${check.planned}`,
    );
    for (const p of check.problems) console.error(`release check: ${p}`);
    process.exit(check.problems.length > 0 ? 1 : 0);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
