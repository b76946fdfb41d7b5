import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Converts a glob (`*`, `**`, `?`, `{a,b}`) to a RegExp over /-separated relative paths. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, close)
          .split(',')
          .map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&'))
          .join('|')})`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const SKIP = new Set(['node_modules', '.git', 'dist', '.turbo']);

/** What the file arguments expand to: the drafts found, arguments naming nothing, folders with no drafts. */
export interface Expanded {
  files: string[];
  missing: string[];
  /** Folders given as arguments that hold no .md, .markdown or .txt file. */
  empty: string[];
}

/** Expands file arguments and globs to existing files, in argument order; reports arguments that match nothing. */
export function expandFiles(args: string[], cwd: string): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  for (const arg of args) {
    if (!/[*?{[]/.test(arg)) {
      const p = resolve(cwd, arg);
      if (existsSync(p) && statSync(p).isFile()) files.push(p);
      else if (existsSync(p) && statSync(p).isDirectory()) {
        const drafts = walk(p).filter((f) => /\.(?:md|markdown|txt)$/i.test(f));
        if (drafts.length === 0) empty.push(arg);
        files.push(...drafts);
      } else missing.push(arg);
      continue;
    }
    const parts = arg.split(/[\\/]/);
    const fixed: string[] = [];
    while (parts.length > 1 && !/[*?{[]/.test(parts[0]!)) fixed.push(parts.shift()!);
    const base = resolve(cwd, fixed.join('/') || '.');
    const re = globToRegExp(parts.join('/'));
    const found = existsSync(base)
      ? walk(base).filter((f) => re.test(relative(base, f).split(sep).join('/')))
      : [];
    if (found.length === 0) missing.push(arg);
    files.push(...found.sort());
  }
  return { files: [...new Set(files)], missing, empty };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** The nearest `parley.config.json` in the draft's folder or above it. */
export function findConfigFile(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    const candidate = join(dir, 'parley.config.json');
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
