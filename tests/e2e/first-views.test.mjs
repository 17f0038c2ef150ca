// End-to-end: ready at first paint. Every first view (Chinese, English, each embedded) is a
// prerendered page of its own that the app takes over in place; nothing but the page, its
// stylesheet and the loader is asked for before the page has loaded; a tap made before the app
// has started is acknowledged at once and honoured when it has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { servedDist } from './served-dist.mjs';
import { wake, PHONE } from './browser.mjs';
import { takeover } from './takeover.mjs';

const env = servedDist();
const PAGE = JSON.parse(await readFile(new URL('../../data/passages.json', import.meta.url), 'utf8')).page;
/** The headline a reader sees: ours, where the lead has one, over the printed one. */
const HEADLINE = PAGE.lead?.headline ?? PAGE.headline;

/** A page whose WASM is held back until `release()` is called. */
async function heldPage(options = {}) {
  const context = await env.browser.newContext({ viewport: PHONE, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', () => (window.appStarted = performance.now()));
  });
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return { page, errors, release };
}

test('a card tapped before the app has started shows it is pending, then opens with its quote marked', async () => {
  const { page, errors, release } = await heldPage();
  await page.goto(env.server.url, { waitUntil: 'load' });
  const toggle = page.locator('#toggle-city-parks');
  await toggle.click();
  // Acknowledged at once, by the loader alone: the app is not running yet.
  assert.equal(await page.evaluate(() => window.appStarted), undefined, 'the app waited');
  assert.equal(await toggle.getAttribute('aria-busy'), 'true');
  assert.equal(await toggle.getAttribute('data-pending'), '');
  const outline = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(outline, 'dashed', 'the pending tap is visible');
  // Its chevron turns while the app loads: the wait shows progress.
  const turning = await toggle.locator('.card-chevron').evaluate((el) => getComputedStyle(el).animationName);
  assert.equal(turning, 'card-pending');
  await page.getByRole('status').filter({ hasText: '正在加载' }).waitFor();
  release();
  await page.locator('#toggle-city-parks[aria-expanded="true"]').waitFor();
  assert.equal(await toggle.locator('.card-chevron').evaluate((el) => getComputedStyle(el).animationName), 'none');
  assert.equal(await page.locator('#panel-city-parks blockquote > p > mark').textContent(), '建成10个城市公园');
  await page.waitForFunction(() => location.hash === '#city-parks');
  assert.equal(await toggle.getAttribute('aria-busy'), null);
  assert.equal(await toggle.getAttribute('data-pending'), null);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a lead figure tapped before the app has started brings its card into view, pending, and the app opens it', async () => {
  const { page, errors, release } = await heldPage();
  await page.goto(env.server.url, { waitUntil: 'load' });
  const lead = page.locator('.page-lead-figure[href="#life-expectancy"]');
  assert.match(await lead.textContent(), /78\.2/);
  await lead.click();
  assert.equal(await page.evaluate(() => window.appStarted), undefined, 'the app waited');
  const toggle = page.locator('#toggle-life-expectancy');
  await page.locator('#toggle-life-expectancy[aria-busy="true"]').waitFor();
  assert.equal(await page.evaluate(() => window.appStarted), undefined, 'still before the app');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'toggle-life-expectancy', 'focus went with the link');
  const top = await page.locator('#card-life-expectancy').evaluate((c) => c.getBoundingClientRect().top);
  assert.ok(top >= -1 && top < 844, `the card is at ${top}`);
  release();
  await page.locator('#toggle-life-expectancy[aria-expanded="true"]').waitFor();
  assert.match(await page.locator('#panel-life-expectancy blockquote > p > mark').first().textContent(), /78\.2/);
  await page.waitForFunction(() => {
    const r = document.querySelector('#panel-life-expectancy mark').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.equal(await toggle.getAttribute('aria-busy'), null);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a deep link shows its card at first paint, before the app has started, and the app opens it there', async () => {
  const { page, errors, release } = await heldPage();
  // A card far down the English page.
  await page.goto(`${env.server.url}en.html#firms-closed`, { waitUntil: 'load' });
  assert.equal(await page.evaluate(() => window.appStarted), undefined, 'the app waited');
  const card = page.locator('#card-firms-closed');
  const top = await card.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 50, `the linked card is at the top of the screen (${top})`);
  const toggle = page.locator('#toggle-firms-closed');
  assert.equal(await toggle.getAttribute('aria-busy'), 'true', 'shown on its way');
  release();
  await page.locator('#toggle-firms-closed[aria-expanded="true"]').waitFor();
  assert.equal(await toggle.getAttribute('aria-busy'), null);
  assert.equal(await toggle.getAttribute('data-pending'), null);
  // Opened in place: its marked quote in view.
  await page.waitForFunction(() => {
    const mark = document.querySelector('#panel-firms-closed mark');
    const box = mark && mark.getBoundingClientRect();
    return box && box.top >= 0 && box.bottom <= innerHeight;
  });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a deep link\'s card is still at the top when the stylesheet arrives after the page has been read', async () => {
  const { page, release } = await heldPage();
  // The page is read (DOMContentLoaded) before its stylesheet has come, so the card moves
  // when it comes: the loader brings it back at load.
  await page.route('**/*.css', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.goto(`${env.server.url}en.html#firms-closed`, { waitUntil: 'load' });
  const top = await page.locator('#card-firms-closed').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 50, `the linked card is at the top of the screen (${top})`);
  release();
  await page.context().close();
});

test('of several early taps the last one counts: the last card tapped is the one open', async () => {
  const { page, release } = await heldPage();
  await page.goto(env.server.url, { waitUntil: 'load' });
  await page.locator('#toggle-city-parks').click();
  // A bar between the two cards: the first chart's first bar, strategic emerging manufacturing.
  await page.locator('.chart-plot').first().scrollIntoViewIfNeeded();
  const box = await page.locator('.chart-plot svg:visible rect').first().boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('#toggle-hospital-beds').click();
  release();
  await page.locator('#toggle-hospital-beds[aria-expanded="true"]').waitFor();
  await page.waitForFunction(() => location.hash === '#hospital-beds');
  assert.equal(await page.locator('.card-toggle[aria-expanded="true"]').count(), 1, 'one card open');
  await page.context().close();
});

test('a bar tapped before the app has started opens its card', async () => {
  const { page, release } = await heldPage();
  await page.goto(env.server.url, { waitUntil: 'load' });
  await page.locator('.chart-plot').first().scrollIntoViewIfNeeded();
  const box = await page.locator('.chart-plot svg:visible rect').first().boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  release();
  await page.locator('#toggle-emerging-manufacturing-share[aria-expanded="true"]').waitFor();
  await page.waitForFunction(() => location.hash === '#emerging-manufacturing-share');
  assert.equal(await page.locator('#panel-emerging-manufacturing-share blockquote > p > mark').textContent(), '战略性新兴制造业、高技术制造业、大数据智能化产值占规模以上工业总产值比重分别达67%、65.2%、61.1%');
  await page.context().close();
});

test('on a wide screen the chart at first paint is drawn for its width, as the app then draws it', async () => {
  const { page, release } = await heldPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(env.server.url, { waitUntil: 'load' });
  // The drawing shown (the static page holds a phone's and a wide screen's): its bars' ends.
  const ends = () => page.evaluate(() => {
    const svg = [...document.querySelectorAll('.chart-plot svg')].find((s) => s.getBoundingClientRect().width > 0);
    const plot = svg.closest('.chart-plot').getBoundingClientRect();
    return { plot: Math.round(plot.width), bars: [...svg.querySelectorAll('rect')].map((r) => Math.round(r.getBoundingClientRect().right - plot.left)) };
  });
  const before = await ends();
  // The track behind the first bar reaches the plot's value column, not a phone's width.
  assert.ok(Math.max(...before.bars) > before.plot * 0.8, JSON.stringify(before));
  release();
  await wake(page);
  await page.waitForFunction(() => window.appStarted);
  await page.waitForFunction(() => document.querySelector('.chart-plot svg:not([class])') !== null);
  assert.deepEqual(await ends(), before);
  await page.context().close();
});

test('words typed into the search box before the app has started are kept and searched', async () => {
  const { page, release } = await heldPage();
  await page.goto(env.server.url, { waitUntil: 'load' });
  const all = await page.locator('.card-toggle').count();
  await page.locator('#search-input').fill('公园');
  release();
  await page.waitForFunction((all) => document.querySelectorAll('.card-toggle').length < all, all);
  assert.equal(await page.locator('#search-input').inputValue(), '公园');
  assert.ok(await page.locator('#toggle-city-parks').isVisible());
  assert.equal(await page.locator('#toggle-hospital-beds').count(), 0);
  await page.context().close();
});

test('when the app cannot load, the taps are let go, the reader is told, and the printed text shows', async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(env.server.url, { waitUntil: 'load' });
  const toggle = page.locator('#toggle-city-parks');
  await toggle.click();
  await page.locator('#app-status').filter({ hasText: '未能加载' }).waitFor();
  // On the screen, not only to a screen reader.
  await page.waitForFunction(() => {
    const r = document.getElementById('app-status').getBoundingClientRect();
    return r.width > 200 && r.height > 20 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 });
  assert.equal(await toggle.getAttribute('aria-busy'), null);
  assert.equal(await toggle.getAttribute('data-pending'), null);
  assert.ok(await page.locator('#static-text').isVisible(), 'the whole printed text is shown');
  // A card leads to the passage it quotes, in that text.
  await toggle.click();
  await page.waitForFunction(() => {
    const r = document.getElementById('text-livelihood-report').getBoundingClientRect();
    return location.hash === '#text-livelihood-report' && r.top > -2 && r.top < innerHeight;
  }, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-livelihood-report');
  // A card's link (a deep link, #life-expectancy) leads to it still: the browser's own jump,
  // its anchor named again.
  await page.evaluate(() => (location.hash = 'life-expectancy'));
  await page.waitForFunction(() => {
    const r = document.getElementById('card-life-expectancy').getBoundingClientRect();
    return location.hash === '#life-expectancy' && r.top >= 0 && r.top < innerHeight;
  }, null, { timeout: 5000 });
  await context.close();
});

test('an explicit ?lang=zh wins over a remembered English, also on its way to the embedded view', async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  // A reader who switched to English before.
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      // Remembered under the key of before the names were made neutral: still read.
      localStorage.setItem('beibei-infographic:lang', 'en');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  await page.goto(`${env.server.url}en.html?lang=zh`);
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await page.locator('h1').textContent(), HEADLINE.zh);
  await page.goto(`${env.server.url}?embed&lang=zh`);
  assert.equal(new URL(page.url()).pathname, '/embed.html');
  assert.equal(await page.locator('h1').textContent(), HEADLINE.zh);
  // Without it, the remembered English is kept, now under the new key too, where the app reads it.
  await page.goto(env.server.url);
  assert.equal(new URL(page.url()).pathname, '/en.html');
  assert.deepEqual(
    await page.evaluate(() => [localStorage.getItem('infographic:lang'), localStorage.getItem('beibei-infographic:lang')]),
    ['en', 'en'],
  );
  // Only at the front door: a link to a card someone shared opens in its own language, and an
  // embedded view in its host's.
  await page.goto(`${env.server.url}#city-parks`);
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await page.locator('h1').textContent(), HEADLINE.zh);
  await page.goto(`${env.server.url}?embed`);
  assert.equal(new URL(page.url()).pathname, '/embed.html');
  assert.equal(await page.locator('h1').textContent(), HEADLINE.zh);
  await context.close();
});

