// End-to-end: the app takes the prerendered page over in place (hydration). The WASM is held
// back until the prerendered page is laid out and measured, so the "before" is certain; then
// the same nodes must still be in the document, at the same boxes, with no later paint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './served-dist.mjs';
import { wake, PHONE, DESKTOP } from './browser.mjs';

const env = servedDist();

/** What a reader already sees: the headline, headings, card buttons and (on phones) charts. */
const PRERENDERED = '#app h1, #app h2, #app h3, #app .card-toggle, #app .chart-plot svg';

async function takeover(viewport, selector) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript((selector) => {
    window.lcp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.lcp.push(e.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    addEventListener('TrunkApplicationStarted', () => {
      window.appStarted = performance.now();
    });
    // Before any of the app's code can run: the prerendered nodes themselves.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        window.prerendered = [...document.querySelectorAll(selector)];
      }
    });
  }, selector);
  // Hold the WASM until the prerendered page has been measured.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.server.url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const boxes = await page.evaluate(() => {
    window.boxes = window.prerendered.map((n) => n.getBoundingClientRect().toJSON());
    return window.boxes.length;
  });
  assert.equal(await page.evaluate(() => window.appStarted), undefined, 'the app waited');
  release();
  await wake(page);
  await page.waitForFunction(() => window.appStarted !== undefined);
  // Past the app's first effects and the task after them (charts redrawn for the real width),
  // then two frames, so any paint they cause has been reported.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(), { timeout: 3000 })));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const report = await page.evaluate(() => {
    const moved = [];
    const gone = [];
    window.prerendered.forEach((node, i) => {
      const label = `${node.tagName.toLowerCase()}#${node.id || node.closest('[id]')?.id} "${node.textContent.trim().slice(0, 24)}"`;
      if (!node.isConnected) return gone.push(label);
      const now = node.getBoundingClientRect();
      const was = window.boxes[i];
      const off = Math.max(...['x', 'y', 'width', 'height'].map((k) => Math.abs(now[k] - was[k])));
      if (off > 1) moved.push(`${label} by ${off.toFixed(1)}px`);
    });
    return { moved, gone, lateLcp: window.lcp.filter((t) => t > window.appStarted), lcp: window.lcp };
  });
  return { page, boxes, report, errors };
}

test('phone: the app keeps every prerendered heading, card button and chart in place', async () => {
  const { page, boxes, report, errors } = await takeover(PHONE, PRERENDERED);
  assert.ok(boxes > 90, `only ${boxes} prerendered nodes`);
  assert.deepEqual(report.gone, [], 'replaced instead of hydrated');
  assert.deepEqual(report.moved, [], 'moved');
  assert.deepEqual(report.lateLcp, [], `a largest paint after the app started (all: ${report.lcp})`);
  assert.deepEqual(errors, []);
  // And the hydrated page is live: its buttons open cards.
  await page.locator('#toggle-city-parks').click();
  await page.locator('#toggle-city-parks[aria-expanded="true"]').waitFor();
  assert.equal(await page.locator('#panel-city-parks mark').textContent(), '建成10个城市公园');
  await page.context().close();
});

test('desktop: headings and card buttons stay in place (charts redraw for the wider column)', async () => {
  const { page, boxes, report, errors } = await takeover(DESKTOP, '#app h1, #app h2, #app h3, #app .card-toggle');
  assert.ok(boxes > 80, `only ${boxes} prerendered nodes`);
  assert.deepEqual(report.gone, []);
  assert.deepEqual(report.moved, []);
  assert.deepEqual(report.lateLcp, []);
  assert.deepEqual(errors, []);
  await page.context().close();
});
