// End-to-end: each figure, chart and section has a page of its own (figure-<id>.html and
// .en.html …), prerendered with the piece alone, readable without JavaScript, taken over in
// place, with its own share image, and embeddable alone: a host page on another origin embeds a
// figure's card, a chart and a section beside the whole page, each iframe sized to its content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, CSP } from './server.mjs';
import { launch, wake, PHONE, DESKTOP } from './browser.mjs';
import { takeover } from './takeover.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const read = async (file) => JSON.parse(await readFile(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const FIGURES = (await read('figures.json')).figures;
const CHART = (await read('charts.json')).charts[0];
const BEDS = FIGURES.find((f) => f.id === 'hospital-beds');
const PAGE = (await read('passages.json')).page;
// A figure no chart draws, in the livelihood section: its card stands in the section.
const CHARTED = new Set((await read('charts.json')).charts.flatMap((c) => c.figures));
const UNCHARTED = FIGURES.find((f) => f.group === 'livelihood' && !CHARTED.has(f.id));

let app, host, browser;
before(async () => {
  browser = await launch();
  app = await serve(DIST, { headers: { 'content-security-policy': CSP } });
  host = await serve(DIST, {
    base: '/nothing-here/',
    pages: {
      '/article.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body>
        <h1>An article</h1>
        <div id="whole" data-infographic="${app.url}"></div>
        <p>A story about hospitals.</p>
        <div id="figure" data-infographic="${app.url}" data-piece="figure-${BEDS.id}"></div>
        <p>A story about industry.</p>
        <div id="chart" data-infographic="${app.url}" data-piece="chart-${CHART.id}" data-query="lang=en"></div>
        <p>A story about people's lives.</p>
        <div id="section" data-infographic="${app.url}" data-piece="section-livelihood"></div>
        <div id="forged" data-infographic="${app.url}" data-piece="../index"></div>
        <script>window.received = []; addEventListener('message', (e) => received.push(e.data));</script>
        <script src="${app.url}embed.js"></script>
      </body></html>`,
    },
  });
});
after(async () => {
  await browser?.close();
  await Promise.all([app?.close(), host?.close()]);
});

/** The iframe's height once it has reported and it matches its document's. */
async function settled(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => {
    const f = document.querySelector(`${sel} iframe`);
    return f && f.style.height && f.style.height !== '600px';
  }, selector);
  const frame = page.frameLocator(`${selector} iframe`);
  let outer, inner;
  for (let i = 0; i < 60; i++) {
    outer = await page.locator(`${selector} iframe`).evaluate((f) => f.getBoundingClientRect().height);
    inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    if (outer === inner) break;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
  assert.equal(outer, inner, `${selector}: the iframe fits its content`);
  return outer;
}

test('a host page embeds a figure, a chart and a section alone beside the whole page: each iframe follows its content, under a strict CSP', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const context = await browser.newContext({ viewport });
    // In every frame: the policy's violations, and the app's start.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      addEventListener('TrunkApplicationStarted', () => (window.appStarted = true));
    });
    const page = await context.newPage();
    await page.goto(`${host.url.replace('/nothing-here/', '')}/article.html`);
    const frames = {};
    for (const id of ['whole', 'figure', 'chart', 'section']) frames[id] = await settled(page, `#${id}`);
    assert.equal(await page.locator('#forged iframe').count(), 0, 'a piece named otherwise is not mounted');
    // Each frame is its piece's own page: the figure's card open with its quote marked, the
    // chart (in English, as the snippet asked), the section's heading.
    const figure = page.frameLocator('#figure iframe');
    const chart = page.frameLocator('#chart iframe');
    const section = page.frameLocator('#section iframe');
    assert.match(await page.locator('#figure iframe').getAttribute('src'), /\/figure-hospital-beds\.html\?embed=$/);
    assert.match(await page.locator('#chart iframe').getAttribute('src'), new RegExp(`/chart-${CHART.id}\\.en\\.html\\?lang=en&embed=$`));
    assert.equal(await figure.locator('#toggle-hospital-beds').getAttribute('aria-expanded'), 'true');
    assert.equal(await figure.locator('#panel-hospital-beds mark').first().textContent(), BEDS.mentions[0].quote);
    assert.equal(await chart.locator('.chart').count(), 1);
    assert.equal(await chart.locator('h1').textContent().then((t) => /Beibei/.test(t)), true);
    assert.equal(await section.locator('h2').count(), 1);
    assert.ok(frames.figure < frames.whole / 3 && frames.chart < frames.whole / 3, `pieces are short: ${JSON.stringify(frames)}`);
    // No embed snippet is offered inside a host's frame.
    assert.equal(await figure.locator('.embed-code').first().isVisible(), false);
    // In a host's frame the link to the whole infographic opens a new tab, and says so.
    assert.equal(await figure.locator('.whole-page a').getAttribute('target'), '_blank');
    assert.ok(await figure.locator('.whole-page a .new-tab').isVisible());

    // The figure's card closes and opens again: its frame shrinks and grows back.
    await figure.locator('#toggle-hospital-beds').click();
    await figure.locator('#toggle-hospital-beds[aria-expanded="false"]').waitFor();
    const closed = await settled(page, '#figure');
    assert.ok(closed < frames.figure, `shrank: ${frames.figure} → ${closed}`);
    await figure.locator('#toggle-hospital-beds').click();
    await figure.locator('#toggle-hospital-beds[aria-expanded="true"]').waitFor();
    assert.equal(await settled(page, '#figure'), frames.figure, 'grew back');

    // A bar of the chart opens its card under it: the chart's frame grows; the others stay.
    const first = CHART.figures[0];
    // (The first bar: its 100% track is drawn first, under it.)
    await chart.locator('.chart-plot svg:visible rect').nth(1).click();
    await chart.locator(`#toggle-${first}[aria-expanded="true"]`).waitFor();
    const opened = await settled(page, '#chart');
    assert.ok(opened > frames.chart, `grew: ${frames.chart} → ${opened}`);

    // A card of the section opens: its frame grows.
    await section.locator(`#toggle-${UNCHARTED.id}`).click();
    await section.locator(`#toggle-${UNCHARTED.id}[aria-expanded="true"]`).waitFor();
    assert.ok(await settled(page, '#section') > frames.section, 'the section grew');
    assert.equal(await settled(page, '#whole'), frames.whole, 'the whole page is unchanged');

    // Messages of the wrong kind, or from the host itself, change nothing.
    await page.evaluate(() => {
      postMessage({ type: 'infographic:height', height: 5 }, '*');
      postMessage({ type: 'infographic:height', height: '5' }, '*');
      postMessage({ sentinel: 'amp', type: 'embed-size', height: 5 }, '*');
    });
    await page.waitForFunction(() => received.filter((m) => m && m.height === 5).length >= 2);
    assert.equal(await page.locator('#figure iframe').evaluate((f) => f.getBoundingClientRect().height), frames.figure);

    // Under the policy, every frame ran its app (the taps above were the app's) with no violation.
    const violations = [];
    for (const frame of page.frames()) violations.push(...(await frame.evaluate(() => window.cspViolations ?? [])));
    assert.deepEqual(violations, []);
    await context.close();
  }
});

test('without JavaScript a figure\'s page and a chart\'s page show the piece; they and a section\'s page have their own share images', async () => {
  const page = await browser.newPage({ viewport: PHONE, javaScriptEnabled: false });
  const png = async (url) => {
    const bytes = Buffer.from(await (await page.request.get(url)).body());
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG', url);
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes };
  };
  const images = [];
  for (const [file, own] of [
    ['figure-hospital-beds.html', 'share-figure-hospital-beds.png'],
    ['figure-hospital-beds.en.html', 'share-figure-hospital-beds.en.png'],
    [`chart-${CHART.id}.html`, `share-chart-${CHART.id}.png`],
    ['section-land.en.html', 'share-section-land.en.png'],
  ]) {
    await page.goto(app.url + file);
    // Its heading is the infographic's name, not the whole page's headline (on jobs, over a
    // figure on beds).
    const h1 = await page.locator('h1').textContent();
    assert.equal(h1, file.includes('.en.') ? PAGE.short_title.en : PAGE.short_title.zh, file);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    assert.equal(image, `./${own}`, file);
    const { width, height, bytes } = await png(new URL(image, app.url).href);
    assert.deepEqual([width, height], [1200, 630], own);
    images.push(bytes);
    if (file.startsWith('section')) {
      // A section's image is its own, and its alt names the figures it shows.
      assert.match(await page.locator('meta[property="og:image:alt"]').getAttribute('content'), /^Land and factory clean-up: /);
      continue;
    }
    assert.match(await page.title(), file.startsWith('figure') ? /6\.82/ : new RegExp(CHART.title.zh.slice(0, 6)));
    if (file.startsWith('figure')) {
      // The card is open, its printed words marked (in English, in our translation too).
      assert.equal(await page.locator('#toggle-hospital-beds').getAttribute('aria-expanded'), 'true');
      const marks = await page.locator('#panel-hospital-beds mark').allTextContents();
      assert.ok(marks.includes(BEDS.mentions[0].quote), marks.join(' | '));
      if (file.includes('.en.')) assert.ok(marks.includes(BEDS.mentions[0].quote_en), marks.join(' | '));
      // And the way to the whole page, at the figure.
      assert.match(await page.locator('.whole-page a').getAttribute('href'), /#hospital-beds$/);
    } else {
      assert.ok(await page.locator('.chart svg:visible').first().isVisible());
      assert.equal(await page.locator('.chart-table tbody tr').count(), CHART.figures.length);
    }
    // Only this piece: no other figure's card.
    assert.equal(await page.locator('#toggle-life-expectancy').count(), 0);
  }
  // Each image is the piece's own: none is another's, nor the page's.
  const page_image = (await png(`${app.url}share.png`)).bytes;
  for (let i = 0; i < images.length; i++) {
    assert.ok(!images[i].equals(page_image));
    for (let j = i + 1; j < images.length; j++) assert.ok(!images[i].equals(images[j]));
  }
  await page.close();
});

test('a figure\'s page is taken over in place, and its language switch goes to its own English page', async () => {
  const { page, boxes, report, errors } = await takeover(browser, `${app.url}figure-hospital-beds.html`, PHONE, '#app h1, #app .card-toggle, #app mark, #app .whole-page a');
  assert.ok(boxes >= 4, `${boxes} prerendered nodes`);
  assert.deepEqual(report.gone, [], 'replaced instead of taken over');
  assert.deepEqual(report.moved, []);
  assert.deepEqual(errors, []);
  await page.locator('.lang-toggle').click();
  await page.waitForFunction(() => location.pathname.endsWith('/figure-hospital-beds.en.html'));
  await page.locator('#panel-hospital-beds mark', { hasText: BEDS.mentions[0].quote_en }).first().waitFor();
  const english = (await (await fetch(`${app.url}figure-hospital-beds.en.html`)).text()).match(/<title>([^<]*)<\/title>/)[1];
  assert.match(english, /^6\.82 beds per 1,000 people in hospitals/);
  assert.equal(await page.title(), english);
  // A reload opens the English page as prerendered; the Chinese page, a link someone shared,
  // stays Chinese for a reader who chose English before (the choice leads at the front door only).
  await page.reload();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.goto(`${app.url}figure-hospital-beds.html`);
  await wake(page);
  await page.waitForTimeout(300);
  assert.ok(page.url().endsWith('/figure-hospital-beds.html'), page.url());
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  await page.context().close();
});

test('on a figure\'s own page, its links to the whole page open it in the same tab (at the passage it continues, or at the figure), without saying "new tab"', async () => {
  // As printed, before any script: the card is not on this page, so the link is the whole page's.
  const printed = await (await fetch(`${app.url}figure-hospital-beds.html`)).text();
  const [, story] = printed.match(/<p class="excerpt-continues-note">[^<]*<a href="\.\/#(story-[a-z0-9-]+)" target="_blank" rel="noopener"/) ?? [];
  assert.ok(story, 'the prerendered figure page links the passage it continues on the whole page');
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.appStarted = true)));
  const address = `${app.url}figure-hospital-beds.html`;
  const started = async () => {
    await page.goto(address);
    await wake(page);
    await page.waitForFunction(() => window.appStarted === true);
  };
  await started();
  // On a page of its own the links do not say they open a new tab.
  assert.equal(await page.locator('.whole-page a .new-tab').isVisible(), false);
  const link = page.locator('#panel-hospital-beds .excerpt-continues-note a');
  assert.equal(await link.getAttribute('href'), `./#${story}`);
  await link.click();
  await page.waitForURL(new RegExp(`/#${story}$`));
  await page.locator(`#toggle-${story}[aria-expanded="true"]`).waitFor();
  assert.equal(context.pages().length, 1, 'no new tab');
  // Back is the way back to the piece.
  await page.goBack();
  await page.waitForURL(address);
  // The whole-page link too: the figure, on the whole page, in the same tab.
  await started();
  await page.locator('.whole-page a').click();
  await page.waitForURL(/\/(index\.html)?#hospital-beds$/);
  assert.equal(context.pages().length, 1, 'no new tab');
  await started();
  // A hash naming a card this page does not hold changes nothing; the English page links the
  // English whole page.
  await page.evaluate((story) => (location.hash = story), story);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#toggle-hospital-beds').getAttribute('aria-expanded'), 'true');
  await page.goto(`${app.url}figure-hospital-beds.en.html`);
  await wake(page);
  await page.waitForFunction(() => window.appStarted === true);
  assert.equal(await page.locator('#panel-hospital-beds .excerpt-continues-note a').getAttribute('href'), `en.html#${story}`);
  // The link to the notes opens the whole page at them, not at its top.
  const notes = page.locator('a', { hasText: 'How we made this page, with corrections' });
  assert.equal(await notes.getAttribute('href'), 'en.html#notes');
  await notes.click();
  await page.waitForURL(/\/en\.html#notes$/);
  await wake(page);
  await page.waitForFunction(() => {
    const top = document.getElementById('notes').getBoundingClientRect().top;
    return top >= 0 && top < innerHeight;
  }, null, { timeout: 5000 });
  // Folded on the page, the notes the link names are open there, corrections and all; and
  // again when the page, notes closed, is sent there within itself.
  await page.locator('#notes[open]').waitFor({ timeout: 3000 });
  assert.ok(await page.locator('#notes .corrections li').first().isVisible());
  await page.evaluate(() => {
    document.getElementById('notes').open = false;
    location.hash = '';
  });
  await page.evaluate(() => (location.hash = '#notes'));
  await page.locator('#notes[open]').waitFor({ timeout: 3000 });
  await context.close();
});

test('the page\'s notes open at #notes before the app has come, and are printed open', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  // The app never comes: what the loader does alone.
  await page.route(/\.wasm$/, () => {});
  await page.goto(`${app.url}en.html#notes`);
  await page.locator('#notes[open]').waitFor({ timeout: 3000 });
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined);
  // Closed again by the reader, they are opened for printing and folded after it.
  await page.evaluate(() => (document.getElementById('notes').open = false));
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.locator('#notes').evaluate((d) => d.open), true);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  assert.equal(await page.locator('#notes').evaluate((d) => d.open), false);
  await context.close();
});

test('on a section\'s own page, the passage its figure is quoted from is a link to the whole page, which opens it there', async () => {
  // As printed: the passage is not on this page, so the link is the whole page's, in its language.
  for (const [file, whole] of [['section-tourism.html', './'], ['section-tourism.en.html', 'en.html']]) {
    const printed = await (await fetch(`${app.url}${file}`)).text();
    const [, href] = printed.match(/<p class="stories-elsewhere">[^<]*<a href="([^"]+)"/) ?? [];
    assert.equal(href, `${whole}#story-ecology-report`, file);
  }
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${app.url}section-tourism.en.html`);
  await wake(page);
  const link = page.locator('.stories-elsewhere a');
  assert.equal(await link.getAttribute('href'), 'en.html#story-ecology-report');
  await link.click();
  await page.waitForURL(/\/en\.html#story-ecology-report$/);
  await page.locator('#toggle-story-ecology-report[aria-expanded="true"]').waitFor();
  await context.close();
});
