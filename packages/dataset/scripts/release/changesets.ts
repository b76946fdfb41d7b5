import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Bump } from './semver.js';

/** A pending changeset's bump of one package. */
export interface PendingBump {
  file: string;
  bump: Exclude<Bump, 'none'>;
}

const bumps = new Set(['patch', 'minor', 'major']);

/**
 * Reads every pending changeset in `.changeset/` and returns the bumps it gives `pkg`. A changeset whose
 * frontmatter changesets cannot read is an error naming the file, since `changeset version` would refuse
 * the whole release for it.
 */
export function pendingBumps(changesetDir: string, pkg: string): PendingBump[] {
  if (!existsSync(changesetDir)) throw new Error(`${changesetDir} does not exist`);
  const out: PendingBump[] = [];
  for (const name of readdirSync(changesetDir)
    .filter((n) => n.endsWith('.md') && n !== 'README.md')
    .sort()) {
    const file = join('.changeset', name);
    const text = readFileSync(join(changesetDir, name), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
    if (!m) throw new Error(`${file}:1: a changeset starts with frontmatter between two "---" lines`);
    const front = (parse(m[1]!) ?? {}) as Record<string, unknown>;
    if (typeof front !== 'object' || Array.isArray(front))
      throw new Error(`${file}:2: the frontmatter is a mapping of package name to bump`);
    for (const [name, bump] of Object.entries(front)) {
      if (!bumps.has(String(bump)))
        throw new Error(`${file}: ${name}: "${String(bump)}" is not a bump (patch, minor or major)`);
      if (name === pkg) out.push({ file, bump: bump as PendingBump['bump'] });
    }
  }
  return out;
}
