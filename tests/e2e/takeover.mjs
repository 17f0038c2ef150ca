// The takeover, measured: the page loaded with the WASM held back, the prerendered nodes a
// reader already sees recorded with their boxes before any app code can run, then the app
// started, and the same nodes looked at again. Shared by takeover.test.mjs (the Chinese page,
// phone and desktop) and first-views.test.mjs (every other first view).
import assert from 'node:assert/strict';
import { wake } from './browser.mjs';

/**
 * Opens `url` at `viewport` in `browser` and takes it over. Resolves to the page, how many
 * nodes matched `selector`, the first paint's headline, and a report: the nodes gone (replaced
 * instead of taken over), those moved by more than 1 px, and any largest paint after the start.
 */
export async function takeover(browser, url, viewport, selector) {
  const context = await browser.newContext({ viewport });
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
        window.firstHeadline = document.querySelector('h1')?.textContent;
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
  await page.goto(url, { waitUntil: 'load' });
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
  const firstHeadline = await page.evaluate(() => window.firstHeadline);
  return { page, boxes, report, errors, firstHeadline };
}

