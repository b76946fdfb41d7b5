/**
 * End to end in a real browser: Debian's Chromium (playwright-core) on the page as the real gateway serves
 * it. The drafts come from ../shared/drafts; what the page must show comes from expected.json and from the
 * engine run here in Node on the same text, never from this file.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { dataset } from '@parley/dataset';
import {
  type Config,
  citationFilterText,
  compile,
  type Diagnostic,
  inspect,
  lintWithContext,
} from '@parley/lint';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../harness/chromium.mjs';
import { startGateway } from '../../harness/gateway.mjs';

const appDir = new URL('../..', import.meta.url).pathname;
const resultsDir = join(appDir, 'test-results');
const draftsDir = process.env.PARLEY_DRAFTS ?? join(appDir, '../../../shared/drafts');
const require = createRequire(import.meta.url);

interface Planted {
  file: string;
  line: number;
  rule: string;
}
const planted: Planted[] = JSON.parse(readFileSync(join(draftsDir, 'expected.json'), 'utf8')).planted;
const files = [...new Set(planted.map((p) => p.file))].sort();

// Every draft, one after another, as a reporter would paste a long piece; each file's first line's number.
let pasted = '';
const firstLine = new Map<string, number>();
for (const file of files) {
  firstLine.set(file, pasted.split('\n').length);
  const text = readFileSync(join(draftsDir, file), 'utf8');
  pasted += `${text.endsWith('\n') ? text : `${text}\n`}\n`;
}
const plantedLines = planted.map((p) => ({ line: firstLine.get(p.file)! + p.line - 1, rule: p.rule }));

const model = compile(dataset);
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const squash = (s: string) =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The page's findings list as { line, rule, severity, message }. */
async function listed(page: Page) {
  return page.$$eval('#findings-list .finding button', (buttons) =>
    buttons.map((b) => ({
      line: Number(/Line (\d+)/.exec(b.querySelector('.finding-where')!.textContent!)![1]),
      rule: b.querySelector('.finding-rule')!.textContent!,
      severity: b.querySelector('.finding-severity')!.textContent!,
      message: b.querySelector('.finding-message')!.textContent!,
    })),
  );
}

/** What the page should list for `text`: the engine's own findings. */
const expectedFor = (
  text: string,
  config: Config = {},
  diagnostics: Diagnostic[] = lintWithContext(text, model, config).diagnostics,
) =>
  diagnostics.map((d) => ({
    line: lineOf(text, d.start),
    rule: d.rule,
    severity: d.severity,
    message: d.message,
  }));

/** The draft in the editor, as CodeMirror holds it (one string, newlines between lines). */
const editorText = (page: Page) =>
  page.$$eval('.cm-content .cm-line', (lines) => lines.map((l) => l.textContent ?? '').join('\n'));

/** Waits for the check that follows the current one (the page counts the checks it applies). */
async function nextCheck(page: Page, after: number) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.parleyChecks ?? 0) > n, after);
}
/**
 * Waits until the page lists exactly what the engine finds in the editor's current text with `config`: the
 * check of the last edit is in (an earlier check arriving late would otherwise pass for it).
 */
async function settled(page: Page, config: Config = {}) {
  await expect
    .poll(async () => {
      const shown = (await listed(page)).map((s) => `${s.line} ${s.rule}`);
      const expected = expectedFor(await editorText(page), config).map((e) => `${e.line} ${e.rule}`);
      return JSON.stringify(shown) === JSON.stringify(expected);
    })
    .toBe(true);
}
const checks = (page: Page) =>
  page.evaluate(() => Number(document.documentElement.dataset.parleyChecks ?? 0));

/** The screen box of `length` characters at `column` of the editor line whose text is `lineText`. */
async function boxAt(page: Page, lineText: string, column: number, length: number) {
  const box = await page.evaluate(
    ({ lineText, column, length }) => {
      const norm = (s: string) => s.replace(/\u00a0/g, ' ');
      const line = [...document.querySelectorAll('.cm-content .cm-line')].find(
        (l) => norm(l.textContent ?? '') === norm(lineText),
      );
      if (!line) return undefined;
      line.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const size = node.textContent!.length;
        if (!started && column < seen + size) {
          range.setStart(node, column - seen);
          started = true;
        }
        if (started && column + length <= seen + size) {
          range.setEnd(node, column + length - seen);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        seen += size;
      }
      return undefined;
    },
    { lineText, column, length },
  );
  if (!box)
    throw new Error(`no text at column ${column} of the line “${lineText.slice(0, 60)}…” in the editor`);
  return box;
}

/** Moves the mouse onto the engine finding `d` of `text` (away first, so a tooltip opens afresh). */
async function hoverOver(page: Page, text: string, start: number, end: number) {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const box = await boxAt(page, text.slice(lineStart, lineEnd), start - lineStart, Math.min(end - start, 3));
  await page.mouse.move(0, 0);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
}

