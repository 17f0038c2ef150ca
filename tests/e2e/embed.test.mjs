// End-to-end: embedding on another origin, pym.js, no JavaScript, a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, CSP } from './server.mjs';
import { launch, wake, PHONE, DESKTOP } from './browser.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const PYM = new URL('./node_modules/pym.js/dist/pym.v1.min.js', import.meta.url).pathname;
let app, host, other, browser;

before(async () => {
  browser = await launch();
  app = await serve(DIST);
  other = await serve(DIST, {
    pages: {
      '/evil.html': `<!doctype html><title>x</title><script>
        parent.postMessage({ type: 'infographic:height', height: 9 }, '*');
        parent.postMessage({ type: 'beibei-infographic:height', height: 9 }, '*');
      </script>`,
    },
  });
  const pym = await readFile(PYM, 'utf8');
  host = await serve(DIST, {
    base: '/nothing-here/',
    pages: {
      '/article.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body>
        <h1>An article</h1>
        <div id="one" data-infographic="${app.url}" data-title="Beibei, first"></div>
        <p>Between the two.</p>
        <!-- A snippet pasted before the names were made neutral: still mounted and sized. -->
        <div id="two" data-beibei-infographic="${app.url}" data-title="Beibei, second" data-query="lang=en&childId=beibei-two"></div>
        <script>window.received = []; addEventListener('message', (e) => received.push(e.data));</script>
        <script src="${app.url}embed.js"></script>
      </body></html>`,
      '/pym.js': pym,
      '/pym.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pym</title></head><body>
        <div id="pym-beibei"></div>
        <script src="/pym.js"></script>
        <script>window.parentPym = new pym.Parent('pym-beibei', '${app.url}?embed', {});</script>
      </body></html>`,
    },
  });
});
after(async () => {
  await browser?.close();
  await Promise.all([app?.close(), host?.close(), other?.close()]);
});

async function newPage(options) {
  const context = await browser.newContext(options);
  return context.newPage();
}

/** The iframe's height and its document's height, once the frame has reported. */
async function heights(page, selector) {
  const frame = page.frameLocator(`${selector} iframe`);
  await frame.locator('.chart svg:visible').first().waitFor();
  const outer = await page.locator(`${selector} iframe`).evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  return { outer, inner };
}

async function settled(page, selector) {
  // Lazy iframes load near the viewport: bring this one there, as a reader scrolling would.
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => {
    const f = document.querySelector(`${sel} iframe`);
    return f && f.style.height && f.style.height !== '600px';
  }, selector);
  for (let i = 0; i < 50; i++) {
    const h = await heights(page, selector);
    if (h.outer === h.inner) return h;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
  return heights(page, selector);
}

