#!/usr/bin/env node
// Drives the built server over stdio, as an editor does (JSON-RPC both ways included), on two 10,000-word
// drafts: the example drafts' paragraphs repeated (a planted mistake in nearly every paragraph: about 400
// findings, each with its evidence, the worst case for what crosses the wire), and the five source articles
// repeated (prose the dataset was built from: few findings, closer to a real draft). For each:
// - one-character change → new diagnostics, with the server's own account of each check (the debounce it
//   waited, the engine time, the rest), typing at a fast human pace and in bursts faster than a check,
//   with the adaptive debounce and with none;
// - hover latency, p50 and p99, over names, figures, quotes, citation keys and plain words.
// Usage: node bench/lsp.mjs [--changes N] [--hovers N] [--pause MS] [--json]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, '..', 'dist', 'bin.js');
const shared = resolve(here, '..', '..', '..', '..', 'shared');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const CHANGES = arg('--changes', 200);
const HOVERS = arg('--hovers', 2000);
const PAUSE = arg('--pause', 100);

/** Paragraphs of the files in `dir` ending in `ext`, repeated into a Markdown draft of 10,000 words. */
function draftOf(dir, ext) {
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
    .filter((p) => p && !p.startsWith('#'));
  let text = '# A long feature\n\n';
  let words = 0;
  for (let i = 0; words < 10_000; i++) {
    const p = paragraphs[i % paragraphs.length];
    text += `${p}\n\n`;
    words += p.split(/\s+/).length;
    if (i % 12 === 11) text += `## Section ${(i + 1) / 12}\n\n`;
  }
  return { text, words, lines: text.split('\n') };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(2)} ms`;

async function session(draft, initializationOptions) {
  const { text, lines } = draft;
  const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiting = new Map();
  const timings = new Map();
  const publishedAt = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) =>
    publishedAt.set(p.version, performance.now()),
  );
  // The server's account of the check follows its publication; wait for both.
  conn.onNotification('parley/analysed', (p) => {
    timings.set(p.version, p);
    const w = waiting.get(p.version);
    if (w) {
      waiting.delete(p.version);
      w(publishedAt.get(p.version));
    }
  });
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    // As the VS Code extension starts it: record cards under parley-record: URIs.
    initializationOptions: { timings: true, recordScheme: 'parley-record', ...initializationOptions },
  });
  await conn.sendNotification('initialized', {});
  const uri = 'untitled:bench.md';
  const published = (version) => new Promise((r) => waiting.set(version, r));
  let version = 1;
  const opened = published(version);
  await conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version, text },
  });
  await opened;
  return {
    conn,
    uri,
    timings,
    /** One keystroke: a character typed inside a prose line, then deleted at the next call. */
    async keystroke(i) {
      // Alternating insert and delete at the same place keeps the draft the same size throughout.
      if (i % 2 === 0) {
        let line = 2 + (((i >> 1) * 7) % (lines.length - 3));
        while (!lines[line]) line++;
        this.at = { line, character: Math.min(5, lines[line].length) };
      }
      const { line, character } = this.at;
      const change =
        i % 2 === 0
          ? { range: { start: this.at, end: this.at }, text: 'x' }
          : { range: { start: this.at, end: { line, character: character + 1 } }, text: '' };
      version++;
      const mine = version;
      const done = published(mine);
      const t0 = performance.now();
      await conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: mine },
        contentChanges: [change],
      });
      const at = await done;
      return { version: mine, ms: at - t0 };
    },
    async stop() {
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      conn.dispose();
    },
  };
}

/** Bursts of keystrokes faster than a check (a key every 15 ms): time from the burst's last key to its diagnostics. */
async function measureBursts(s, bursts, keys) {
  const out = [];
  for (let b = 0; b < bursts; b++) {
    let last;
    for (let k = 0; k < keys; k++) {
      last = s.keystroke(k);
      if (k < keys - 1) await new Promise((r) => setTimeout(r, 15));
    }
    out.push((await last).ms);
  }
  return out;
}

async function measureChanges(draft, options) {
  const s = await session(draft, options);
  for (let i = 0; i < 20; i++) await s.keystroke(i); // warm-up: JIT, the debounce's average
  const e2e = [];
  const analysis = [];
  const debounce = [];
  const publish = [];
  for (let i = 20; i < 20 + CHANGES; i++) {
    // A fast typist: the next key 100 ms after the diagnostics of the last (about 120 words a minute).
    await new Promise((r) => setTimeout(r, PAUSE));
    const { version, ms } = await s.keystroke(i);
    e2e.push(ms);
    const t = s.timings.get(version);
    analysis.push(t.analysisMs);
    debounce.push(t.debounceMs);
    publish.push(t.publishMs);
  }
  const findings = s.timings.get(20 + CHANGES - 1).diagnostics;
  const burst = await measureBursts(s, 30, 8);
  return { s, e2e, analysis, debounce, publish, burst, findings };
}

async function measureHovers(draft, s) {
  // Positions spread over every line, at several columns.
  const positions = [];
  for (let i = 0; positions.length < HOVERS; i++) {
    const line = (i * 13) % draft.lines.length;
    const len = draft.lines[line].length;
    if (len === 0) continue;
    positions.push({ line, character: (i * 31) % len });
  }
  const hover = (position) =>
    s.conn.sendRequest('textDocument/hover', { textDocument: { uri: s.uri }, position });
  for (let i = 0; i < 200; i++) await hover(positions[i]); // warm-up
  const times = [];
  let cards = 0;
  for (const position of positions) {
    const t0 = performance.now();
    if (await hover(position)) cards++;
    times.push(performance.now() - t0);
  }
  return { times, cards };
}

const p = (xs) => ({ p50: pct(xs, 50), p99: pct(xs, 99) });
async function run(draft) {
  const adaptive = await measureChanges(draft, {});
  const hovers = await measureHovers(draft, adaptive.s);
  const findings = adaptive.findings;
  await adaptive.s.stop();
  const none = await measureChanges(draft, { debounceMs: 0 });
  await none.s.stop();
  return {
    words: draft.words,
    characters: draft.text.length,
    findings,
    typing: {
      changeToDiagnostics: p(adaptive.e2e),
      debounce: p(adaptive.debounce),
      engine: p(adaptive.analysis),
      restOfServer: p(adaptive.publish),
      withoutDebounce: p(none.e2e),
    },
    burst: { adaptive: p(adaptive.burst), withoutDebounce: p(none.burst) },
    hover: { ...p(hovers.times), requests: hovers.times.length, withCard: hovers.cards },
  };
}

const summary = {
  planted: await run(draftOf(join(shared, 'drafts'), '.md')),
  articles: await run(draftOf(join(shared, 'seeds'), '.txt')),
};
if (process.argv.includes('--json')) console.log(JSON.stringify(summary, null, 2));
else {
  const line = (label, x) =>
    `${label.padEnd(52)} p50 ${ms(x.p50).padStart(10)}   p99 ${ms(x.p99).padStart(10)}`;
  for (const [name, r] of Object.entries(summary)) {
    console.log(`\n${name}: ${r.words} words, ${r.characters} characters, ${r.findings} findings`);
    console.log(`typing (${CHANGES} one-character changes, each ${PAUSE} ms after the last diagnostics):`);
    console.log(line('  change → diagnostics', r.typing.changeToDiagnostics));
    console.log(line('    of which debounce', r.typing.debounce));
    console.log(line('    of which engine (lintWithContext)', r.typing.engine));
    console.log(line('    of which rest of the server (config, to LSP)', r.typing.restOfServer));
    console.log(line('  change → diagnostics, no debounce at all', r.typing.withoutDebounce));
    console.log('bursts (30 × 8 keys 15 ms apart, faster than a check), last key → its diagnostics:');
    console.log(line('  adaptive debounce', r.burst.adaptive));
    console.log(line('  no debounce at all', r.burst.withoutDebounce));
    console.log(line(`hover (${r.hover.requests} requests, ${r.hover.withCard} with a card)`, r.hover));
  }
}
