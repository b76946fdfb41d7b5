#!/usr/bin/env node
import { readdirSync, readFileSync } from 'node:fs';
// The checker page in a real browser (Debian's Chromium through playwright-core), served by the real gateway:
// - keystroke → underlines: from a key's keydown to the frame after the engine's findings for the new text
//   are in the editor, p50 and p99, on a 2,000-word and a 10,000-word draft built from ../shared/drafts;
// - the page's compressed transfer (HTML, JS, CSS and the dataset inside the worker's script);
// - time to first check (navigation to the first findings shown), on a cold cache.
// Baselines, measured in the same run and the same browser: a plain <textarea> page, for load time (its
// load event) and for a keystroke (keydown to the next frame).
import { createServer } from 'node:http';
import { join } from 'node:path';
import { launchChromium } from '../harness/chromium.mjs';
import { startGateway } from '../harness/gateway.mjs';

const appDir = new URL('..', import.meta.url).pathname;
const draftsDir = process.env.PARLEY_DRAFTS ?? join(appDir, '../../../shared/drafts');
const LOADS = Number(process.env.BENCH_LOADS ?? 8);
const KEYS = {
  2000: Number(process.env.BENCH_KEYS ?? 120),
  10000: Number(process.env.BENCH_KEYS_LONG ?? 60),
};

const drafts = readdirSync(draftsDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(draftsDir, f), 'utf8').trim());

/** A draft of at least `target` words: the shared drafts one after another, repeated. */
function draftOf(target) {
  let text = '';
  let words = 0;
  for (let i = 0; words < target; i++) {
    const d = drafts[i % drafts.length];
    text += `${d}\n\n`;
    words += d.split(/\s+/).length;
  }
  return { text, words };
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values) => quantile(values, 0.5);
const ms = (n) => `${n.toFixed(1)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

// Timing marks the page sets, installed before any of its scripts (over DevTools, so the CSP allows it).
const MARKS = () => {
  window.__bench = { firstCheck: undefined, key: undefined, latencies: [] };
  addEventListener('keydown', (e) => (window.__bench.key = e.timeStamp), true);
  addEventListener('parley:checked', () => {
    const b = window.__bench;
    b.firstCheck ??= performance.now();
    if (b.key === undefined) return;
    const key = b.key;
    b.key = undefined;
    requestAnimationFrame(() => b.latencies.push(performance.now() - key));
  });
};

// In the plain page: keydown to the next frame, when the browser has drawn the typed character.
const ECHO = () => {
  window.__echo = [];
  addEventListener(
    'keydown',
    (e) => requestAnimationFrame(() => window.__echo.push(performance.now() - e.timeStamp)),
    true,
  );
};

const TEXTAREA = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Draft</title></head>
<body><label for="t">Draft</label><textarea id="t" rows="30" cols="100"></textarea></body></html>`;

function startBaseline() {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(TEXTAREA);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ base: `http://127.0.0.1:${server.address().port}/`, server }),
    ),
  );
}