test('a filter chip and the language switch tapped before the app has started are honoured too', async () => {
  const { page, release } = await heldPage();
  await page.goto(env.server.url, { waitUntil: 'load' });
  const chip = page.locator('.chip').nth(2);
  const group = await chip.textContent();
  await chip.click();
  await page.locator('.lang-toggle').click();
  assert.equal(await page.locator('.lang-toggle').getAttribute('aria-busy'), 'true');
  release();
  await page.waitForFunction(() => document.querySelector('h1').textContent.startsWith('Beibei'));
  await page.waitForFunction(() => location.pathname.endsWith('/en.html'));
  // The chip, now in English, is the pressed one, and only its group's section is shown.
  assert.equal(await page.locator('.chip[aria-pressed="true"]').count(), 1);
  assert.notEqual(await page.locator('.chip[aria-pressed="true"]').textContent(), group, 'labelled in English now');
  assert.equal(await page.locator('.chip').nth(2).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('main section.group').count(), 1);
  await page.context().close();
});

test('before the page has loaded it asks for nothing but itself, its stylesheet and the loader', async () => {
  const page = await env.browser.newPage({ viewport: PHONE });
  await page.goto(env.server.url, { waitUntil: 'load' });
  const early = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    return performance.getEntriesByType('resource')
      .filter((r) => r.startTime < nav.loadEventStart)
      .map((r) => new URL(r.name).pathname.split('/').pop());
  });
  assert.equal(early.length, 2, early.join(', '));
  assert.ok(early.some((f) => /\.css$/.test(f)), early.join(', '));
  assert.ok(early.some((f) => /^loader-[0-9a-f]+\.js$/.test(f)), early.join(', '));
  await wake(page);
  await page.waitForFunction(() => !document.getElementById('static-text'));
  await page.close();
});

