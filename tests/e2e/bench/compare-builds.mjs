// Lighthouse (mobile preset) on two builds side by side, as hosts serve them: gzip only (a
// plain static server) and brotli. Runs alternate between the builds so that the machine's
// noise falls on both; medians are reported. Also the WASM's gzip size of each, and card opens
// (input to next paint, 30 per build and round, alternating), memory, the longest start-up
// task and a tap at first paint, at 4× CPU.
//   node tests/e2e/bench/compare-builds.mjs BEFORE_DIST AFTER_DIST [runs]
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '../server.mjs';
import { lighthouseRun, measure } from './bench.mjs';
import { launch } from '../browser.mjs';

const [before, after, runsArg] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: compare-builds.mjs BEFORE_DIST AFTER_DIST [runs]');
  process.exit(2);
}
const RUNS = Number(runsArg ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function wasmGzip(dir) {
  const wasm = (await readdir(dir)).find((f) => f.endsWith('_bg.wasm'));
  const bytes = await readFile(join(dir, wasm));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

// Card opens and memory, both builds in one browser, alternating.
// Each build's own figures and charts (from the data files it ships), so that two builds of
// different data can be compared.
async function contentOf(dir) {
  const figures = JSON.parse(await readFile(join(dir, 'data/figures.json'), 'utf8')).map((f) => f.id);
  const charts = (await readdir(join(dir, 'data'))).filter((f) => /^chart-.*\.csv$/.test(f)).length;
  return { figures, charts };
}
const shipped = { before: await contentOf(before), after: await contentOf(after) };
const opens = { before: [], after: [] };
const memory = { before: [], after: [] };
const longest = { before: [], after: [] };
const taps = { before: [], after: [] };
{
  const browser = await launch();
  const servers = { before: await serve(before, { compress: true }), after: await serve(after, { compress: true }) };
  for (let i = 0; i < RUNS; i++) {
    for (const name of ['before', 'after']) {
      const m = await measure(browser, servers[name].url, shipped[name].charts, shipped[name].figures, 30);
      opens[name].push(m.openMedian);
      memory[name].push(m.memory);
      longest[name].push(m.longestTask);
      taps[name].push(m.tap.honoured ?? Infinity);
    }
  }
  for (const s of Object.values(servers)) await s.close();
  await browser.close();
}
const percent = (a, b) => `${(((b - a) / a) * 100).toFixed(0)}%`;
console.log('| build | card open, median of run medians | memory after load | longest start-up task | a tap at first paint, until its card is open |\n| --- | ---: | ---: | ---: | ---: |');
for (const name of ['before', 'after']) console.log(`| ${name} | ${median(opens[name]).toFixed(1)} ms | ${(median(memory[name]) / 1024).toFixed(0)} KB | ${median(longest[name]).toFixed(0)} ms | ${Number.isFinite(median(taps[name])) ? `${median(taps[name]).toFixed(0)} ms` : 'lost'} |`);
console.log(`(card open ${percent(median(opens.before), median(opens.after))}; ${RUNS} rounds of 30 opens at 4× CPU)\n`);

const rows = [];
for (const compress of ['gzip', true]) {
  const servers = { before: await serve(before, { compress }), after: await serve(after, { compress }) };
  const runs = { before: [], after: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const name of ['before', 'after']) runs[name].push(await lighthouseRun(servers[name].url));
  }
  for (const name of ['before', 'after']) {
    const r = runs[name];
    rows.push({
      build: name,
      served: compress === 'gzip' ? 'gzip' : 'brotli',
      performance: median(r.map((x) => x.performance)),
      lcp: median(r.map((x) => x.lcp)),
      tbt: median(r.map((x) => x.tbt)),
      cls: median(r.map((x) => x.cls)),
    });
    await servers[name].close();
  }
}
const sizes = { before: await wasmGzip(before), after: await wasmGzip(after) };
console.log(`| build | served | performance | LCP | TBT | CLS | WASM raw | WASM gzip |`);
console.log(`| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
for (const r of rows) {
  const s = sizes[r.build];
  console.log(`| ${r.build} | ${r.served} | ${r.performance} | ${r.lcp.toFixed(0)} ms | ${r.tbt.toFixed(0)} ms | ${r.cls.toFixed(3)} | ${s.raw} B | ${s.gzip} B |`);
}
console.log(`\n(medians of ${RUNS} Lighthouse runs each, alternating builds)`);
