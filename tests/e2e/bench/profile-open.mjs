// Where a card open's time goes: a Chrome trace (CDP Tracing) of card opens on our release
// build and on the ECharts peer, at 4× CPU on a phone, summed by kind of main-thread work.
//   node profile-open.mjs [opens]     (build dist/ first: scripts/build.sh)
import { serve } from '../server.mjs';
import { launch } from '../browser.mjs';
import { buildPeer } from './peer.mjs';
import { readFile } from 'node:fs/promises';

const DIST = new URL('../../../dist/', import.meta.url).pathname;
const opens = Number(process.argv[2] ?? 8);
const figures = JSON.parse(await readFile(new URL('../../../data/figures.json', import.meta.url), 'utf8')).figures.map((f) => f.id);

// Trace event names by kind of work (Chrome's timeline categories).
const KIND = {
  EventDispatch: 'script', FunctionCall: 'script', EvaluateScript: 'script', TimerFire: 'script',
  FireAnimationFrame: 'script', RunMicrotasks: 'script', 'v8.callFunction': 'script',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', ParseAuthorStyleSheet: 'style',
  Layout: 'layout', UpdateLayerTree: 'layout', 'IntersectionObserverController::computeIntersections': 'layout',
  Paint: 'paint', PrePaint: 'paint', Layerize: 'paint', Commit: 'paint',
  ParseHTML: 'parse',
};

function summarize(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = {};
  // Only complete top-level-ish events of the main thread; nested events of the same kind are
  // not double counted (an event inside another of its kind is skipped).
  const open = [];
  for (const e of events.filter((e) => e.ph === 'X' && e.tid === main?.tid && e.pid === main?.pid && KIND[e.name]).sort((a, b) => a.ts - b.ts)) {
    const kind = KIND[e.name];
    while (open.length && open[open.length - 1].end <= e.ts) open.pop();
    const inside = open.some((o) => o.kind === kind);
    open.push({ end: e.ts + (e.dur ?? 0), kind });
    if (!inside) totals[kind] = (totals[kind] ?? 0) + (e.dur ?? 0) / 1000;
  }
  return totals;
}

async function profile(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.appStarted = true)));
  await page.goto(url, { waitUntil: 'load' });
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => window.appStarted || window.peerReady, null, { timeout: 60000 });
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 5000 })));
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  for (const id of figures.slice(0, opens)) {
    const button = page.locator(`#toggle-${id}`);
    await button.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    await button.click();
    await page.locator(`#toggle-${id}[aria-expanded="true"]`).waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  }
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const totals = summarize(events);
  const styled = events.filter((e) => e.name === 'UpdateLayoutTree' && e.args?.elementCount);
  totals.styledElements = styled.reduce((t, e) => t + e.args.elementCount, 0);
  totals.styleRecalcs = events.filter((e) => e.name === 'UpdateLayoutTree').length;
  totals.layouts = events.filter((e) => e.name === 'Layout').length;
  for (const k of Object.keys(totals)) totals[k] /= opens;
  return totals;
}

const peerDir = await buildPeer();
const ours = await serve(DIST, { compress: true });
const peer = await serve(peerDir, { compress: true });
const browser = await launch();
try {
  const rows = [['ours', await profile(browser, ours.url)], ['peer', await profile(browser, peer.url)]];
  const kinds = ['script', 'style', 'layout', 'paint', 'parse', 'styledElements', 'styleRecalcs', 'layouts'];
  console.log(`Main-thread work per card open (ms, 4× CPU, mean of ${opens} opens, scrolling between opens included; styledElements: elements whose style was recomputed)`);
  console.log(`| page | ${kinds.join(' | ')} |\n| --- |${kinds.map(() => ' ---: |').join('')}`);
  for (const [name, t] of rows) console.log(`| ${name} | ${kinds.map((k) => (t[k] ?? 0).toFixed(1)).join(' | ')} |`);
} finally {
  await browser.close();
  await ours.close();
  await peer.close();
}
