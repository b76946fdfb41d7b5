#!/usr/bin/env node
// `pnpm release`: versions, builds, packs and checks every public package, without a registry.
//
//   pnpm release                 in a throwaway clone of HEAD: the repository is not touched
//   pnpm release -- --in-place   in this repository (the release commit: consumes the pending changesets)
//   pnpm release -- --out DIR    where the tarballs and notes go (default: ./release/out)
//
// Steps: the dataset's release check and its data release notes (a changeset carrying the diff, so that
// `changeset version` writes it into the dataset's CHANGELOG.md), `changeset version`, build, `pnpm pack`
// of each public package, then LICENSE / CHANGELOG / files / source-map checks, publint and attw on each
// tarball. Publishing is a separate, deliberate step: see the root README.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTarball } from './tarball-check.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const inPlace = args.includes('--in-place');
const outArg = args.indexOf('--out');
const out = resolve(outArg >= 0 ? args[outArg + 1] : join(repo, 'release', 'out'));
// The clone lives elsewhere, so point it at the same source articles this checkout uses.
const seeds = resolve(process.env.PARLEY_SEEDS ?? join(repo, '..', 'shared', 'seeds'));
const pnpmBin =
  process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? process.env.npm_execpath : null;

const started = Date.now();
const step = (what) => console.log(`\n[release ${((Date.now() - started) / 1000).toFixed(0)}s] ${what}`);
const sh = (cmd, cmdArgs, cwd, quiet = false) =>
  execFileSync(cmd, cmdArgs, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PARLEY_SEEDS: seeds },
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
const pnpm = (cmdArgs, cwd, quiet) =>
  pnpmBin ? sh(process.execPath, [pnpmBin, ...cmdArgs], cwd, quiet) : sh('pnpm', cmdArgs, cwd, quiet);

/** Public packages of the workspace: the ones a registry would get. */
function publicPackages(root) {
  return ['packages', 'apps'].flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group))
          .map((name) => join(root, group, name))
          .filter((dir) => existsSync(join(dir, 'package.json')))
          .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
          .filter(({ pkg }) => !pkg.private)
      : [],
  );
}

let work = repo;
let scratch = null;
try {
  if (!inPlace) {
    step('cloning HEAD into a throwaway directory (uncommitted changes are not released)');
    scratch = mkdtempSync(join(tmpdir(), 'parley-release-'));
    work = join(scratch, 'parley');
    sh('git', ['clone', '--quiet', '--no-hardlinks', repo, work], repo);
    sh('git', ['checkout', '--quiet', '--detach', sh('git', ['rev-parse', 'HEAD'], repo, true).trim()], work);
    // Tags mark released versions, which the dataset diff compares with.
    sh('git', ['fetch', '--quiet', '--tags', repo], work);
    step('installing from the local store (no registry needed when the store is warm)');
    pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], work);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  step('@parley/dataset: release check and data release notes from the diff');
  pnpm(
    [
      '--filter',
      '@parley/dataset',
      'release:check',
      '--notes',
      join(out, 'dataset-data-changes.md'),
      '--changeset',
    ],
    work,
  );

  step('changeset version (CHANGELOG.md and versions from the pending changesets)');
  pnpm(['exec', 'changeset', 'version'], work);

  step('building every package');
  pnpm(['turbo', 'run', 'build', '--output-logs=errors-only'], work);

  const packages = publicPackages(work);
  step(`packing ${packages.map((p) => p.pkg.name).join(', ')}`);
  for (const { dir } of packages) pnpm(['pack', '--pack-destination', out], dir, true);

  step('checking each tarball (LICENSE, CHANGELOG.md, files, source maps, publint, attw)');
  const bin = join(repo, 'node_modules', '.bin');
  const reports = readdirSync(out)
    .filter((f) => f.endsWith('.tgz'))
    .sort()
    .map((f) => checkTarball(join(out, f), bin));
  for (const { dir, pkg } of packages) {
    const log = join(dir, 'CHANGELOG.md');
    if (existsSync(log))
      cpSync(log, join(out, `${pkg.name.replace('@', '').replace('/', '-')}.CHANGELOG.md`));
  }
  const lines = reports.map(
    (r) =>
      `${r.name}@${r.version}  ${(r.bytes / 1024).toFixed(1)} kB  ${r.files.length} files  ${r.tools.join(', ')}${
        r.problems.length ? `\n  ${r.problems.join('\n  ')}` : ''
      }`,
  );
  writeFileSync(join(out, 'summary.txt'), `${lines.join('\n')}\n`);
  console.log(`\n${lines.join('\n')}`);
  console.log(`\ntarballs, changelogs and notes in ${relative(process.cwd(), out) || '.'}`);
  if (reports.some((r) => r.problems.length > 0)) process.exitCode = 1;
  else if (inPlace)
    console.log(
      'versions and CHANGELOGs written in place: review, commit, then publish (root README, "Releasing")',
    );
} catch (e) {
  console.error(`release failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
  process.exitCode = 1;
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
