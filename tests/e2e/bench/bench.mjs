// The benchmark: our release build and the ECharts peer, side by side in one run, in Debian's
// Chromium at 390×844 with the CPU throttled 4×, both served compressed on 127.0.0.1.
//   node bench.mjs            full run (with Lighthouse), prints the table, writes out/results.json
//   node bench.mjs --check    the same, and exits 1 when a budget is missed
//   node bench.mjs --smoke    quick: no Lighthouse, 3 card opens (bench.test.mjs runs this)
//   node bench.mjs --no-lighthouse   every measure but Lighthouse
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from '../server.mjs';
import { launch, CHROMIUM } from '../browser.mjs';
import { buildPeer } from './peer.mjs';

const here = new URL('.', import.meta.url).pathname;
const DIST = new URL('../../../dist/', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const THROTTLE = 4;
const VIEWPORT = { width: 390, height: 844 };

// The budgets of issues 11 and 18. Card open is held to the peer's in the same run (these
// machines are shared and noisy: ratios, never absolute times); memory to what it was when
// they were set.
export const BUDGETS = {
  // Issue 18: what the page asks for before its load event (page, stylesheet, loader).
  beforeLoadGzip: 45 * 1024,
  firstLoadGzip: 130 * 1024,
  firstLoadBrotli: 110 * 1024,
  wasmGzip: 105 * 1024,
  cardOpenVsPeer: 1.0,
  lighthouse: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 95 },
  lighthouseTbt: 50,
  cls: 0,
  // The build before issue 11 measured 4,077 KB beside this one in one run (compare-builds).
  memory: 4077 * 1024,
};