const gateway = await startGateway();
const baseline = await startBaseline();
const browser = await launchChromium();
try {
  // Load: fresh contexts (cold cache), the two pages interleaved so machine load hits both alike.
  const firstCheck = [];
  const parleyLoad = [];
  const textareaLoad = [];
  let transfer;
  for (let i = 0; i < LOADS; i++) {
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(MARKS);
      await page.goto(`${gateway.base}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__bench.firstCheck !== undefined);
      firstCheck.push(await page.evaluate(() => window.__bench.firstCheck));
      parleyLoad.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
      if (!transfer) {
        // Resource Timing's encoded (compressed) body sizes: the worker's script included, which Playwright's
        // response events do not see.
        transfer = await page.evaluate(() => {
          const out = { total: 0, byType: {}, files: [] };
          for (const e of performance
            .getEntriesByType('navigation')
            .concat(performance.getEntriesByType('resource'))) {
            const ext = e.name.endsWith('/')
              ? 'html'
              : (/\.(\w+)$/.exec(new URL(e.name).pathname)?.[1] ?? 'other');
            out.total += e.encodedBodySize;
            out.byType[ext] = (out.byType[ext] ?? 0) + e.encodedBodySize;
            out.files.push([new URL(e.name).pathname, e.encodedBodySize, e.decodedBodySize]);
          }
          return out;
        });
      }
      await context.close();
    }
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(baseline.base, { waitUntil: 'load' });
      textareaLoad.push(
        await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd),
      );
      await context.close();
    }
  }

  // Keystroke in the plain textarea: keydown to the next frame.
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const textarea = await context.newPage();
  await textarea.addInitScript(ECHO);
  await textarea.goto(baseline.base);
  await textarea.click('#t');
  for (let i = 0; i < KEYS[2000]; i++) {
    await textarea.keyboard.press(i % 2 ? 'Backspace' : 'x');
    await textarea.waitForFunction((n) => window.__echo.length > n, i);
  }
  const echo = await textarea.evaluate(() => window.__echo);

  // Keystroke → underlines in the checker page.
  const page = await context.newPage();
  await page.addInitScript(MARKS);
  await page.goto(`${gateway.base}/`);
  await page.waitForFunction(() => window.__bench.firstCheck !== undefined);
  const typing = [];
  for (const target of [2000, 10000]) {
    const { text, words } = draftOf(target);
    const checks = await page.evaluate(() => Number(document.documentElement.dataset.parleyChecks));
    await page.click('.cm-content');
    await page.keyboard.press('Control+A');
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document
        .querySelector('.cm-content')
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction((n) => Number(document.documentElement.dataset.parleyChecks) > n, checks);
    const findings = await page.textContent('#findings-summary');
    await page.keyboard.press('Control+End');
    await page.evaluate(() => (window.__bench.latencies = []));
    for (let i = 0; i < KEYS[target]; i++) {
      await page.keyboard.press(i % 2 ? 'Backspace' : 'x');
      await page.waitForFunction((n) => window.__bench.latencies.length > n, i);
    }
    const latencies = await page.evaluate(() => window.__bench.latencies);
    typing.push({ words, findings, latencies });
  }

  const echo50 = median(echo);
  const load50 = median(textareaLoad);
  console.log('Parley in the browser (Chromium, gateway on localhost)');
  console.log(`  load: ${LOADS} cold loads of each page, interleaved; medians`);
  console.log(`    <textarea> page loaded:          ${ms(load50)}  (baseline)`);
  console.log(
    `    checker page loaded:             ${ms(median(parleyLoad))}  (${(median(parleyLoad) / load50).toFixed(1)}x)`,
  );
  console.log(
    `    checker page first check shown:  ${ms(median(firstCheck))}  (${(median(firstCheck) / load50).toFixed(1)}x)`,
  );
  const types = Object.entries(transfer.byType)
    .map(([t, n]) => `${t} ${kb(n)}`)
    .join(', ');
  console.log(`  transfer (compressed bodies): ${kb(transfer.total)}  (${types})`);
  for (const [path, encoded, decoded] of transfer.files)
    console.log(`    ${path}: ${kb(encoded)} (${kb(decoded)} uncompressed)`);
  console.log(
    `  keystroke: <textarea> keydown → next frame p50 ${ms(echo50)}, p99 ${ms(quantile(echo, 0.99))}  (baseline)`,
  );
  for (const t of typing) {
    const p50 = median(t.latencies);
    console.log(
      `  keystroke → underlines, ${t.words} words (${t.findings}), ${t.latencies.length} keys: p50 ${ms(p50)} (${(p50 / echo50).toFixed(1)}x), p99 ${ms(quantile(t.latencies, 0.99))}`,
    );
  }
  const short = typing[0];
  console.log(
    `  targets: p50 < 50 ms on 2,000 words: ${median(short.latencies) < 50 ? 'met' : 'NOT met'}; transfer < 500 KB: ${transfer.total < 500 * 1000 ? 'met' : 'NOT met'}`,
  );
} finally {
  await browser.close();
  await gateway.stop();
  baseline.server.close();
}
