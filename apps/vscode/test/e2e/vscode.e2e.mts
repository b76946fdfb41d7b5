/**
 * End to end in a real VS Code: the built .vsix installed into code-server, a copy of ../shared/drafts open,
 * and what a reporter sees checked in the page. Expectations come from ../shared/drafts/expected.json and
 * from the engine itself, never from this file.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset, index } from '@parley/dataset';
import { inspect, lintWithContext } from '@parley/lint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appDir,
  draftsDir,
  hoverText,
  lineText,
  normalise,
  openFile,
  resultsDir,
  type Session,
  squiggleLines,
  startSession,
  textBox,
} from './session.mjs';

interface Planted {
  file: string;
  line: number;
  rule: string;
}
const planted: Planted[] = JSON.parse(readFileSync(join(draftsDir, 'expected.json'), 'utf8')).planted;
const draft = (file: string) => readFileSync(join(draftsDir, file), 'utf8');
const firstLine = (file: string) => draft(file).split('\n')[0]!;
const pkg = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));
const vsix = join(appDir, `${pkg.name}-${pkg.version}.vsix`);
const plain = (markdown: string) => markdown.replace(/\*\*|`/g, '');
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

const README_PICTURES = ['hover-figure', 'hover-name', 'diagnostics', 'quick-fix'];
let session: Session | undefined;
const shot = async (name: string) => {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}.png`);
  await session!.page.screenshot({ path: file });
  // PARLEY_UPDATE_SCREENSHOTS=1 refreshes the README's pictures from this run.
  if (process.env.PARLEY_UPDATE_SCREENSHOTS === '1' && README_PICTURES.includes(name))
    copyFileSync(file, join(appDir, 'images', `${name}.png`));
};

describe('the extension in code-server', () => {
  beforeAll(async () => {
    const codeServer = execFileSync('bash', [join(appDir, 'scripts', 'ensure-e2e.sh')], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    session = await startSession({
      codeServer,
      vsix,
      settings: {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'git.enabled': false,
        'editor.minimap.enabled': false,
        'editor.hover.delay': 100,
        'editor.fontSize': 15,
        // On, to show that the extension keeps VS Code's own link check from flagging `[@key]` citations.
        'markdown.validate.enabled': true,
      },
    });
  });

  afterAll(async () => {
    if (!session) return;
    const { leftovers } = session;
    await session.close();
    // Every process started (code-server, its extension host, the language server, Chromium) is gone.
    expect(leftovers()).toEqual([]);
  });

  const files = [...new Set(planted.map((p) => p.file))];
  for (const file of files) {
    it(`${file}: squiggles stand on exactly the lines expected.json names`, async () => {
      const { page } = session!;
      await openFile(page, file, firstLine(file));
      const want = [...new Set(planted.filter((p) => p.file === file).map((p) => p.line))].sort(
        (a, b) => a - b,
      );
      await expect.poll(() => squiggleLines(page), { timeout: 60_000, interval: 250 }).toEqual(want);
      if (file === files[0]) await shot('diagnostics-editor');
    });
  }

  it('shows the dataset version in the status bar', async () => {
    const item = session!.page.locator('.statusbar-item', { hasText: 'Parley' }).first();
    await expect
      .poll(async () => normalise((await item.textContent()) ?? ''), { timeout: 30_000 })
      .toContain(`Parley · dataset ${dataset.version}`);
  });

  it('hovering “Medinsky” shows his card', async () => {
    const { page } = session!;
    const file = files.find((f) => draft(f).includes('Medinsky'))!;
    const text = draft(file);
    const offset = text.indexOf('Medinsky');
    const card = inspect(lintWithContext(text, dataset).context, offset + 1)!;
    expect(card.kind).toBe('person');
    await openFile(page, file, firstLine(file));
    const [title, , description] = card.markdown.split('\n');
    const shown = await hoverText(page, await textBox(page, lineOf(text, offset), 'Medinsky'), plain(title!));
    expect(shown).toContain(plain(title!));
    expect(shown).toContain(description!.slice(0, 60));
    await shot('hover-name');
  });

  it('hovering a planted figure shows every recorded report of it', async () => {
    const { page } = session!;
    const p = planted.find((x) => x.rule === 'figure/mismatch')!;
    const text = draft(p.file);
    const { diagnostics, context } = lintWithContext(text, dataset);
    const d = diagnostics.find((x) => x.rule === p.rule && x.range.start.line + 1 === p.line)!;
    const card = inspect(context, d.start)!;
    expect(card.kind).toBe('figure');
    const reports = index.reportsOf(card.id).map((r) => r.text);
    expect(reports.length).toBeGreaterThan(1);
    await openFile(page, p.file, firstLine(p.file));
    const figure = text.slice(card.start, card.end);
    const lineStart = text.lastIndexOf('\n', card.start - 1) + 1;
    const nth = text.slice(lineStart, card.start).split(figure).length - 1;
    const shown = await hoverText(page, await textBox(page, p.line, figure, nth), reports[0]!);
    for (const r of reports) expect(shown).toContain(r);
    // The finding itself is in the same hover, with its rule.
    expect(shown).toContain(p.rule);
    // For the picture: into the hover (it stays while the pointer is on it) and scroll to the reports.
    const box = (await page.locator('.monaco-hover:not(.hidden)').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 5 });
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(300);
    await shot('hover-figure');
  });

  it('a quick fix changes the text, and the finding goes away', async () => {
    const { page } = session!;
    // The first planted finding the engine offers a fix for.
    const candidates = planted.flatMap((p) => {
      const text = draft(p.file);
      const d = lintWithContext(text, dataset).diagnostics.find(
        (x) => x.rule === p.rule && x.range.start.line + 1 === p.line && x.fixes.length > 0,
      );
      return d ? [{ p, d, text }] : [];
    });
    expect(candidates.length).toBeGreaterThan(0);
    const { p, d, text } = candidates[0]!;
    const fix = d.fixes[0]!;
    let fixed = text;
    for (const e of [...fix.edits].sort((a, b) => b.start - a.start))
      fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
    const fixedLine = fixed.split('\n')[p.line - 1]!;
    await openFile(page, p.file, firstLine(p.file));
    await expect.poll(() => squiggleLines(page), { timeout: 60_000 }).toContain(p.line);
    const flagged = text.slice(d.start, d.end);
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    const nth = text.slice(lineStart, d.start).split(flagged).length - 1;
    const at = await textBox(page, p.line, flagged, nth);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Control+Period');
    const item = page.locator('.action-widget .monaco-list-row', { hasText: fix.title }).first();
    await item.waitFor({ state: 'visible', timeout: 30_000 });
    await shot('quick-fix');
    // The widget blocks pointer events around it: choose with the keyboard, as most people do.
    for (let i = 0; i < 10; i++) {
      const focused = page.locator('.action-widget .monaco-list-row.focused').first();
      if (((await focused.textContent()) ?? '').includes(fix.title)) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => lineText(page, p.line), { timeout: 15_000 }).toBe(fixedLine);
    await shot('quick-fix-applied');
    const stillFlagged = lintWithContext(fixed, dataset)
      .diagnostics.filter((x) => x.severity === 'error' || x.severity === 'warning')
      .map((x) => x.range.start.line + 1);
    await expect
      .poll(() => squiggleLines(page), { timeout: 30_000 })
      .toEqual([...new Set(stillFlagged)].sort((a, b) => a - b));
  });

  it('the Problems panel lists the findings with their rule ids, and VS Code’s link check adds none', async () => {
    const { page } = session!;
    const file = files[0]!;
    await openFile(page, file, firstLine(file));
    await page.keyboard.press('Control+Shift+KeyM');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 30_000 });
    for (const p of planted.filter((x) => x.file === file))
      await expect
        .poll(async () => normalise((await panel.textContent()) ?? ''), { timeout: 30_000 })
        .toContain(p.rule);
    // Markdown validation is on in this profile; `[@key]` would read as an undefined reference link.
    expect(normalise((await panel.textContent()) ?? '')).not.toContain('No link definition found');
    expect(await squiggleLines(page)).toEqual(
      [...new Set(planted.filter((x) => x.file === file).map((x) => x.line))].sort((a, b) => a - b),
    );
    await shot('diagnostics');
  });
});
