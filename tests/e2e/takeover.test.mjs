// End-to-end: the app takes the prerendered page over in place (hydration). The WASM is held
// back until the prerendered page is laid out and measured, so the "before" is certain; then
// the same nodes must still be in the document, at the same boxes, with no later paint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './served-dist.mjs';
import { PHONE, DESKTOP } from './browser.mjs';
import { takeover } from './takeover.mjs';

const env = servedDist();

/** What a reader already sees: the headline, headings, card buttons and (on phones) charts. */
const PRERENDERED = '#app h1, #app h2, #app h3, #app .card-toggle, #app .chart-plot svg';

test('phone: the app keeps every prerendered heading, card button and chart in place', async () => {
  const { page, boxes, report, errors } = await takeover(env.browser, env.server.url, PHONE, PRERENDERED);
  assert.ok(boxes > 90, `only ${boxes} prerendered nodes`);
  assert.deepEqual(report.gone, [], 'replaced instead of hydrated');
  assert.deepEqual(report.moved, [], 'moved');
  assert.deepEqual(report.lateLcp, [], `a largest paint after the app started (all: ${report.lcp})`);
  assert.deepEqual(errors, []);
  // And the hydrated page is live: its buttons open cards.
  await page.locator('#toggle-city-parks').click();
  await page.locator('#toggle-city-parks[aria-expanded="true"]').waitFor();
  assert.equal(await page.locator('#panel-city-parks blockquote > p > mark').textContent(), '建成10个城市公园');
  await page.context().close();
});

test('desktop: headings and card buttons stay in place (charts redraw for the wider column)', async () => {
  const { page, boxes, report, errors } = await takeover(env.browser, env.server.url, DESKTOP, '#app h1, #app h2, #app h3, #app .card-toggle');
  assert.ok(boxes > 80, `only ${boxes} prerendered nodes`);
  assert.deepEqual(report.gone, []);
  assert.deepEqual(report.moved, []);
  assert.deepEqual(report.lateLcp, []);
  assert.deepEqual(errors, []);
  await page.context().close();
});