const README_PICTURE = 'hover-figure';
const shot = async (page: Page, name: string) => {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file });
  // PARLEY_UPDATE_SCREENSHOTS=1 refreshes the README's picture from this run.
  if (process.env.PARLEY_UPDATE_SCREENSHOTS === '1' && name === README_PICTURE) {
    mkdirSync(join(appDir, 'docs'), { recursive: true });
    copyFileSync(file, join(appDir, 'docs', `${name}.png`));
  }
};

describe('the checker page in Chromium, served by the gateway', () => {
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    gateway = await startGateway();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${gateway.base}/`);
    await page.waitForSelector('html[data-parley-checks]');
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it('shows the dataset version', async () => {
    expect(await page.textContent('#dataset-version')).toContain(`dataset ${dataset.version}`);
  });

  it('underlines and lists every planted mistake of the pasted drafts, as the engine finds them', async () => {
    const before = await checks(page);
    await page.click('.cm-content');
    await page.keyboard.press('Control+A');
    // A real paste: a ClipboardEvent carrying the text, handled by the editor's own paste handling.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document
        .querySelector('.cm-content')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, pasted);
    await nextCheck(page, before);
    expect(squash(await editorText(page))).toBe(squash(pasted));

    const expected = expectedFor(pasted);
    const shown = await listed(page);
    expect(shown.map((s) => ({ ...s, message: squash(s.message) }))).toEqual(
      expected.map((e) => ({ ...e, message: squash(e.message) })),
    );
    for (const p of plantedLines) expect(shown).toContainEqual(expect.objectContaining(p));
    const underlines = await page.locator('.cm-lintRange-warning, .cm-lintRange-error').count();
    expect(underlines).toBeGreaterThanOrEqual(
      expected.filter((e) => e.severity === 'warning' || e.severity === 'error').length,
    );
    expect(await page.textContent('#findings-summary')).toContain(`${expected.length} findings`);
    await shot(page, 'diagnostics');
  });

  it('filters the list by rule, and jumps to a finding on Enter', async () => {
    await page.selectOption('#findings-filter', 'figure/mismatch');
    const figures = await listed(page);
    expect(figures.length).toBe(plantedLines.filter((p) => p.rule === 'figure/mismatch').length);
    expect(new Set(figures.map((f) => f.rule))).toEqual(new Set(['figure/mismatch']));
    await page.focus('#findings-list .finding button');
    await page.keyboard.press('Enter');
    // The cursor is on the finding, in the editor, and the card for it is beside the draft.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('cm-content')))
      .toBe(true);
    await expect.poll(() => page.locator('#cursor-card .parley-card').count()).toBe(1);
    await page.selectOption('#findings-filter', '');
  });

  it('hovers a figure and shows the engine’s card for it', async () => {
    const { context, diagnostics } = lintWithContext(pasted, model);
    const figure = plantedLines.find((p) => p.rule === 'figure/mismatch')!;
    const d = diagnostics.find(
      (x) => x.rule === 'figure/mismatch' && lineOf(pasted, x.start) === figure.line,
    )!;
    const card = inspect(context, d.start, diagnostics)!;
    expect(card.kind).toBe('figure');
    await hoverOver(page, pasted, card.start, card.end);
    const tooltip = page.locator('.cm-tooltip-hover .parley-card');
    await tooltip.waitFor();
    const shown = squash((await tooltip.textContent()) ?? '');
    // The card opens with the finding in its own words, then the reports (plain text of the engine's Markdown).
    expect(shown).toContain(squash(d.message));
    const plain = squash(card.markdown.replace(/\*\*|`|\\|_/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
    expect(shown.replace(/[“”"]/g, '')).toContain(plain.slice(plain.length - 40).replace(/[“”"]/g, ''));
    await shot(page, 'hover-figure');
  });

  it('applies a quick fix in one click, and the finding goes', async () => {
    const { diagnostics } = lintWithContext(pasted, model);
    const d = diagnostics.find((x) => x.rule === 'citation/unknown-key' && x.fixes.length)!;
    const fix = d.fixes[0]!;
    await page.mouse.move(0, 0);
    await hoverOver(page, pasted, d.start, d.end);
    const button = page.locator('.cm-tooltip-lint .cm-diagnosticAction', { hasText: fix.title });
    await button.waitFor();
    await shot(page, 'quick-fix');
    const before = await checks(page);
    await button.click();
    await nextCheck(page, before);
    const fixed = fix.edits
      .slice()
      .sort((a, b) => b.start - a.start)
      .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), pasted);
    expect(squash(await editorText(page))).toBe(squash(fixed));
    const shown = await listed(page);
    expect(shown).not.toContainEqual(expect.objectContaining({ rule: 'citation/unknown-key' }));
    expect(shown.map((s) => s.rule)).toEqual(expectedFor(fixed).map((e) => e.rule));
    pasted = fixed;
  });

  it('disables a rule for one line, with the engine’s own directive', async () => {
    const { diagnostics } = lintWithContext(pasted, model);
    const d = diagnostics.find((x) => x.rule === 'role/mismatch')!;
    await page.mouse.move(0, 0);
    await hoverOver(page, pasted, d.start, d.end);
    const button = page.locator('.cm-tooltip-lint .cm-diagnosticAction', {
      hasText: 'Disable for this line',
    });
    await button.first().waitFor();
    const before = await checks(page);
    await button.first().click();
    await nextCheck(page, before);
    const text = await editorText(page);
    expect(text).toContain('<!-- parley-disable-next-line role/mismatch -->');
    const shown = await listed(page);
    expect(shown).not.toContainEqual(expect.objectContaining({ rule: 'role/mismatch' }));
    expect(shown.map((s) => s.rule)).toEqual(expectedFor(text).map((e) => e.rule));
    pasted = text;
  });

  it('applies a fix by keyboard alone, from the lint panel', async () => {
    const { diagnostics } = lintWithContext(pasted, model);
    const index = diagnostics.findIndex((x) => x.rule === 'name/spelling' && x.fixes.length);
    const fix = diagnostics[index]!.fixes[0]!;
    await page.mouse.move(0, 0);
    await page.click('.cm-content');
    await page.keyboard.press('Control+Shift+M');
    const list = page.locator('.cm-panel-lint ul[role="listbox"]');
    await expect.poll(() => list.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Home');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    const selected = list.locator('[aria-selected="true"]');
    expect(squash((await selected.textContent()) ?? '')).toContain(squash(diagnostics[index]!.message));
    // Each action has an access key, named in its label; pressing it in the panel applies the action.
    const label = await selected
      .locator('.cm-diagnosticAction', { hasText: fix.title })
      .getAttribute('aria-label');
    const key = /access key "(\w)/.exec(label ?? '')![1]!;
    const before = await checks(page);
    await page.keyboard.press(key.toLowerCase());
    await nextCheck(page, before);
    const fixed = fix.edits
      .slice()
      .sort((a, b) => b.start - a.start)
      .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), pasted);
    expect(squash(await editorText(page))).toBe(squash(fixed));
    await settled(page);
    expect(await listed(page)).not.toContainEqual(expect.objectContaining({ rule: 'name/spelling' }));
    await page.keyboard.press('Escape');
    pasted = fixed;
  });

  it('completes a citation key after [@ by a word of the source’s title', async () => {
    // A title word of one source only, so exactly one key is the right answer.
    const words = new Map<string, string[]>();
    for (const s of dataset.sources) {
      for (const w of citationFilterText(s).toLowerCase().split(' ').slice(1)) {
        if (w.length >= 6 && /^[a-z]+$/.test(w)) words.set(w, [...(words.get(w) ?? []), s.id]);
      }
    }
    const [word, [key]] = [...words].find(([, keys]) => keys.length === 1) as [string, [string]];
    await page.mouse.move(0, 0);
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n\nAs one outlet reported [@${word}`);
    const option = page.locator('.cm-tooltip-autocomplete li[aria-selected="true"]');
    await option.waitFor();
    expect(await option.textContent()).toContain(key);
    await shot(page, 'completion');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await editorText(page)).endsWith(`[@${key}`)).toBe(true);
    await page.keyboard.type(']');
    await settled(page);
    pasted = await editorText(page);
  });

  it('keeps settings in the browser: a rule turned off stays off after a reload', async () => {
    await settled(page);
    const off: Config = { rules: { 'figure/mismatch': 'off' } };
    try {
      await page.selectOption('#severity-figure-mismatch', 'off');
      await settled(page, off);
      expect(await listed(page)).not.toContainEqual(expect.objectContaining({ rule: 'figure/mismatch' }));
      expect(await page.inputValue('#settings-json')).toContain('"figure/mismatch": "off"');
      await page.reload();
      await page.waitForSelector('html[data-parley-checks]');
      expect(await page.inputValue('#severity-figure-mismatch')).toBe('off');
      await settled(page, off);
    } finally {
      await page.click('#settings-reset');
    }
    await settled(page);
    // A bad file is refused with the engine's message naming the field.
    await page.fill('#settings-json', '{ "rules": { "figure/mismatch": "loud" } }');
    await page.click('#settings-import');
    expect(await page.textContent('#settings-status')).toContain('rules.figure/mismatch');
  });

  it('exports the findings as JSON and SARIF, in the CLI’s formats', async () => {
    // After the reload the page holds its opening draft again; the export is of whatever it holds.
    await settled(page);
    const text = await editorText(page);
    const expected = expectedFor(text);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const findings = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(findings.map((f: { line: number; rule: string }) => ({ line: f.line, rule: f.rule }))).toEqual(
      expected.map((e) => ({ line: e.line, rule: e.rule })),
    );
    const [sarif] = await Promise.all([page.waitForEvent('download'), page.click('#export-sarif')]);
    const log = JSON.parse(readFileSync((await sarif.path())!, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expected.map((e) => e.rule));
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    // Evaluated over the DevTools protocol, which the page's CSP (no inline script) does not govern.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run();
      return (result.violations as { id: string; impact: string; help: string; nodes: unknown[] }[]).map(
        (v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }),
      );
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('ran without a page error or a Content-Security-Policy violation', () => {
    expect(problems).toEqual([]);
  });
});
