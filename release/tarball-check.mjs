// Checks one packed tarball the way a consumer's install would meet it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';

/**
 * @typedef {{ tarball: string, name: string, version: string, bytes: number, files: string[], problems: string[], tools: string[] }} TarballReport
 */

/**
 * Opens a tarball and checks what every release must carry: LICENSE, CHANGELOG.md, every file its
 * package.json lists in `files`, no source-map comment pointing at a map it leaves out; then runs publint
 * (--strict) and @arethetypeswrong/cli (ESM profile: the packages are ESM only) on it.
 * @param {string} tarball absolute path of a .tgz
 * @param {string} bin directory holding the publint and attw executables
 * @returns {TarballReport}
 */
export function checkTarball(tarball, bin) {
  const dir = mkdtempSync(join(tmpdir(), 'parley-tarball-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''))
      .sort();
    const have = new Set(files);
    const pkg = JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8'));
    const problems = [];
    for (const required of ['LICENSE', 'CHANGELOG.md', 'README.md'])
      if (!have.has(required)) problems.push(`${required} is missing`);
    // Every plain entry of `files` must be there (globs and negations are patterns, not promises).
    for (const entry of pkg.files ?? [])
      if (!/[*!]/.test(entry) && !files.some((f) => f === entry || f.startsWith(`${entry}/`)))
        problems.push(`"files" lists ${entry}, which is not in the tarball`);
    for (const f of files.filter((x) => /\.(m?js|d\.m?ts)$/.test(x))) {
      const ref = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(dir, 'package', f), 'utf8'))?.[1];
      if (ref && !ref.startsWith('data:') && !have.has(posix.join(posix.dirname(f), ref)))
        problems.push(`${f} points at ${ref}, which is not in the tarball`);
    }
    const tools = [];
    const tool = (label, cmd, args) => {
      try {
        const out = execFileSync(join(bin, cmd), args, {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        tools.push(`${label}: ok`);
        return out;
      } catch (e) {
        problems.push(`${label} failed:\n${String(e.stdout ?? '')}${String(e.stderr ?? '')}`.trim());
        tools.push(`${label}: FAILED`);
      }
    };
    tool('publint --strict', 'publint', [tarball, '--strict']);
    tool('attw --profile esm-only', 'attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
    return {
      tarball,
      name: pkg.name,
      version: pkg.version,
      bytes: statSync(tarball).size,
      files,
      problems,
      tools,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