test('embed.js sizes each iframe to its content, independently, as cards open and close', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const page = await newPage({ viewport });
    await page.goto(`${host.url.replace('/nothing-here/', '')}/article.html`);
    const one = await settled(page, '#one');
    const two = await settled(page, '#two');
    assert.equal(one.outer, one.inner, 'first iframe fits its content');
    assert.equal(two.outer, two.inner, 'second iframe fits its content');
    assert.equal(await page.locator('#one iframe').getAttribute('title'), 'Beibei, first');
    assert.equal(await page.locator('#one iframe').getAttribute('loading'), 'lazy');

    const frame = page.frameLocator('#one iframe');
    await frame.locator('#toggle-hospital-beds').click();
    await frame.locator('#toggle-hospital-beds[aria-expanded="true"]').waitFor();
    const opened = await settled(page, '#one');
    assert.ok(opened.outer > one.outer, `grew: ${one.outer} → ${opened.outer}`);
    assert.equal(opened.outer, opened.inner);
    assert.equal((await heights(page, '#two')).outer, two.outer, 'the other embed is unchanged');

    // Copy link inside a cross-origin frame: no clipboard permission there, so the link is
    // shown selected to copy by hand, and the frame grows with it.
    await frame.locator('#panel-hospital-beds .card-actions .card-action').first().click();
    await frame.locator('#panel-hospital-beds .card-notice').filter({ hasText: /./ }).waitFor();
    const copied = await settled(page, '#one');
    assert.equal(copied.outer, copied.inner, 'the frame follows the card actions');
    assert.equal(await frame.locator('#panel-hospital-beds .card-manual').count(), 1, 'the link is shown to copy by hand');
    assert.ok(copied.outer > opened.outer, `grew with the link shown: ${opened.outer} → ${copied.outer}`);

    await frame.locator('#toggle-hospital-beds').click();
    await frame.locator('#toggle-hospital-beds[aria-expanded="false"]').waitFor();
    const closed = await settled(page, '#one');
    assert.equal(closed.outer, one.outer, 'shrank back');

    // All three message formats were sent: ours, AMP's, and pym.js's for the frame with an id.
    const received = await page.evaluate(() => window.received);
    assert.ok(received.some((m) => m && m.type === 'infographic:height' && m.height > 0));
    assert.ok(received.some((m) => m && m.type === 'infographic:height' && m.id === 'beibei-two'));
    assert.ok(received.some((m) => m && m.sentinel === 'amp' && m.type === 'embed-size' && m.height > 0));
    assert.ok(received.some((m) => typeof m === 'string' && /^pymxPYMxbeibei-twoxPYMxheightxPYMx\d+$/.test(m)), 'pym.js');
    await page.context().close();
  }
});

test('messages of the wrong shape, from the wrong origin or from another frame change nothing', async () => {
  const page = await newPage({ viewport: DESKTOP });
  await page.goto(`${host.url.replace('/nothing-here/', '')}/article.html`);
  const before = await settled(page, '#one');
  await page.evaluate(() => {
    // From the host page itself, and malformed.
    for (const type of ['infographic:height', 'beibei-infographic:height']) {
      postMessage({ type, height: 5 }, '*');
      postMessage({ type, height: '5' }, '*');
      postMessage({ type, height: -1 }, '*');
      postMessage({ type, height: 1e9 }, '*');
      postMessage(type, '*');
    }
    postMessage(null, '*');
    // From an untracked frame.
    const f = document.createElement('iframe');
    f.srcdoc = `<script>parent.postMessage({ type: 'infographic:height', height: 7 }, '*')<\/script>`;
    document.body.appendChild(f);
  });
  // The host page's own listener runs in the same dispatch as embed.js's: once it has seen the
  // last of these messages (the untracked frame's), embed.js has ignored them all.
  await page.waitForFunction(() => [1e9, 7].every((h) => received.some((m) => m && m.height === h)));
  assert.equal((await page.locator('#one iframe').evaluate((f) => f.getBoundingClientRect().height)), before.outer);
  // A tracked frame navigated to another origin is no longer believed.
  const two = await settled(page, '#two');
  await page.locator('#two iframe').evaluate((f, url) => { f.contentWindow.location.href = url; }, `${other.url}../evil.html`.replace('/../', '/'));
  await page.waitForFunction(() => received.some((m) => m && m.height === 9));
  assert.equal(await page.locator('#two iframe').evaluate((f) => f.getBoundingClientRect().height), two.outer);
  await page.context().close();
});

