#!/usr/bin/env node
// Cold import time and memory of @parley/dataset, and the size of dist/, each against a baseline measured in
// this same run: a bare `node` start for time and memory, the raw dataset.json for size.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 25);

const probe = (code) =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: pkg, encoding: 'utf8' }),
  );
const measure = (body) =>
  `const t0 = performance.now(); ${body}; const t1 = performance.now();
   globalThis.gc?.(); const m = process.memoryUsage();
   console.log(JSON.stringify({ ms: t1 - t0, heap: m.heapUsed, rss: m.rss }));`;

const cases = {
  'bare node (baseline)': measure(''),
  'import @parley/dataset': measure(`await import('@parley/dataset')`),
  'import + first lookup by name': measure(
    `const { index } = await import('@parley/dataset'); index.byName('Kiev')`,
  ),
};

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [name, code] of Object.entries(cases)) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = probe(code);
    samples.push({ wall: performance.now() - t0, ...r });
  }
  results[name] = {
    wall: median(samples.map((s) => s.wall)),
    inProcess: median(samples.map((s) => s.ms)),
    heap: median(samples.map((s) => s.heap)),
    rss: median(samples.map((s) => s.rss)),
  };
}
const base = results['bare node (baseline)'];
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
console.log(`@parley/dataset cold import (median of ${runs} fresh processes)`);
console.log('case                              process wall   import only   heap used          rss');
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${name.padEnd(33)} ${r.wall.toFixed(1).padStart(7)} ms ${(r.wall / base.wall).toFixed(2).padStart(5)}x ${r.inProcess.toFixed(2).padStart(8)} ms  ${mb(r.heap).padStart(8)} (+${mb(r.heap - base.heap)})  ${mb(r.rss).padStart(8)} (${(r.rss / base.rss).toFixed(2)}x)`,
  );
}

const dist = join(pkg, 'dist');
const files = [];
const walk = (d) => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (!f.endsWith('.map')) files.push(p);
  }
};
walk(dist);
const total = files.reduce((n, f) => n + statSync(f).size, 0);
const json = readFileSync(join(dist, 'dataset.json'));
console.log(`\ndist/ size (without source maps): ${(total / 1024).toFixed(1)} KiB in ${files.length} files`);
console.log(
  `  dataset.json: ${(json.length / 1024).toFixed(1)} KiB, ${(gzipSync(json).length / 1024).toFixed(1)} KiB gzipped (baseline)`,
);
console.log(`  dist/ total / dataset.json: ${(total / json.length).toFixed(2)}x`);
