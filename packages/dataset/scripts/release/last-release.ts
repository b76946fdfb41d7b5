import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The snapshot the next release is compared with: the git tag `changeset publish` made for the version in
 * package.json, or `nothing` while the package has never been released (version 0.0.0).
 */
export function lastRelease(packageDir: string): string {
  const { name, version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  if (version === '0.0.0') return 'nothing';
  const tag = `${name}@${version}`;
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], {
      cwd: packageDir,
      stdio: 'ignore',
    });
    return tag;
  } catch {
    throw new Error(
      `${name} is at ${version} but there is no git tag ${tag} to compare with; pass the released ref or dataset.json`,
    );
  }
}