test('the app is fetched when the browser is idle, and runs only when the reader shows intent', async () => {
  const page = await env.browser.newPage({ viewport: PHONE });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.appStarted = true)));
  const fetched = page.waitForResponse((r) => r.url().endsWith('_bg.wasm'));
  await page.goto(env.server.url, { waitUntil: 'load' });
  await fetched;
  // Past the tasks after the fetch: had the loader started the app, it would have by now.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestAnimationFrame(() => r()), { timeout: 3000 })));
  assert.equal(await page.evaluate(() => window.appStarted), undefined, 'no app code ran before any sign of intent');
  await wake(page);
  await page.waitForFunction(() => window.appStarted === true);
  await page.close();
});

/** What a reader already sees: the headline, headings and card buttons. */
const PRERENDERED = '#app h1, #app h2, #app h3, #app .card-toggle';

for (const [name, path, file, headline] of [
  ['English', 'en.html', 'en.html', HEADLINE.en],
  ['?lang=en', '?lang=en', 'en.html', HEADLINE.en],
  ['embedded', 'embed.html', 'embed.html', HEADLINE.zh],
  ['?embed (a snippet already pasted on a host site)', '?embed=', 'embed.html', HEADLINE.zh],
  ['embedded English', '?embed&lang=en&childId=c1', 'embed-en.html', HEADLINE.en],
]) {
  test(`${name}: the first paint is that view's own prerendered page, taken over in place`, async () => {
    const { page, boxes, report, errors, firstHeadline } = await takeover(env.browser, env.server.url + path, PHONE, PRERENDERED);
    assert.equal(new URL(page.url()).pathname.split('/').pop(), file);
    assert.equal(firstHeadline, headline, 'the first paint is in the view\'s language');
    assert.ok(boxes > 60, `only ${boxes} prerendered nodes`);
    assert.deepEqual(report.gone, [], 'replaced instead of taken over');
    assert.deepEqual(report.moved, []);
    assert.equal(await page.locator('h1').textContent(), headline);
    assert.deepEqual(errors, []);
    // Live: a card opens.
    await page.locator('#toggle-city-parks').click();
    await page.locator('#toggle-city-parks[aria-expanded="true"]').waitFor();
    await page.context().close();
  });
}

