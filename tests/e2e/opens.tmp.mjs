import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { measure } from './bench/bench.mjs';
const dirs = Object.fromEntries(process.argv.slice(2).map((d) => [d, d]));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launch();
const out = {};
for (const d of Object.keys(dirs)) out[d] = { open: [], p95: [], longest: [], tap: [] };
const servers = {};
for (const d of Object.keys(dirs)) servers[d] = await serve(d, { compress: true });
const figures = JSON.parse(await readFile(join(Object.keys(dirs)[0], 'data/figures.json'), 'utf8')).map((f) => f.id);
const charts = (await readdir(join(Object.keys(dirs)[0], 'data'))).filter((f) => /^chart-.*\.csv$/.test(f)).length;
for (let i = 0; i < 3; i++) for (const d of Object.keys(dirs)) {
  const m = await measure(browser, servers[d].url, charts, figures, 30);
  out[d].open.push(m.openMedian); out[d].p95.push(m.openP95); out[d].longest.push(m.longestTask); out[d].tap.push(m.tap.honoured);
}
for (const d of Object.keys(dirs)) console.log(d, 'open median', median(out[d].open).toFixed(1), 'p95', median(out[d].p95).toFixed(1), 'longest task', median(out[d].longest).toFixed(0), 'tap', out[d].tap.map((t) => t && t.toFixed(0)).join('/'));
await browser.close(); for (const s of Object.values(servers)) await s.close();
