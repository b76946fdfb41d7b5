import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageDir } from '../scripts/build.js';

const require = createRequire(import.meta.url);
// What `npm install @parley/dataset` gives another project: pack, install outside the workspace, import, type-check.
const tmp = mkdtempSync(join(tmpdir(), 'parley-pack-'));
let tarball = '';
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// pnpm itself: the one running this (npm_execpath), else the one on PATH, else the pinned release via npx.
const pnpm = (args: string[]) => {
  const self = process.env.npm_execpath;
  if (self && /pnpm/.test(self)) return run(process.execPath, [self, ...args], packageDir);
  try {
    return run('pnpm', args, packageDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    return run('npx', ['-y', 'pnpm@10.34.9', ...args], packageDir);
  }
};

beforeAll(() => {
  pnpm(['pack', '--pack-destination', tmp]);
  const name = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!name) throw new Error('pnpm pack produced no tarball');
  tarball = join(tmp, name);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packed package', () => {
  it('holds dist and no article text', () => {
    const files = run('tar', ['-tzf', tarball], tmp).split('\n').filter(Boolean);
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.d.ts');
    expect(files).toContain('package/dist/dataset.json');
    expect(files).toContain('package/dist/dataset.schema.json');
    expect(files.some((f) => f.endsWith('.txt') || f.includes('/data/'))).toBe(false);
  });

  it('carries its licence and changelog, and references no file it leaves out', () => {
    const files = new Set(run('tar', ['-tzf', tarball], tmp).split('\n').filter(Boolean));
    expect(files).toContain('package/LICENSE');
    expect(files).toContain('package/CHANGELOG.md');
    // A source-map comment pointing at a file the tarball lacks sends debuggers and editors nowhere.
    const code = [...files].filter((f) => /\.(js|d\.ts)$/.test(f));
    const dir = join(tmp, 'unpacked');
    mkdirSync(dir);
    run('tar', ['-xzf', tarball, '-C', dir], tmp);
    for (const f of code) {
      const ref = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(dir, f), 'utf8'))?.[1];
      if (ref) expect(files, `${f} points at ${ref}`).toContain(posix.join(posix.dirname(f), ref));
    }
  });

  it('passes publint', () => {
    const out = run(join(packageDir, 'node_modules', '.bin', 'publint'), [tarball, '--strict'], tmp);
    expect(out).not.toMatch(/error|warning/i);
  });

  it('passes @arethetypeswrong/cli for ESM consumers', () => {
    // ESM only: CommonJS require() is out of scope by design. attw exits non-zero on any problem in the
    // profile, which makes run() throw.
    const out = run(
      join(packageDir, 'node_modules', '.bin', 'attw'),
      [tarball, '--profile', 'esm-only'],
      tmp,
    );
    expect(out).toMatch(/node16 \(from ESM\)/);
    expect(out).not.toMatch(/❌/);
  });

  it('installs into a throwaway project, imports as ESM and type-checks a consumer', () => {
    const app = join(tmp, 'consumer');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], app);
    writeFileSync(
      join(app, 'main.ts'),
      `import { index, sources, version, type Figure, type Person } from '@parley/dataset';
const keys: string[] = sources.map((s) => s.id);
const umerov: Person | undefined = index.person('rustem-umerov');
const reports: Figure[] = index.reportsOf('drones-launched-overnight-2025-06-01');
// @ts-expect-error: ids are strings, not numbers
index.get(42);
console.log(JSON.stringify({ version, keys, umerov: umerov?.names[0]?.text, reports: reports.map((f) => f.text) }));
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['main.ts'],
      }),
    );
    const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
    // Type-check, then emit and run the same consumer.
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
    run(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit', 'false', '--outDir', 'out'], app);
    const out = JSON.parse(run(process.execPath, ['out/main.js'], app));
    expect(out.keys).toContain('reuters-far-apart');
    expect(out.umerov).toBe('Rustem Umerov');
    expect(out.reports).toEqual(expect.arrayContaining(['472 drones']));
  });
});