test('without JavaScript the English page reads in English', async () => {
  const page = await env.browser.newPage({ viewport: PHONE, javaScriptEnabled: false });
  await page.goto(`${env.server.url}en.html`);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('h1').textContent(), HEADLINE.en);
  // Under our headline, the page's own, in English and named as the page's.
  assert.equal(await page.locator('.printed-headline').textContent(), `Printed headline: “${PAGE.headline.en}”`);
  assert.match(await page.title(), /· Beibei in figures$/);
  assert.match(await page.locator('#toggle-city-parks').textContent(), /parks/i);
  // The passages in Chinese, each with our translation, said to be ours.
  const translations = page.locator('#static-text .static-translation');
  assert.ok((await translations.count()) > 10);
  assert.match(await translations.first().textContent(), /^Our translation/);
  await page.close();
  // A card’s public link (#life-expectancy), opened without JavaScript, still leads to its card.
  const linked = await env.browser.newPage({ viewport: PHONE, javaScriptEnabled: false });
  await linked.goto(`${env.server.url}en.html#life-expectancy`);
  // (Polled from here: a page without JavaScript runs no waiting function.)
  const inView = () => linked.evaluate(() => {
    const top = document.getElementById('card-life-expectancy').getBoundingClientRect().top;
    return top >= 0 && top < innerHeight / 2 && scrollY > innerHeight;
  });
  for (let i = 0; i < 50 && !(await inView()); i++) await linked.waitForTimeout(100);
  assert.ok(await inView(), 'the card is at the top of the screen, far down the page');
  await linked.close();
});