const percentile = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Sizes of every file the first load fetched: raw, gzip -9, brotli 11. */
async function weights(dir, paths) {
  const rows = [];
  for (const path of new Set(paths)) {
    const name = path.split('/').pop() || 'index.html';
    let data;
    try { data = await readFile(join(dir, name)); } catch { continue; }
    rows.push({
      file: name,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

/** Records chart times, long tasks, layout shifts and card-open latencies inside the page. */
function instrument() {
  const b = (window.__bench = { firstChart: null, allCharts: null, ready: null, appStarted: null, longTasks: 0, longestTask: 0, tbt: 0, cls: 0, opens: [], wasmMemory: 0, tapAt: null, honouredAt: null });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      b.longTasks += e.duration;
      b.tbt += Math.max(0, e.duration - 50);
      b.longestTask = Math.max(b.longestTask, e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  // A tap made as soon as the page has loaded: when it was made, and when its card opened.
  document.addEventListener('click', (e) => {
    if (b.tapAt === null && e.isTrusted) {
      b.tapAt = performance.now();
      // Whether the page's code had run when the reader tapped (ours: the app; the peer: its script).
      b.tapEarly = !(b.appStarted || window.peerReady);
    }
  }, true);
  new MutationObserver(() => {
    if (b.tapAt !== null && b.honouredAt === null && document.querySelector(`#toggle-${window.__tapFigure}[aria-expanded="true"]`)) {
      b.honouredAt = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-expanded'] });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // Ours is interactive once trunk's loader has run main() (the app renders in it).
  addEventListener('TrunkApplicationStarted', (e) => {
    b.appStarted = performance.now();
    try { b.wasmMemory = e.detail.wasm.memory.buffer.byteLength; } catch {}
  });
  const poll = () => {
    const n = document.querySelectorAll('.chart svg').length;
    const now = performance.now();
    if (n > 0 && b.firstChart === null) b.firstChart = now;
    if (n >= window.__expectedCharts && b.allCharts === null) b.allCharts = now;
    if (b.ready === null && (window.peerReady || b.appStarted)) b.ready = window.peerReady ? now : b.appStarted;
    if (b.allCharts === null || b.ready === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  // Input to next paint: from the click's timestamp to a task queued right after the next frame.
  document.addEventListener('click', (e) => {
    const button = e.target.closest && e.target.closest('.card-toggle');
    if (!button || button.getAttribute('aria-expanded') === 'true') return;
    const t0 = e.timeStamp;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => b.opens.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  }, true);
}

/** The files a page asked for before its load event (from the Resource Timing entries). */
async function askedBeforeLoad(page) {
  return page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    const early = performance.getEntriesByType('resource').filter((r) => r.startTime < nav.loadEventStart);
    return [new URL(location.href).pathname, ...early.map((r) => new URL(r.name).pathname)];
  });
}

/**
 * A reader who taps the first card as soon as it is on the screen (before the page has loaded,
 * before any app code has run): how long until that card is open (null: the tap was lost,
 * nothing opened within 20 s).
 */
async function tapAtFirstPaint(browser, url, figureId) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript((id) => { window.__tapFigure = id; window.__expectedCharts = 0; }, figureId);
  await page.addInitScript(instrument);
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(`#toggle-${figureId}`).click({ noWaitAfter: true, timeout: 20000 });
  const honoured = await page
    .waitForFunction(() => window.__bench.honouredAt !== null, null, { timeout: 20000 })
    .then(() => page.evaluate(() => window.__bench.honouredAt - window.__bench.tapAt))
    .catch(() => null);
  const early = await page.evaluate(() => window.__bench.tapEarly === true);
  await context.close();
  return { honoured, early };
}

export async function measure(browser, url, expectedCharts, figureIds, opensWanted) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const fetched = [];
  page.on('response', (r) => r.url().startsWith(url) && fetched.push(new URL(r.url()).pathname));
  await page.addInitScript((n) => { window.__expectedCharts = n; }, expectedCharts);
  await page.addInitScript(instrument);
  await page.goto(url, { waitUntil: 'load' });
  const beforeLoad = await askedBeforeLoad(page);
  // The reader shows intent (ours starts its app then; the peer's is running already).
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => window.__bench.allCharts !== null && window.__bench.ready !== null, null, { timeout: 60000 });
  // Settled: the browser has an idle moment after the load work.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 5000 })));
  const load = await page.evaluate(() => ({ ...window.__bench }));
  const heap = await cdp.send('Runtime.getHeapUsage');
  for (const id of figureIds.slice(0, opensWanted)) {
    const button = page.locator(`#toggle-${id}`);
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await page.locator(`#toggle-${id}[aria-expanded="true"]`).waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  const opens = await page.evaluate(() => window.__bench.opens);
  await context.close();
  return {
    fetched,
    beforeLoad,
    firstChart: load.firstChart,
    allCharts: load.allCharts,
    ready: load.ready,
    longTasks: load.longTasks,
    longestTask: load.longestTask,
    tbt: load.tbt,
    cls: load.cls,
    openMedian: percentile(opens, 50),
    openP95: percentile(opens, 95),
    opens: opens.length,
    memory: heap.usedSize + load.wasmMemory,
    jsHeap: heap.usedSize,
    wasmMemory: load.wasmMemory,
    tap: await tapAtFirstPaint(browser, url, figureIds[0]),
  };
}

export async function lighthouseRun(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result.lhr;
    const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      failing: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b).toFixed(2) : 'n/a');

/** Runs both pages. `smoke`: no Lighthouse and 3 card opens, for the test command. */
export async function runBench({ smoke = false, lighthouse = !smoke } = {}) {
  const opensWanted = smoke ? 3 : 30;
  const figuresFile = JSON.parse(await readFile(new URL('../../../data/figures.json', import.meta.url), 'utf8'));
  const chartsFile = JSON.parse(await readFile(new URL('../../../data/charts.json', import.meta.url), 'utf8'));
  const figureIds = figuresFile.figures.map((f) => f.id);
  const expected = chartsFile.charts.length;
  const peerDir = await buildPeer();
  // Brotli where the browser asks for it (a production host), and gzip only (a plain static host).
  const ours = await serve(DIST, { compress: true });
  const peer = await serve(peerDir, { compress: true });
  const oursGzip = await serve(DIST, { compress: 'gzip' });
  const peerGzip = await serve(peerDir, { compress: 'gzip' });
  const browser = await launch();
  const results = {};
  try {
    for (const [name, server, gzipServer, dir] of [['ours', ours, oursGzip, DIST], ['peer', peer, peerGzip, peerDir]]) {
      const m = await measure(browser, server.url, expected, figureIds, opensWanted);
      m.weight = await weights(dir, m.fetched);
      m.weightBeforeLoad = await weights(dir, m.beforeLoad);
      m.lighthouse = lighthouse ? await lighthouseRun(server.url) : null;
      m.lighthouseGzip = lighthouse ? await lighthouseRun(gzipServer.url) : null;
      results[name] = m;
    }
  } finally {
    await browser.close();
    for (const server of [ours, peer, oursGzip, peerGzip]) await server.close();
  }
  return results;
}

export function table(r) {
  const tap = (t) => (t.honoured === null ? 'lost' : ms(t.honoured)) + (t.early ? ' (tapped before the code ran)' : ' (the code had run)');
  const rows = [
    ['asked for before load, gzip', kb(r.ours.weightBeforeLoad.total.gzip), kb(r.peer.weightBeforeLoad.total.gzip), ratio(r.ours.weightBeforeLoad.total.gzip, r.peer.weightBeforeLoad.total.gzip)],
    ['asked for before load, brotli', kb(r.ours.weightBeforeLoad.total.brotli), kb(r.peer.weightBeforeLoad.total.brotli), ratio(r.ours.weightBeforeLoad.total.brotli, r.peer.weightBeforeLoad.total.brotli)],
    ['first load, raw', kb(r.ours.weight.total.raw), kb(r.peer.weight.total.raw), ratio(r.ours.weight.total.raw, r.peer.weight.total.raw)],
    ['first load, gzip', kb(r.ours.weight.total.gzip), kb(r.peer.weight.total.gzip), ratio(r.ours.weight.total.gzip, r.peer.weight.total.gzip)],
    ['first load, brotli', kb(r.ours.weight.total.brotli), kb(r.peer.weight.total.brotli), ratio(r.ours.weight.total.brotli, r.peer.weight.total.brotli)],
    ['time to first chart (4× CPU)', ms(r.ours.firstChart), ms(r.peer.firstChart), ratio(r.ours.firstChart, r.peer.firstChart)],
    ['time to all charts (4× CPU)', ms(r.ours.allCharts), ms(r.peer.allCharts), ratio(r.ours.allCharts, r.peer.allCharts)],
    ['time to interactive cards (4× CPU)', ms(r.ours.ready), ms(r.peer.ready), ratio(r.ours.ready, r.peer.ready)],
    ['long tasks during load', ms(r.ours.longTasks), ms(r.peer.longTasks), ratio(r.ours.longTasks, r.peer.longTasks)],
    ['longest start-up task (4× CPU)', ms(r.ours.longestTask), ms(r.peer.longestTask), ratio(r.ours.longestTask, r.peer.longestTask)],
    ['a tap at first paint: until its card is open (4× CPU)', tap(r.ours.tap), tap(r.peer.tap), ratio(r.ours.tap.honoured, r.peer.tap.honoured)],
    [`card open, median (${r.ours.opens} opens)`, ms(r.ours.openMedian), ms(r.peer.openMedian), ratio(r.ours.openMedian, r.peer.openMedian)],
    ['card open, p95', ms(r.ours.openP95), ms(r.peer.openP95), ratio(r.ours.openP95, r.peer.openP95)],
    ['memory after load (JS heap + WASM)', kb(r.ours.memory), kb(r.peer.memory), ratio(r.ours.memory, r.peer.memory)],
    ['layout shift during load', r.ours.cls.toFixed(3), r.peer.cls.toFixed(3), ''],
  ];
  const wasm = (side) => r[side].weight.rows.find((f) => f.file.endsWith('.wasm'));
  if (wasm('ours')) rows.splice(3, 0, ['WASM, gzip', kb(wasm('ours').gzip), '—', '']);
  for (const [key, served] of [['lighthouse', 'brotli'], ['lighthouseGzip', 'gzip']]) {
    const [o, p] = [r.ours[key], r.peer[key]];
    if (!o) continue;
    for (const k of ['performance', 'accessibility', 'best-practices', 'seo']) {
      rows.push([`Lighthouse ${k} (served ${served})`, o[k], p[k], ratio(o[k], p[k])]);
    }
    rows.push([`Lighthouse LCP (served ${served})`, ms(o.lcp), ms(p.lcp), ratio(o.lcp, p.lcp)]);
    rows.push([`Lighthouse TBT (served ${served})`, ms(o.tbt), ms(p.tbt), ratio(o.tbt, p.tbt)]);
    rows.push([`Lighthouse CLS (served ${served})`, o.cls.toFixed(3), p.cls.toFixed(3), '']);
  }
  const head = ['metric', 'ours (Yew + plotters)', 'peer (ECharts)', 'ours/peer'];
  const md = [head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
  const files = (side) => r[side].weight.rows.map((f) => `| ${side} | ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} |`).join('\n');
  return `${md}\n\n| page | file | raw B | gzip B | brotli B |\n| --- | --- | ---: | ---: | ---: |\n${files('ours')}\n${files('peer')}`;
}

export function budgetMisses(r) {
  const misses = [];
  const { total } = r.ours.weight;
  const wasm = r.ours.weight.rows.find((f) => f.file.endsWith('.wasm'));
  const early = r.ours.weightBeforeLoad.total;
  if (early.gzip > BUDGETS.beforeLoadGzip) misses.push(`asked for before load ${kb(early.gzip)} gzip > ${kb(BUDGETS.beforeLoadGzip)}`);
  if (r.ours.tap.honoured === null) misses.push('a tap at first paint was lost');
  if (total.gzip > BUDGETS.firstLoadGzip) misses.push(`first load ${kb(total.gzip)} gzip > ${kb(BUDGETS.firstLoadGzip)}`);
  if (total.brotli > BUDGETS.firstLoadBrotli) misses.push(`first load ${kb(total.brotli)} brotli > ${kb(BUDGETS.firstLoadBrotli)}`);
  if (!wasm || wasm.gzip > BUDGETS.wasmGzip) misses.push(`WASM ${wasm ? kb(wasm.gzip) : 'missing'} gzip > ${kb(BUDGETS.wasmGzip)}`);
  if (!(r.ours.allCharts <= r.peer.allCharts)) misses.push(`time to all charts ${ms(r.ours.allCharts)} > peer ${ms(r.peer.allCharts)}`);
  for (const [label, o, p] of [['median', r.ours.openMedian, r.peer.openMedian], ['p95', r.ours.openP95, r.peer.openP95]]) {
    if (!(o <= p * BUDGETS.cardOpenVsPeer)) misses.push(`card open ${label} ${ms(o)} > peer ${ms(p)} (×${ratio(o, p)})`);
  }
  if (r.ours.memory > BUDGETS.memory) misses.push(`memory ${kb(r.ours.memory)} > ${kb(BUDGETS.memory)}`);
  for (const [key, served] of [['lighthouse', 'brotli'], ['lighthouseGzip', 'gzip']]) {
    const lh = r.ours[key];
    if (!lh) continue;
    for (const [k, min] of Object.entries(BUDGETS.lighthouse)) {
      if (lh[k] < min) misses.push(`Lighthouse ${k} ${lh[k]} < ${min}, served ${served} (failing: ${lh.failing.join(', ')})`);
    }
    if (lh.tbt > BUDGETS.lighthouseTbt) misses.push(`Lighthouse TBT ${ms(lh.tbt)} > ${BUDGETS.lighthouseTbt} ms, served ${served}`);
    if (lh.cls > BUDGETS.cls) misses.push(`Lighthouse CLS ${lh.cls} > 0, served ${served}`);
  }
  return misses;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runBench({ smoke: args.has('--smoke'), lighthouse: !args.has('--smoke') && !args.has('--no-lighthouse') });
  await mkdir(`${here}out`, { recursive: true });
  await writeFile(`${here}out/results.json`, JSON.stringify(r, null, 2));
  console.log(table(r));
  const misses = budgetMisses(r);
  console.log(misses.length ? `\nbudgets missed:\n- ${misses.join('\n- ')}` : '\nall budgets held');
  if (args.has('--check') && misses.length) process.exit(1);
}