test('a pym.js parent resizes the iframe with no code of ours', async () => {
  const page = await newPage({ viewport: PHONE });
  await page.goto(`${host.url.replace('/nothing-here/', '')}/pym.html`);
  const frame = page.frameLocator('#pym-beibei iframe');
  await frame.locator('.chart svg:visible').first().waitFor();
  await page.waitForFunction(() => {
    const f = document.querySelector('#pym-beibei iframe');
    return f && parseInt(f.getAttribute('height') || f.style.height, 10) > 1000;
  });
  const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  const outer = await page.locator('#pym-beibei iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height));
  assert.ok(Math.abs(outer - inner) <= 1, `pym height ${outer} vs content ${inner}`);
  // Sized from first paint, by the loader: no app code has run in the frame (nobody touched it).
  assert.equal(await frame.locator('html').evaluate(() => window.wasmBindings), undefined);
  await page.context().close();
});

test('without JavaScript every figure, passage and chart is readable', async () => {
  const page = await newPage({ viewport: PHONE, javaScriptEnabled: false });
  await page.goto(app.url);
  const text = await page.locator('body').innerText();
  for (const needle of ['6.82张', '12.5万人', '67%', '每千人医疗机构床位数达到6.82张', '新房子社区', '本版稿件由北碚区融媒体中心']) {
    assert.ok(text.includes(needle), `missing ${needle}`);
  }
  const charts = JSON.parse(await readFile(new URL('../../data/charts.json', import.meta.url), 'utf8')).charts;
  assert.equal(await page.locator('.chart .chart-drawing svg:visible').count(), charts.length);
  assert.ok(await page.locator('.chart svg:visible').first().isVisible());
  await page.screenshot({ path: new URL('./artifacts/no-javascript.png', import.meta.url).pathname });
  await page.context().close();
});

test('under a strict CSP the app runs with zero violations', async () => {
  const strict = await serve(DIST, { headers: { 'content-security-policy': CSP } });
  const page = await newPage({ viewport: PHONE });
  const violations = [];
  page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.appStarted = true)));
  await page.goto(strict.url);
  // The app itself runs under the policy: started (its WASM compiled and hydrated), then used.
  await wake(page);
  await page.waitForFunction(() => window.appStarted === true);
  await page.locator('#toggle-city-parks').click();
  await page.locator('#toggle-city-parks[aria-expanded="true"]').waitFor();
  assert.equal(await page.locator('#panel-city-parks blockquote > p > mark').textContent(), '建成10个城市公园');
  assert.deepEqual(violations, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  await page.context().close();
  await strict.close();
});

test('the app starts over the prerendered page without moving anything', async () => {
  const page = await newPage({ viewport: PHONE });
  await page.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(app.url);
  await wake(page);
  await page.waitForFunction(() => !document.getElementById('static-text'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.evaluate(() => window.shift), 0);
  await page.context().close();
});

test('sharing: title, Open Graph and Twitter tags, and a 1200×630 share image', async () => {
  const html = await (await fetch(app.url)).text();
  for (const tag of ['og:title', 'og:description', 'og:image', 'twitter:card', 'twitter:image']) {
    assert.match(html, new RegExp(`(property|name)="${tag}"`), tag);
  }
  assert.match(html, /<title>[^<]*北碚[^<]*<\/title>/);
  // Each language's page shows its own image.
  const english = await (await fetch(`${app.url}en.html`)).text();
  for (const [page, file] of [[html, 'share.png'], [english, 'share-en.png']]) {
    assert.match(page, new RegExp(`property="og:image" content="[^"]*/${file}"`), file);
    const png = Buffer.from(await (await fetch(`${app.url}${file}`)).arrayBuffer());
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  }
  const embed = await fetch(`${app.url}embed.js`);
  assert.equal(embed.status, 200);
});

test('embed flags: compact, plain, forced dark or light, language, start card', async () => {
  const page = await newPage({ viewport: PHONE, colorScheme: 'light' });
  await page.goto(`${app.url}?embed&dark=true&lang=en#city-parks`);
  await page.locator('#toggle-city-parks[aria-expanded="true"]').waitFor();
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(18, 21, 24)', 'dark background although the reader prefers light');
  assert.ok(await page.locator('.masthead.compact h1').isVisible());
  assert.equal(await page.locator('.dek').count(), 0, 'no dek when embedded');
  assert.match(await page.locator('h1').textContent(), /^Beibei reports/);
  await page.goto(`${app.url}?plain&dark=false`);
  await page.locator('.chart svg:visible').first().waitFor();
  await wake(page);
  await page.waitForFunction(() => !document.getElementById('static-text'));
  assert.equal(await page.locator('header.masthead').count(), 0);
  assert.equal(await page.locator('footer.credits').count(), 0);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  await page.context().close();
});