test('switching language goes to that language\'s page: a reload opens it, the hash kept', async () => {
  const page = await env.browser.newPage({ viewport: PHONE });
  await page.goto(`${env.server.url}#city-parks`);
  await page.locator('#toggle-city-parks[aria-expanded="true"]').waitFor();
  await page.locator('.lang-toggle').click();
  await page.waitForFunction(() => location.pathname.endsWith('/en.html'));
  assert.equal(new URL(page.url()).hash, '#city-parks');
  // The tab says the English page's title at once, as a reload would.
  const printedTitle = async (file) => (await (await fetch(`${env.server.url}${file}`)).text()).match(/<title>([^<]*)<\/title>/)[1];
  assert.equal(await page.title(), await printedTitle('en.html'));
  assert.notEqual(await printedTitle('en.html'), await printedTitle('index.html'));
  await page.reload();
  assert.equal(await page.locator('h1').textContent(), HEADLINE.en);
  await page.locator('.lang-toggle').click();
  await page.waitForFunction(() => !location.pathname.endsWith('.html'));
  await page.reload();
  assert.equal(await page.locator('h1').textContent(), HEADLINE.zh);
  await page.close();
});

test('our translations come to English readers only: with the app in English, before the switch in Chinese', async () => {
  const FIGURES = JSON.parse(await readFile(new URL('../../data/figures.json', import.meta.url), 'utf8')).figures;
  const beds = FIGURES.find((f) => f.id === 'hospital-beds').mentions[0];
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const asked = [];
  page.on('request', (r) => /translations-[0-9a-f]+\.txt$/.test(r.url()) && asked.push(r.url()));
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/translations-[0-9a-f]+\.txt$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.appStarted = true)));
  await page.goto(`${env.server.url}#hospital-beds`);
  await wake(page);
  await page.waitForFunction(() => window.appStarted === true);
  await page.locator('#toggle-hospital-beds[aria-expanded="true"]').waitFor();
  // A Chinese reader's app never asks for them.
  assert.deepEqual(asked, []);
  // The switch to English waits for them, shown on its way, and is then made.
  await page.locator('.lang-toggle').click();
  assert.equal(await page.locator('.lang-toggle').getAttribute('aria-busy'), 'true');
  assert.equal(await page.locator('h1').textContent(), HEADLINE.zh);
  assert.equal(asked.length, 1);
  release();
  await page.waitForFunction((h) => document.querySelector('h1').textContent === h, HEADLINE.en);
  assert.equal(await page.locator('.lang-toggle').getAttribute('aria-busy'), null);
  const mark = page.locator('#panel-hospital-beds .excerpt-translation > p > mark');
  assert.equal(await mark.textContent(), beds.quote_en);
  // Back to Chinese and again to English: they are here, nothing is asked again.
  await page.locator('.lang-toggle').click();
  await page.waitForFunction((h) => document.querySelector('h1').textContent === h, HEADLINE.zh);
  await page.locator('.lang-toggle').click();
  await page.waitForFunction((h) => document.querySelector('h1').textContent === h, HEADLINE.en);
  assert.equal(asked.length, 1);
  await context.close();
});

test('an English first view takes its page over with our translations in it', async () => {
  const page = await env.browser.newPage({ viewport: PHONE });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.appStarted = true)));
  await page.goto(`${env.server.url}en.html#story-elevators`);
  await wake(page);
  await page.waitForFunction(() => window.appStarted === true);
  const translation = page.locator('#panel-story-elevators .excerpt-translation');
  await translation.waitFor();
  assert.match(await translation.textContent(), /Xinfangzi/);
  assert.equal(await page.locator('#toggle-story-elevators .card-teaser').getAttribute('lang'), 'en');
  await page.close();
});
