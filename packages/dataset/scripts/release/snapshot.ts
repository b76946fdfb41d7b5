import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Kind, kinds } from '../../schema/index.js';

/** One record as a release sees it: its kind and its fields, as authored. */
export interface SnapshotRecord {
  kind: Kind;
  record: Record<string, unknown>;
}

/** The dataset at one point in its history: every record by id, and the retired ids. */
export interface Snapshot {
  /** What was read: a git ref, a dataset.json path, "work tree" or "nothing". */
  label: string;
  records: Map<string, SnapshotRecord>;
  /** Retired id → where it went (data/redirects.yaml). */
  redirects: Map<string, { moved?: string; split?: string[]; reason: string }>;
}

/** The dataset before its first release: nothing. */
export const emptySnapshot = (): Snapshot => ({ label: 'nothing', records: new Map(), redirects: new Map() });

/**
 * Reads `data/` of a package directory as authored. Records are taken as parsed YAML, not re-validated: an
 * old ref was valid under its own schema, which need not be today's.
 */
export function readDataDir(packageDir: string, label = 'work tree'): Snapshot {
  const dataDir = join(packageDir, 'data');
  if (!existsSync(dataDir)) throw new Error(`${label}: no data/ directory at ${dataDir}`);
  const snapshot: Snapshot = { label, records: new Map(), redirects: new Map() };
  for (const kind of Object.keys(kinds) as Kind[]) {
    const dir = join(dataDir, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const id = name.slice(0, -'.yaml'.length);
      const record = (parse(readFileSync(join(dir, name), 'utf8')) ?? {}) as Record<string, unknown>;
      snapshot.records.set(id, { kind, record: { id, ...record } });
    }
  }
  const redirects = join(dataDir, 'redirects.yaml');
  if (existsSync(redirects))
    for (const r of (parse(readFileSync(redirects, 'utf8')) ?? []) as { id: string }[])
      snapshot.redirects.set(r.id, r as never);
  return snapshot;
}

/**
 * Reads the data as it was at a git ref, by extracting that ref's `data/` into a temporary directory
 * (`git archive`), so the work tree is never touched.
 */
export function readGitRef(packageDir: string, ref: string): Snapshot {
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new Error(`"${ref}" is not a commit, branch or tag of this repository`);
  }
  const prefix = git(['rev-parse', '--show-prefix']).trim();
  const top = git(['rev-parse', '--show-toplevel']).trim();
  const tmp = mkdtempSync(join(tmpdir(), 'parley-dataset-ref-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', ref, '--', `${prefix}data`], {
      cwd: top,
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    execFileSync('tar', ['-x', '-C', tmp], { input: tar });
    return readDataDir(join(tmp, prefix), ref);
  } catch (e) {
    if (e instanceof Error && /did not match any files/.test(String((e as { stderr?: unknown }).stderr)))
      throw new Error(`${ref} has no ${prefix}data directory`);
    throw e;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Reads a built dataset document (dist/dataset.json of any published version). */
export function readDatasetJson(path: string): Snapshot {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const snapshot: Snapshot = { label: path, records: new Map(), redirects: new Map() };
  for (const [kind, { collection }] of Object.entries(kinds) as [Kind, { collection: string }][])
    for (const record of (doc[collection] ?? []) as Record<string, unknown>[])
      snapshot.records.set(String(record.id), { kind, record });
  for (const r of (doc.redirects ?? []) as { id: string }[]) snapshot.redirects.set(r.id, r as never);
  return snapshot;
}

/**
 * A snapshot named the way the `diff` command takes it: `.` or `worktree` for the work tree, `nothing` for
 * before the first release, a path ending in `.json` for a built dataset.json, anything else a git ref.
 */
export function readSnapshot(packageDir: string, spec: string): Snapshot {
  if (spec === '.' || spec === 'worktree') return readDataDir(packageDir);
  if (spec === 'nothing') return emptySnapshot();
  if (spec.endsWith('.json')) return readDatasetJson(spec);
  return readGitRef(packageDir, spec);
}
