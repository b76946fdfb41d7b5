/**
 * A real VS Code (code-server from npm) in Debian's Chromium, driven by playwright-core, for the end-to-end
 * test. Every process is started in its own session (`detached`, i.e. setsid) and stopped by killing its
 * whole process group: code-server's extension host and the language server it forks would outlive a kill
 * of code-server's own PID.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const draftsDir = resolve(appDir, '..', '..', '..', 'shared', 'drafts');
export const resultsDir = join(appDir, 'test-results');
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Processes whose process group is `pgid`, read from /proc. */
function groupMembers(pgid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command: state, ppid, pgrp, …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) out.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left after a grace period. */
async function killGroup(child: ChildProcess | undefined): Promise<void> {
  const pgid = child?.pid;
  if (!pgid) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  for (let i = 0; i < 50 && groupMembers(pgid).length > 0; i++) await sleep(100);
  for (const pid of groupMembers(pgid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  for (let i = 0; i < 20 && groupMembers(pgid).length > 0; i++) await sleep(100);
}

export interface Session {
  page: Page;
  browser: Browser;
  workspace: string;
  /** Process groups still alive, for the test to assert that cleanup left nothing. */
  leftovers(): number[];
  close(): Promise<void>;
}

/**
 * Installs the .vsix into a fresh code-server profile, starts code-server on a free loopback port on a
 * copy of the drafts, and opens it in headless Chromium.
 */
export async function startSession(options: {
  codeServer: string;
  vsix: string;
  settings: object;
}): Promise<Session> {
  const root = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const home = join(root, 'home');
  const userData = join(root, 'user-data');
  const extensions = join(root, 'extensions');
  const temp = join(root, 'tmp');
  const workspace = join(root, 'drafts');
  for (const d of [home, join(userData, 'User'), extensions, temp]) mkdirSync(d, { recursive: true });
  // A copy: the quick fix edits a draft, and ../shared is read-only material.
  cpSync(draftsDir, workspace, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(options.settings, null, 2));
  const config = join(root, 'code-server.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  // HOME, XDG and TMPDIR inside the session folder: nothing is written to the user's profile, and
  // code-server's /tmp/vscode-*.sock files go away with the folder.
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    TMPDIR: temp,
  };
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
  execFileSync(options.codeServer, [...common, '--install-extension', options.vsix], { env, stdio: 'pipe' });

  const port = await freePort();
  const log = openSync(join(root, 'code-server.log'), 'a');
  let codeServer: ChildProcess | undefined;
  let browserProcess: ChildProcess | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await killGroup(browserProcess);
    await killGroup(codeServer);
    mkdirSync(resultsDir, { recursive: true });
    try {
      cpSync(join(root, 'code-server.log'), join(resultsDir, 'code-server.log'));
    } catch {
      // no log written
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    codeServer = spawn(
      options.codeServer,
      [
        ...common,
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        workspace,
      ],
      { env, detached: true, stdio: ['ignore', log, log] },
    );
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 300 || codeServer.exitCode !== null)
        throw new Error(`code-server did not start; see ${root}/code-server.log`);
      await sleep(100);
    }

    // Chromium started by us (setsid), so we can stop its whole group; Playwright drives it over CDP.
    browserProcess = spawn(
      CHROMIUM,
      [
        '--headless=new',
        '--remote-debugging-port=0',
        `--user-data-dir=${join(root, 'chromium')}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        '--window-size=1400,900',
        'about:blank',
      ],
      { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const endpoint = await new Promise<string>((done, fail) => {
      let err = '';
      const timer = setTimeout(() => fail(new Error(`chromium did not start: ${err}`)), 30_000);
      browserProcess!.stderr!.on('data', (b: Buffer) => {
        err += b.toString();
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          done(m[1]!);
        }
      });
      browserProcess!.once('exit', () => fail(new Error(`chromium exited: ${err}`)));
    });
    browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const groups = [browserProcess.pid!, codeServer.pid!];
    return {
      page,
      browser,
      workspace,
      leftovers: () => groups.flatMap(groupMembers),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Editor text uses non-breaking spaces for spaces. */
export const normalise = (s: string) => s.replace(/\u00a0/g, ' ');

/** Opens a file from the Explorer and waits until its text is in the editor. */
export async function openFile(page: Page, name: string, firstLine: string): Promise<void> {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.waitForFunction(
    ([tab, text]) => {
      const active = document.querySelector('.tab.active');
      const editor = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
      return (
        active?.textContent?.includes(tab as string) &&
        (editor?.textContent ?? '').replace(/\u00a0/g, ' ').includes(text as string)
      );
    },
    [name, firstLine],
    { timeout: 30_000 },
  );
}

/** 1-based lines of the active editor that carry a warning or error squiggle. */
export function squiggleLines(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return [];
    const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
      .map((el) => ({
        top: Number.parseFloat((el.parentElement as HTMLElement).style.top),
        n: Number(el.textContent),
      }))
      .filter((l) => l.n > 0);
    const lines = new Set<number>();
    for (const el of editor.querySelectorAll(
      '.view-overlays .squiggly-warning, .view-overlays .squiggly-error',
    )) {
      const top = Number.parseFloat((el.parentElement as HTMLElement).style.top);
      // With word wrap a line spans several view lines; it is the last numbered one at or above.
      let best: { top: number; n: number } | undefined;
      for (const l of numbers) if (l.top <= top && (!best || l.top > best.top)) best = l;
      if (best) lines.add(best.n);
    }
    return [...lines].sort((a, b) => a - b);
  });
}

/** Centre of the `nth` occurrence of `text` on 1-based `line` of the active editor, in page coordinates. */
export async function textBox(
  page: Page,
  line: number,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const box = await page.evaluate(
    ({ line, text, nth }) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor')!;
      const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')];
      const number = numbers.find((el) => Number(el.textContent) === line);
      if (!number) return undefined;
      const top = Number.parseFloat((number.parentElement as HTMLElement).style.top);
      // The view lines of this line: from its top to the next numbered line's top.
      const next = numbers
        .map((el) => Number.parseFloat((el.parentElement as HTMLElement).style.top))
        .filter((t) => t > top)
        .sort((a, b) => a - b)[0];
      const views = [...editor.querySelectorAll<HTMLElement>('.view-lines .view-line')]
        .filter((v) => {
          const t = Number.parseFloat(v.style.top);
          return t >= top && (next === undefined || t < next);
        })
        .sort((a, b) => Number.parseFloat(a.style.top) - Number.parseFloat(b.style.top));
      const nodes: { node: Text; start: number }[] = [];
      let all = '';
      for (const view of views) {
        const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, start: all.length });
          all += (n.textContent ?? '').replace(/\u00a0/g, ' ');
        }
      }
      let at = -1;
      for (let i = 0; i <= nth; i++) {
        at = all.indexOf(text, at + 1);
        if (at < 0) return undefined;
      }
      const locate = (offset: number) => {
        const hit = [...nodes].reverse().find((n) => n.start <= offset)!;
        return { node: hit.node, offset: offset - hit.start };
      };
      const range = document.createRange();
      const s = locate(at);
      const e = locate(at + text.length - 1);
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset + 1);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { line, text, nth },
  );
  if (!box) throw new Error(`“${text}” is not on line ${line} of the editor`);
  return box;
}

/** Text of 1-based `line` of the active editor (its view lines in visual order, when wrapped). */
export function lineText(page: Page, line: number): Promise<string | undefined> {
  return page.evaluate((line) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return undefined;
    const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')];
    const number = numbers.find((el) => Number(el.textContent) === line);
    if (!number) return undefined;
    const top = Number.parseFloat((number.parentElement as HTMLElement).style.top);
    const next = numbers
      .map((el) => Number.parseFloat((el.parentElement as HTMLElement).style.top))
      .filter((t) => t > top)
      .sort((a, b) => a - b)[0];
    return [...editor.querySelectorAll<HTMLElement>('.view-lines .view-line')]
      .filter((v) => {
        const t = Number.parseFloat(v.style.top);
        return t >= top && (next === undefined || t < next);
      })
      .sort((a, b) => Number.parseFloat(a.style.top) - Number.parseFloat(b.style.top))
      .map((v) => (v.textContent ?? '').replace(/\u00a0/g, ' '))
      .join('');
  }, line);
}

/** Hovers the text and returns the hover widget's text once it contains `expect`. */
export async function hoverText(page: Page, at: { x: number; y: number }, expect: string): Promise<string> {
  await page.mouse.move(at.x - 200, at.y + 200);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expect }).first();
  await hover.waitFor({ state: 'visible', timeout: 30_000 });
  return normalise((await hover.textContent()) ?? '');
}
