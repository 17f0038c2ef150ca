// End-to-end: the release build in Debian's Chromium, as a reader uses it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from './server.mjs';
import { launch, wake, PHONE, DESKTOP } from './browser.mjs';

const CHARTS = JSON.parse(await readFile(new URL('../../data/charts.json', import.meta.url), 'utf8')).charts;
const { groups: GROUPS, figures: FIGURES } = JSON.parse(await readFile(new URL('../../data/figures.json', import.meta.url), 'utf8'));

const DIST = new URL('../../dist/', import.meta.url).pathname;
const SHOTS = new URL('./artifacts/', import.meta.url).pathname;
let server, browser;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page and records console errors and failed requests. */
async function open(viewport, { hash = '', colorScheme = 'light', url = server.url, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  await page.addInitScript(() => {
    window.historyAtLoad = history.length;
    addEventListener('TrunkApplicationStarted', () => (window.appStarted = true));
  });
  await page.goto(url + hash);
  // The prerendered page shows at once; the app starts when the reader shows intent.
  await wake(page);
  await page.waitForFunction(() => window.appStarted === true);
  return { page, problems };
}

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${name}: loads clean, draws charts and cards`, async () => {
    const { page, problems } = await open(viewport);
    assert.equal(await page.locator('.chart .chart-drawing svg:visible').count(), CHARTS.length);
    assert.ok((await page.locator('.card-toggle').count()) >= 50);
    await page.screenshot({ path: `${SHOTS}${name}-top.png` });
    await page.screenshot({ path: `${SHOTS}${name}-full.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test(`${name}: clicking a bar opens its card with the quote highlighted`, async () => {
    const { page } = await open(viewport);
    // The first chart's first row is strategic emerging manufacturing (67%): its first shape
    // (the track, under the bar). A reader clicks the middle of it.
    await page.locator('.chart-plot').first().scrollIntoViewIfNeeded();
    const box = await page.locator('.chart-plot svg:visible rect').first().boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const toggle = page.locator('#toggle-emerging-manufacturing-share');
    await assert.doesNotReject(toggle.and(page.locator('[aria-expanded="true"]')).waitFor());
    const mark = page.locator('#panel-emerging-manufacturing-share blockquote > p > mark');
    assert.equal(await mark.textContent(), '战略性新兴制造业、高技术制造业、大数据智能化产值占规模以上工业总产值比重分别达67%、65.2%、61.1%');
    // The card brings its quote into the viewport (smoothly, unless the reader prefers less motion).
    await page.waitForFunction(() => {
      const r = document.querySelector('#panel-emerging-manufacturing-share mark').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    // The app writes the hash after the card is painted.
    await page.waitForFunction(() => location.hash === '#emerging-manufacturing-share');
    await page.screenshot({ path: `${SHOTS}${name}-card-open.png` });

    // One tap takes the reader back to the chart, focus on its bars; the card closes.
    const back = page.locator('#panel-emerging-manufacturing-share .way-back button');
    await back.click();
    // Closed, the card is no longer shown (the chart draws its figure).
    await toggle.and(page.locator('[aria-expanded="false"]')).waitFor({ state: 'attached' });
    assert.equal(await toggle.isVisible(), false);
    await page.waitForFunction(() => {
      const bars = document.activeElement;
      const r = bars.closest('.chart').querySelector('.chart-plot').getBoundingClientRect();
      return bars.classList.contains('chart-bars') && r.top >= 0 && r.bottom <= innerHeight;
    });
    await page.context().close();
  });
}

test('on an English phone, a lead figure or a bar opens its card number first, the quote on the screen with it', async () => {
  for (const [tap, id] of [['.page-lead-figure[href="#hospital-beds"]', 'hospital-beds'], ['.page-lead-figure[href="#life-expectancy"]', 'life-expectancy'], ['bar', 'high-tech-manufacturing-share']]) {
    const { page } = await open(PHONE, { url: `${server.url}en.html` });
    if (tap === 'bar') {
      await page.locator('.chart-plot').first().scrollIntoViewIfNeeded();
      const box = await page.locator('.chart-plot svg:visible rect').nth(2).boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    } else {
      await page.locator(tap).click();
    }
    await page.locator(`#toggle-${id}[aria-expanded="true"]`).waitFor();
    // Once the scroll has settled: the card's top (its number) and its marked words, both on
    // the screen.
    let last = -1;
    for (let y = await page.evaluate(() => scrollY); y !== last; y = await page.evaluate(() => scrollY)) {
      last = y;
      await page.waitForTimeout(400);
    }
    const [card, mark, height] = await page.evaluate((id) => [
      document.getElementById(`card-${id}`).getBoundingClientRect().top,
      document.querySelector(`#panel-${id} mark`).getBoundingClientRect().toJSON(),
      innerHeight,
    ], id);
    assert.ok(card >= 0, `${id}: the card's top is at ${card} px`);
    assert.ok(mark.top >= 0 && mark.bottom <= height, `${id}: the quote is at ${mark.top}–${mark.bottom} px`);
    await page.context().close();
  }
});

test('no card repeats a bar of the chart in its section; a bar opens its card just under the chart', async () => {
  const { page } = await open(PHONE);
  const charted = CHARTS.flatMap((c) => c.figures);
  assert.ok(charted.length > 0);
  // Closed, a charted figure's card is not shown: the chart is its picture and its way in.
  for (const id of charted) assert.equal(await page.locator(`#card-${id}`).isVisible(), false, id);
  // The section still shows the cards of figures no chart draws.
  const shown = await page.locator('.card-toggle:visible').evaluateAll((bs) => bs.map((b) => b.id.replace(/^toggle-/, '')));
  assert.ok(shown.length >= 40, `${shown.length} cards shown`);
  assert.deepEqual(shown.filter((id) => charted.includes(id)), []);
  // A bar opens its card where the chart is read: just under it, not a long way down.
  const chart = page.locator(`#chart-${CHARTS[0].id}`);
  await chart.scrollIntoViewIfNeeded();
  const bar = await page.locator(`#chart-${CHARTS[0].id} .chart-plot svg:visible rect`).first().boundingBox();
  await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
  const id = CHARTS[0].figures[0];
  await page.locator(`#toggle-${id}[aria-expanded="true"]`).waitFor();
  const below = await page.evaluate(([c, card]) =>
    document.getElementById(card).getBoundingClientRect().top - document.getElementById(c).getBoundingClientRect().bottom,
  [`chart-${CHARTS[0].id}`, `card-${id}`]);
  assert.ok(below >= 0 && below < 40, `the card is ${below} px under its chart`);
  // The card a tap opened has the focus, as one the keyboard opened: Escape closes it (pressed
  // once the card has scrolled into view, as a reader reads it first).
  await page.waitForFunction((button) => document.activeElement?.id === button, `toggle-${id}`);
  await page.waitForTimeout(1000);
  await page.keyboard.press('Escape');
  await page.locator(`#card-${id}`).waitFor({ state: 'hidden' });
  // Opened again and closed by its button, it goes: the chart shows the figure. (Escape led
  // back to the chart, which may have moved: the bar is found again.)
  const rect = page.locator(`#chart-${CHARTS[0].id} .chart-plot svg:visible rect`).first();
  let again = await rect.boundingBox();
  for (let settled = 0; settled < 3; ) {
    await page.waitForTimeout(200);
    const now = await rect.boundingBox();
    settled = now.y === again.y ? settled + 1 : 0;
    again = now;
  }
  await page.mouse.click(again.x + again.width / 2, again.y + again.height / 2);
  await page.locator(`#toggle-${id}[aria-expanded="true"]`).waitFor();
  await page.locator(`#toggle-${id}`).click();
  await page.locator(`#card-${id}`).waitFor({ state: 'hidden' });
  await page.context().close();
});

test('only a charted or top figure\'s card offers the way back to it, however it was opened', async () => {
  const { page } = await open(PHONE, { hash: '#emerging-manufacturing-share' });
  await page.locator('#toggle-emerging-manufacturing-share[aria-expanded="true"]').waitFor();
  assert.equal(await page.locator('#panel-emerging-manufacturing-share .way-back').count(), 1);
  // Pocket squares are on no chart and not among the top figures: nothing to go back to.
  await page.locator('#toggle-pocket-squares').click();
  await page.locator('#toggle-pocket-squares[aria-expanded="true"]').waitFor();
  assert.equal(await page.locator('.way-back').count(), 0);
  await page.context().close();
});

test('the lead\'s figures open their cards, quote marked and in view, focus on the card; the card leads back; back closes it', async () => {
  const { page, problems } = await open(PHONE);
  const figures = await page.locator('.page-lead-figure').count();
  assert.ok(figures >= 2 && figures <= 4, `${figures} lead figures`);
  // Each says when, or that the page gives no period, as its card does.
  for (const period of await page.locator('.page-lead-period').allTextContents()) assert.match(period, /\S/);
  assert.equal(await page.locator('.page-lead-period').count(), figures);
  await page.locator('.page-lead-figure[href="#life-expectancy"]').click();
  await page.locator('#toggle-life-expectancy[aria-expanded="true"]').waitFor();
  await page.waitForFunction(() => {
    const r = document.querySelector('#panel-life-expectancy mark').getBoundingClientRect();
    return location.hash === '#life-expectancy' && r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'toggle-life-expectancy');
  // Far down the page on a phone, one tap takes the reader back to the figure they tapped,
  // focus on it; the card closes.
  const far = await page.evaluate(() => scrollY);
  assert.ok(far > 844, `the card is ${far} px down`);
  await page.locator('#panel-life-expectancy .way-back button').click();
  await page.locator('#toggle-life-expectancy[aria-expanded="false"]').waitFor();
  await page.waitForFunction(() => {
    const r = document.getElementById('lead-life-expectancy').getBoundingClientRect();
    // In view to the pixel (a subpixel layout may scroll to -0.4 px).
    return document.activeElement.id === 'lead-life-expectancy' && r.top > -1 && r.bottom <= innerHeight;
  });
  // Followed again, and again while its card is open (no hash change): focus and view go to the card.
  await page.locator('.page-lead-figure[href="#life-expectancy"]').click();
  await page.locator('#toggle-life-expectancy[aria-expanded="true"]').waitFor();
  await page.evaluate(() => scrollTo(0, 0));
  await page.locator('.page-lead-figure[href="#life-expectancy"]').click();
  await page.waitForFunction(() => {
    const r = document.getElementById('toggle-life-expectancy').getBoundingClientRect();
    return document.activeElement.id === 'toggle-life-expectancy' && r.top >= 0 && r.bottom <= innerHeight;
  });
  await page.goBack();
  await page.locator('#toggle-life-expectancy[aria-expanded="false"]').waitFor();
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the search says what it found, and says so when nothing matches, with the way back', async () => {
  const { page, problems } = await open(PHONE);
  const status = page.locator('.search-status');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await status.textContent(), '');
  const search = page.locator('#search-input');
  await search.fill('床位');
  await page.waitForFunction(() => /^\d+项数据/.test(document.querySelector('.search-status').textContent));
  const figures = Number((await status.textContent()).match(/^(\d+)项数据/)[1]);
  assert.equal(await page.locator('main .cards:not(.stories) > .card').count(), figures, 'the count is the cards shown');

  // Nothing matches: the line says so, instead of a blank page, and clearing brings every card back.
  await search.fill('没有这个词');
  await page.waitForFunction(() => document.querySelector('.search-status').textContent === '没有符合搜索的数据或原文。');
  assert.equal(await page.locator('main .card').count(), 0);
  await page.getByRole('button', { name: '清除搜索' }).click();
  await page.waitForFunction(() => document.querySelector('.search-status').textContent === '');
  assert.equal(await search.inputValue(), '');
  assert.ok(await search.evaluate((el) => el === document.activeElement), 'focus is back in the search box');
  assert.ok((await page.locator('main .card').count()) >= 50);

  // A topic chip and a search that leave nothing: said, with a way to search every topic.
  // Ecology holds no figure on beds.
  await page.locator('.chip', { hasText: GROUPS.find((g) => g.id === 'ecology').title.zh }).click();
  await search.fill('床位');
  await page.waitForFunction(() => document.querySelector('.search-status').textContent === '本主题中没有符合搜索的数据或原文。');
  assert.equal(await page.locator('main .card').count(), 0);
  await page.getByRole('button', { name: '在全部主题中搜索' }).click();
  await page.waitForFunction(() => /^\d+项数据/.test(document.querySelector('.search-status').textContent));
  assert.equal(await page.locator('.chip[aria-pressed="true"]').textContent(), '全部');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('on a phone the topics are one sideways row, and a keyboard reaches the last of them', async () => {
  const { page } = await open(PHONE);
  const tops = await page.locator('.chips .chip').evaluateAll((chips) => new Set(chips.map((c) => Math.round(c.getBoundingClientRect().top))).size);
  assert.equal(tops, 1, `the topics stand in ${tops} rows`);
  // The last topic, off the edge, comes into view when the keyboard lands on it.
  const last = page.locator('.chips .chip').last();
  await last.focus();
  const box = await last.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `the focused chip is at ${box.x}–${box.x + box.width}`);
  await page.keyboard.press('Enter');
  assert.equal(await last.getAttribute('aria-pressed'), 'true');
  await page.context().close();
});

test('on a desktop the Chinese topics are one row, none left alone on a second', async () => {
  const { page } = await open(DESKTOP);
  const tops = await page.locator('.chips .chip').evaluateAll((chips) => new Set(chips.map((c) => Math.round(c.getBoundingClientRect().top))).size);
  assert.equal(tops, 1, `the topics stand in ${tops} rows`);
  await page.context().close();
});

test('the language switch keeps its word on one line on a narrow phone', async () => {
  for (const width of [320, 390]) {
    const { page } = await open({ width, height: 844 });
    const lines = await page.locator('.lang-toggle').evaluate((button) => {
      const range = document.createRange();
      range.selectNodeContents(button);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    assert.equal(lines, 1, `at ${width} px "English" breaks over ${lines} lines`);
    await page.context().close();
  }
});

/** The elements `selector` finds, each with its text, whether it is set by words (`.words`),
 *  and the text of each of its lines, top to bottom, from each character's box. */
async function lineTexts(page, selector) {
  return page.evaluate((selector) => [...document.querySelectorAll(selector)].map((el) => {
    const lines = new Map();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const top = Math.round(rect.top);
        lines.set(top, (lines.get(top) ?? '') + node.data[i]);
      }
    }
    return {
      name: el.className || el.tagName,
      text: el.textContent,
      words: el.querySelector('.words') !== null,
      lines: [...lines.keys()].sort((a, b) => a - b).map((top) => lines.get(top)),
    };
  }), selector);
}

test('Chinese headline, deks, section titles and card labels never leave one character alone on their last line', async () => {
  const ideographs = (text) => [...text].filter((c) => /[\u3400-\u4dbf\u4e00-\u9fff]/.test(c)).length;
  for (const width of [320, 390, 1280]) {
    const { page } = await open({ width, height: 844 });
    const orphans = (await lineTexts(page, '.kicker, h1, .dek, .page-lead-label, .group h2, .group-dek, .card-label'))
      .filter(({ text, lines }) => lines.length > 1 && ideographs(text) >= 2 && ideographs(lines.at(-1)) < 2)
      .map(({ text, lines }) => `${text.trim().slice(0, 30)}… ends “${lines.at(-1)}”`);
    assert.deepEqual(orphans, [], `at ${width} px`);
    await page.context().close();
  }
});

test('the Chinese headline breaks as a news desk breaks it: after a clause or a quotation, never 就业 / 12.5万人', async () => {
  for (const [width, most] of [[320, 3], [390, 3], [1280, 2]]) {
    const { page } = await open({ width, height: 844 });
    const [{ text, lines }] = await lineTexts(page, 'h1');
    assert.ok(text.includes('12.5万人，'), text);
    assert.ok(lines.length <= most, `at ${width} px: ${lines.join(' / ')}`);
    const inside = lines.slice(0, -1).filter((line) => !/[，”]$/.test(line));
    assert.deepEqual(inside, [], `at ${width} px: ${lines.join(' / ')}`);
    await page.context().close();
  }
});

test('Chinese lines break between words, never inside one (收/入, 不/详, 薄/弱)', async () => {
  // Words a reader saw broken before: each, where a line holds it, is on one line.
  const WORDS = ['收入', '不详', '薄弱', '期间', '健康', '档案', '卫生', '入学率', '增长', '面积', '优良', '天数', '床位数', '长效机制', '地区', '老房', '变身', '平台'];
  for (const width of [320, 390, 1280]) {
    const { page } = await open({ width, height: 844 });
    const elements = await lineTexts(page, '.kicker, h1, .dek, .page-lead-line, .page-lead-label, .page-lead-period, .group h2, .group-dek, .card-label, .chart-title');
    const found = [];
    for (const { name, words, lines } of elements) {
      if (!words) found.push(`${name}: not set by words`);
      const text = lines.join('');
      for (const word of WORDS) {
        if (text.includes(word) && !lines.some((line) => line.includes(word))) {
          found.push(`${text.slice(0, 24)}… breaks ${word}: ${lines.join(' / ')}`);
        }
      }
    }
    assert.ok(elements.length > 60, `${elements.length} lines checked`);
    assert.deepEqual(found, [], `at ${width} px`);
    await page.context().close();
  }
});

test('English labels, periods and measures never end a line on a short compound\'s hyphen (A-/share, Five-/Year)', async () => {
  for (const width of [320, 390]) {
    const { page } = await open({ width, height: 844 }, { url: `${server.url}en.html`, hash: '#listed-private-companies' });
    await page.locator('#toggle-listed-private-companies[aria-expanded="true"]').waitFor();
    const elements = await lineTexts(page, '.card-label, .page-lead-label, .page-lead-period, .card-period, .group-dek, .chart-title, .chart-measure');
    assert.ok(elements.find(({ text }) => text.includes('A-share')), 'a label says A-share');
    assert.ok(elements.find(({ text }) => text.includes('Five-Year')), 'a period says Five-Year');
    // A line ending in "X-" whose compound, with the next line's first word, is ten
    // characters or fewer.
    const broken = elements.filter(({ lines }) => lines.some((line, i) => {
      const end = line.trim().match(/(\S+-)$/);
      const next = (lines[i + 1] ?? '').trim().match(/^(\S+)/);
      return end && next && (end[1] + next[1]).replace(/[,;:.)]+$/, '').length <= 10;
    })).map(({ lines }) => lines.join(' / '));
    assert.deepEqual(broken, [], `at ${width} px`);
    await page.context().close();
  }
});

test('links are in the page\'s own colours in light and dark, not the browser\'s blue', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page } = await open(PHONE, { colorScheme });
    const colours = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--value)';
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return { value, links: [...document.querySelectorAll('footer a')].map((a) => getComputedStyle(a).color) };
    });
    assert.ok(colours.links.length > 0);
    for (const c of colours.links) assert.equal(c, colours.value, colorScheme);
    await page.context().close();
  }
});

test('a chart\'s generated description is read out with its bars but not printed', async () => {
  const { page } = await open(PHONE);
  const bars = page.locator('.chart-bars').first();
  const ids = (await bars.getAttribute('aria-describedby')).split(' ');
  const description = page.locator(`#${ids.find((id) => id.startsWith('chart-description-'))}`);
  assert.match(await description.textContent(), /\S/);
  const box = await description.boundingBox();
  assert.ok(box.width <= 1 && box.height <= 1, `shown at ${box.width}×${box.height}`);
  await page.context().close();
});

test('passages are set in the serif, their paragraphs too', async () => {
  const { page } = await open(PHONE, { hash: '#hospital-beds' });
  await page.locator('#panel-hospital-beds blockquote > p > mark').waitFor();
  const font = await page.locator('#panel-hospital-beds blockquote p').first().evaluate((p) => getComputedStyle(p).fontFamily);
  assert.match(font, /Serif|Songti|SimSun/, font);
  // The whole passage, behind its disclosure, marks the figure's words too.
  const summary = page.locator('#panel-hospital-beds .full-passage summary').first();
  assert.equal(await summary.innerText(), '阅读全文');
  await summary.click();
  // Open, the summary says what it does now.
  assert.equal(await summary.innerText(), '收起全文');
  const marks = page.locator('#panel-hospital-beds .full-passage mark').first();
  assert.ok(await marks.isVisible());
  assert.equal(await marks.textContent(), await page.locator('#panel-hospital-beds blockquote > p > mark').first().textContent());
  // The whole passage takes the excerpt's place: its marked words are shown once, not twice.
  const shown = await page.locator('#panel-hospital-beds blockquote mark').evaluateAll((all) => all.filter((m) => m.getClientRects().length > 0).length);
  assert.equal(shown, 1);
  await page.context().close();
});

test('keyboard only: tab to a card, open it with Enter, close with Escape', async () => {
  const { page } = await open(DESKTOP);
  // Reading order: the skip link, language toggle, the group chips, search, then the first chart's table, cards.
  const seen = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.className);
    seen.push(id);
    if (id === 'toggle-schools-built') break;
  }
  assert.ok(seen.includes('toggle-schools-built'), `focus went ${seen.join(' → ')}`);
  // First the way past the header and the topics, then the language toggle.
  assert.deepEqual(seen.slice(0, 2), ['skip-link', 'lang-toggle']);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'a visible focus ring');
  await page.keyboard.press('Enter');
  await page.locator('#toggle-schools-built[aria-expanded="true"]').waitFor();
  assert.equal(await page.locator('#panel-schools-built blockquote > p > mark').textContent(), '新建、改扩建学校18所');
  await page.keyboard.press('Escape');
  await page.locator('#toggle-schools-built[aria-expanded="false"]').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'toggle-schools-built');
  await page.keyboard.press('Space');
  await page.locator('#toggle-schools-built[aria-expanded="true"]').waitFor();
  await page.context().close();
});

test('the keyboard\'s first stop is a link past the header and topics to the figures, seen when focused', async () => {
  const { page } = await open(PHONE);
  const skip = page.locator('.skip-link');
  assert.equal(await skip.isVisible() && (await skip.boundingBox()).x >= 0, false, 'out of sight');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  const box = await skip.boundingBox();
  assert.ok(box.x >= 0 && box.y >= 0 && box.y < 100, JSON.stringify(box));
  assert.equal(await skip.innerText(), '跳到数据');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const r = document.getElementById('main').getBoundingClientRect();
    return location.hash === '#main' && Math.abs(r.top) < 2;
  });
  // The next Tab goes on from the figures, not from the top.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.getElementById('main').contains(document.activeElement)));
  await page.context().close();
});

test('keyboard through the bars: one Tab stop, arrows and Home/End move, Enter opens, Escape leaves', async () => {
  const { page } = await open(DESKTOP);
  // From the last control of the section before the first chart (its way back to the topics), one
  // Tab reaches the chart.
  const chartSection = page.locator('section.group').filter({ has: page.locator('.chart-bars') }).first();
  await chartSection.locator('xpath=preceding-sibling::section[1]').locator('.to-topics a').focus();
  await page.keyboard.press('Tab');
  const bars = page.locator('.chart-bars').first();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'listbox');
  const active = () => bars.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant'))?.textContent);
  assert.equal(await active(), '战略性新兴制造业：67%（第1项，共3项）');
  await page.keyboard.press('ArrowDown');
  assert.match(await active(), /^高技术制造业：65\.2%（第2项，共3项）$/);
  // The readout over the chart says it too, as for a bar under the pointer.
  assert.equal(await page.locator('.chart-readout').first().textContent(), '高技术制造业：65.2%');
  assert.ok(await page.locator('.chart-focus rect').first().isVisible(), 'a focus mark on the bar');
  await page.keyboard.press('Home');
  assert.match(await active(), /（第1项，共3项）$/);
  await page.keyboard.press('End');
  assert.match(await active(), /（第3项，共3项）$/);
  await page.keyboard.press('Enter');
  await page.locator('#toggle-big-data-share[aria-expanded="true"]').waitFor();
  // The keyboard goes on from the card that opened; Escape closes it, back to the bars, on the
  // bar it opened.
  await page.waitForFunction(() => document.activeElement.id === 'toggle-big-data-share');
  await page.keyboard.press('Escape');
  await page.locator('#toggle-big-data-share[aria-expanded="false"]').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'listbox');
  assert.match(await active(), /（第3项，共3项）$/);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
  assert.equal(await page.locator('.chart-focus').count(), 0);
  // One Tab stop: Shift+Tab from the table goes back to the chart, not into its bars.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'listbox');
  await page.screenshot({ path: `${SHOTS}keyboard-bars.png` });
  await page.context().close();
});

test('deep link opens and scrolls to the card; back closes it', async () => {
  const { page } = await open(PHONE, { hash: '#idle-factories-reused' });
  const card = page.locator('#card-idle-factories-reused');
  await page.locator('#toggle-idle-factories-reused[aria-expanded="true"]').waitFor();
  // Scrolled to: the quote is in the viewport.
  await page.waitForFunction(() => {
    const r = document.querySelector('#card-idle-factories-reused mark').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  // Opening the linked card added no history entry: Back from here leaves the page. (The app
  // writes history in a task it queues in the frame after the card is painted; a task queued
  // in the next frame runs after it.)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  assert.equal(await page.evaluate(() => history.length), await page.evaluate(() => window.historyAtLoad));
  await page.locator('#toggle-city-parks').click();
  await page.locator('#toggle-city-parks[aria-expanded="true"]').waitFor();
  await page.waitForFunction(() => location.hash === '#city-parks');
  assert.equal(await page.evaluate(() => history.length), await page.evaluate(() => window.historyAtLoad + 1));
  await page.goBack();
  await page.locator('#toggle-idle-factories-reused[aria-expanded="true"]').waitFor();
  assert.equal(await page.locator('#toggle-city-parks').getAttribute('aria-expanded'), 'false');
  await page.context().close();
});

test('a section whose figure is quoted from another section\'s passage links it; the link opens that passage in view', async () => {
  const { page } = await open(PHONE);
  // The tourism section's symposia (三届) are quoted from the ecology report.
  const link = page.locator('#group-tourism').locator('xpath=..').locator('.stories-elsewhere a');
  assert.equal(await link.count(), 1);
  assert.equal(await link.getAttribute('href'), '#story-ecology-report');
  // Its only figure comes from there: not "also".
  // Cited as a title in running text, marked as ours (the page prints no title over it).
  assert.equal(await page.locator('#group-tourism').locator('xpath=..').locator('.stories-elsewhere').textContent(), '本节数字出自：“山清水秀美丽之地”（标题为编者所加）');
  await link.click();
  await page.locator('#toggle-story-ecology-report[aria-expanded="true"]').waitFor();
  await page.waitForFunction(() => {
    const r = document.querySelector('#toggle-story-ecology-report').getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  });
  // The focus follows the link: the keyboard goes on from the card it opened, not the page's top.
  await page.waitForFunction(() => document.activeElement?.id === 'toggle-story-ecology-report');
  // So does a passage's link to the one it continues (接上文).
  const story = page.locator('#panel-story-innovation-report');
  await page.locator('#toggle-story-innovation-report').click();
  const back = story.locator('.excerpt-continues-note a');
  await back.waitFor();
  const before = (await back.getAttribute('href')).slice(1);
  await back.click();
  await page.waitForFunction((id) => document.activeElement?.id === `toggle-${id}`, before);
  await page.context().close();
  // In English, of its one figure: "figure is", not "figures are".
  const { page: en } = await open(PHONE, { url: `${server.url}en.html` });
  assert.equal(await en.locator('#group-tourism').locator('xpath=..').locator('.stories-elsewhere').textContent(), 'This section’s figure is quoted from: A beautiful land of green hills and clear water (our title)');
  await en.context().close();
});

test('switching language keeps the reader\'s place: the open card is brought back into view', async () => {
  const { page } = await open(PHONE, { url: `${server.url}en.html`, hash: '#hospital-beds' });
  await page.locator('#toggle-hospital-beds[aria-expanded="true"]').waitFor();
  // The switch is at the page's top.
  await page.locator('.lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'));
  await page.waitForFunction(() => {
    const r = document.querySelector('#card-hospital-beds').getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight / 2;
  });
  assert.equal(await page.locator('#toggle-hospital-beds').getAttribute('aria-expanded'), 'true');
  await page.context().close();
});

test('Back to a card opened earlier opens it again, in view, where the reader had left the page elsewhere', async () => {
  const { page, problems } = await open(PHONE);
  await page.locator('#toggle-hospital-beds').click();
  await page.waitForFunction(() => location.hash === '#hospital-beds');
  // A card far down the page, opened after it.
  await page.locator('#toggle-forest-cover').scrollIntoViewIfNeeded();
  await page.locator('#toggle-forest-cover').click();
  await page.waitForFunction(() => location.hash === '#forest-cover');
  await page.goBack();
  await page.locator('#toggle-hospital-beds[aria-expanded="true"]').waitFor();
  // Its quote in view, not left thousands of pixels above where the browser put the page back.
  await page.waitForFunction(() => {
    const r = document.querySelector('#panel-hospital-beds mark').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 });
  // Back once more, to the page before any card: the card closes, and the reader stays there.
  await page.goBack();
  await page.locator('#toggle-hospital-beds[aria-expanded="false"]').waitFor();
  await page.waitForFunction(() => {
    const r = document.getElementById('toggle-hospital-beds').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 });
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('Back after switching language keeps the language, and the address says it', async () => {
  const { page } = await open(PHONE);
  await page.locator('#toggle-city-parks').click();
  await page.waitForFunction(() => location.hash === '#city-parks');
  await page.locator('.lang-toggle').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.evaluate(() => location.pathname + location.hash), /\/en\.html#city-parks$/);
  // Back to the entry before the card opened, written while the page was in Chinese.
  await page.goBack();
  await page.locator('#toggle-city-parks[aria-expanded="false"]').waitFor();
  await page.waitForFunction(() => location.pathname.endsWith('/en.html'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.evaluate(() => location.hash), '');
  // A reload opens what the reader sees: the English page.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.context().close();
});

test('a topic shown alone ends with the way back to every topic, which keeps the reader at that topic', async () => {
  const { page } = await open(PHONE);
  await page.locator('.chips .chip', { hasText: '产业' }).click();
  const back = page.locator('.all-topics button');
  assert.equal(await back.textContent(), '显示全部主题');
  await back.scrollIntoViewIfNeeded();
  await back.click();
  // Every topic again; the one the reader chose has the focus, in view.
  await page.waitForFunction(() => document.querySelectorAll('#main section.group').length > 2);
  assert.equal(await page.locator('.all-topics').count(), 0);
  await page.waitForFunction(() => document.activeElement?.textContent === '产业' && document.activeElement.tagName === 'H2');
  // (Scrolled there smoothly, where the reader allows motion.)
  await page.waitForFunction(() => {
    const top = document.activeElement.getBoundingClientRect().top;
    return top >= 0 && top < innerHeight / 2;
  });
  assert.equal(await page.locator('.chips .chip', { hasText: '全部' }).getAttribute('aria-pressed'), 'true');
  await page.context().close();
});

test('on a phone a topic tapped brings its section into view', async () => {
  const { page } = await open(PHONE, { url: `${server.url}en.html` });
  await page.locator('.chips .chip', { hasText: 'Industry' }).click();
  await page.waitForFunction(() => {
    const first = document.querySelector('#main section.group');
    const r = first.getBoundingClientRect();
    return first.querySelector('h2').textContent === 'Industry' && r.top >= -1 && r.top < innerHeight / 2;
  });
  await page.context().close();
});

test('on a phone each section ends with the way back up to the topics; Back returns to the section', async () => {
  const { page } = await open(PHONE, { url: `${server.url}en.html` });
  const link = page.locator('section.group').nth(2).locator('.to-topics a');
  await link.scrollIntoViewIfNeeded();
  const at = await page.evaluate(() => scrollY);
  assert.equal((await link.innerText()).trim(), '↑ Back to the topics');
  await link.click();
  await page.waitForFunction(() => {
    const r = document.getElementById('topics').getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight / 2;
  });
  await page.goBack();
  await page.waitForFunction((at) => Math.abs(scrollY - at) < 50, at);
  await page.context().close();
  // A section's own page has no topics, so no way to them.
  const { page: piece } = await open(PHONE, { url: `${server.url}section-industry.html` });
  assert.equal(await piece.locator('.to-topics').isVisible(), false);
  await piece.context().close();
});

test('on a Chinese phone a card closed by its button stays on the screen, though its row moves up', async () => {
  const { page } = await open(PHONE);
  const toggle = page.locator('#toggle-firms-closed');
  await toggle.click();
  await page.locator('#toggle-firms-closed[aria-expanded="true"]').waitFor();
  await page.waitForFunction(() => Math.abs(document.getElementById('toggle-firms-closed').getBoundingClientRect().top) < 40);
  // A tap where the reader sees it (a locator's click would bring it into view first).
  const box = await toggle.boundingBox();
  await page.mouse.click(box.x + 20, box.y + 10);
  await page.locator('#toggle-firms-closed[aria-expanded="false"]').waitFor();
  await page.waitForFunction(() => {
    const r = document.getElementById('toggle-firms-closed').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 });
  await page.context().close();
});

test('a card opened in another section while one is open comes into view, not the one that closed', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { page } = await open(viewport);
    await page.locator('#toggle-new-urban-jobs').click();
    await page.locator('#toggle-new-urban-jobs[aria-expanded="true"]').waitFor();
    const other = page.locator('#toggle-forest-cover');
    await other.scrollIntoViewIfNeeded();
    const box = await other.boundingBox();
    await page.mouse.click(box.x + 20, box.y + 10);
    await page.locator('#toggle-forest-cover[aria-expanded="true"]').waitFor();
    await page.waitForTimeout(300);
    const [top, height] = await page.evaluate(() => [document.getElementById('toggle-forest-cover').getBoundingClientRect().top, innerHeight]);
    assert.ok(top >= 0 && top < height, `the opened card's button at ${top}`);
    await page.context().close();
  }
});

test('a deep-linked card has the focus, as an opened one does: Escape closes it', async () => {
  const { page } = await open(PHONE, { hash: '#hospital-beds', url: `${server.url}en.html` });
  await page.locator('#toggle-hospital-beds[aria-expanded="true"]').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'toggle-hospital-beds');
  await page.keyboard.press('Escape');
  await page.locator('#toggle-hospital-beds[aria-expanded="false"]').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'toggle-hospital-beds');
  await page.context().close();
  // A charted figure's card, hidden while closed, has it too once it shows.
  const charted = CHARTS[0].figures[0];
  const { page: other } = await open(PHONE, { hash: `#${charted}` });
  await other.locator(`#toggle-${charted}[aria-expanded="true"]`).waitFor();
  await other.waitForFunction((id) => document.activeElement?.id === `toggle-${id}`, charted);
  await other.keyboard.press('Escape');
  await other.locator(`#toggle-${charted}[aria-expanded="false"]`).waitFor({ state: 'attached' });
  await other.context().close();
});

test('no horizontal scrolling from 320 px to 1920 px, nor at 200% zoom', async () => {
  for (const width of [320, 390, 768, 1920]) {
    // The widest card: the chart's, opened where it stands, under the chart.
    const { page } = await open({ width, height: 800 }, { hash: '#emerging-manufacturing-share' });
    await page.locator('#toggle-emerging-manufacturing-share[aria-expanded="true"]').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `overflow of ${overflow}px at ${width}px`);
    if (width === 320) await page.screenshot({ path: `${SHOTS}w320.png`, fullPage: false });
    await page.context().close();
  }
  // 200% zoom of a 640 px window is a 320 CSS px viewport at device scale 2: the app running,
  // a card open, as at the other widths.
  const { page } = await open({ width: 320, height: 640 }, { deviceScaleFactor: 2, hash: '#emerging-manufacturing-share' });
  await page.locator('#toggle-emerging-manufacturing-share[aria-expanded="true"]').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `overflow of ${overflow}px at 200%`);
  await page.context().close();
});

for (const colorScheme of ['light', 'dark']) {
  for (const lang of ['zh', 'en']) {
    test(`axe: no violations (${lang}, ${colorScheme}), card open`, async () => {
      const { page } = await open(PHONE, { colorScheme, url: `${server.url}?lang=${lang}`, hash: '#hospital-beds' });
      await page.locator('#toggle-hospital-beds[aria-expanded="true"]').waitFor();
      await page.locator('.chart-table summary').first().click();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, []);
      await page.screenshot({ path: `${SHOTS}axe-${lang}-${colorScheme}.png` });
      await page.context().close();
    });
  }
}

test('English: labels, units, chart labels and lang attributes', async () => {
  const { page } = await open(DESKTOP, { url: `${server.url}?lang=en` });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('h1').textContent(), /^Beibei reports/);
  assert.equal(await page.locator('#toggle-new-urban-jobs .card-value').textContent(), '125,000 jobs');
  const chartText = (await page.locator('.chart svg:visible').first().textContent()).replace(/\s+/g, ' ');
  assert.match(chartText, /Strategic emerging manufacturing/);
  await page.locator('#toggle-new-urban-jobs').click();
  assert.equal(await page.locator('#panel-new-urban-jobs blockquote').getAttribute('lang'), 'zh-Hans');
  // Under the Chinese, our translation, said to be ours, the figure's words marked in both.
  const jobs = FIGURES.find((f) => f.id === 'new-urban-jobs').mentions[0];
  assert.equal(await page.locator('#panel-new-urban-jobs blockquote > p > mark').textContent(), jobs.quote);
  const translation = page.locator('#panel-new-urban-jobs .excerpt-translation');
  assert.equal(await translation.getAttribute('lang'), 'en');
  assert.match(await translation.locator('.excerpt-translation-label').textContent(), /^Our translation/);
  assert.equal(await translation.locator(':scope > p > mark').textContent(), jobs.quote_en);
  assert.ok(await translation.locator(':scope > p > mark').isVisible());
  // A story's closed card is teased in English, from the translation.
  const teaser = page.locator('#toggle-story-elevators .card-teaser');
  assert.equal(await teaser.getAttribute('lang'), 'en');
  assert.match(await teaser.textContent(), /^Walk into/);
  // Cut for room: the card's cue, in English.
  assert.ok(await page.locator('.card-teaser .teaser-more').evaluateAll((all) => all.some((c) => c.textContent === 'Read more')));
  await page.screenshot({ path: `${SHOTS}desktop-en.png`, fullPage: true });
  await page.context().close();
});

test('an open card says its period after "Period:", or, where the page gives none, says that alone', async () => {
  const { page } = await open(PHONE, { hash: '#forest-cover', url: `${server.url}en.html` });
  const none = page.locator('#panel-forest-cover .card-period');
  await none.waitFor();
  assert.equal((await none.innerText()).trim(), 'The page gives no period');
  await page.evaluate(() => (location.hash = 'hospital-beds'));
  const given = page.locator('#panel-hospital-beds .card-period');
  await given.waitFor();
  assert.match((await given.innerText()).trim(), /^Period: Reached during the 13th Five-Year Plan \(2016–2020\)/);
  await page.context().close();
});

test('a Chinese teaser cut for room ends with the card\'s cue, 展开全文, after one … where it cuts a sentence, never the gap\'s ……; open, the cue goes', async () => {
  const { page } = await open(PHONE);
  const teasers = await page.locator('.card-teaser').evaluateAll((all) => all.map((t) => {
    const copy = t.cloneNode(true);
    copy.querySelectorAll('.gap').forEach((g) => g.remove());
    const cue = t.querySelector('.teaser-more');
    return { text: copy.textContent, cue: cue?.textContent ?? null, atGap: !!cue?.previousElementSibling?.matches('.gap') };
  }));
  assert.ok(teasers.length >= 8);
  // "……" is only ever a gap of our copy (muted, in its own span), as the gap note says.
  assert.deepEqual(teasers.filter((t) => t.text.includes('……')).map((t) => t.text), []);
  assert.ok(teasers.some((t) => t.cue === '展开全文'));
  // A cut inside a sentence is marked with one "…" before the cue (…展开全文); a cut after a
  // sentence's end is not, nor a stop at a gap of our copy (its own mark, then the cue); a
  // teaser that shows its whole paragraph has neither.
  assert.ok(teasers.some((t) => t.atGap), 'a teaser stopping at a gap has the cue');
  for (const t of teasers) {
    // (The cue follows a space.)
    const words = (t.cue ? t.text.slice(0, -t.cue.length) : t.text).trimEnd();
    const wanted = t.cue !== null && !t.atGap && !/[。！？]…?$/.test(words);
    assert.equal(words.endsWith('…'), wanted, t.text);
  }
  assert.ok(teasers.some((t) => t.text.endsWith('… 展开全文')), 'a teaser cut inside a sentence');
  const cue = page.locator('#toggle-story-elevators .teaser-more');
  assert.ok(await cue.isVisible());
  await page.locator('#toggle-story-elevators').click();
  await page.locator('#toggle-story-elevators[aria-expanded="true"]').waitFor();
  // Open, the passage follows: its first words are not teased again.
  assert.equal(await cue.isVisible(), false);
  assert.equal(await page.locator('#toggle-story-elevators .card-teaser').isVisible(), false);
  // Nor is its title: the card's own heading names the passage once.
  const card = await page.locator('#toggle-story-elevators').evaluate((toggle) => toggle.closest('.card').innerText);
  assert.equal(card.split('“老房电梯梦”（标题为编者所加）').length - 1, 1, card);
  assert.match(card, /此处拼接为编者判读：“最近，因定期要去医院”|此处由分栏拼接，为编者判读：“最近，因定期要去医院”/);
  await page.context().close();
});

test('English on a phone: one card a row, no tall empty tile beside a long label', async () => {
  const { page } = await open(PHONE, { url: `${server.url}en.html` });
  // The cards shown (a charted figure's stands under its chart, shown only open).
  const lefts = await page.locator('main .cards:not(.stories) > .card:visible').evaluateAll((cards) => [...new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left)))]);
  assert.equal(lefts.length, 1, `cards stand in ${lefts.length} columns`);
  // On a desktop, several a row still.
  await page.setViewportSize(DESKTOP);
  const columns = await page.locator('main .cards:not(.stories) > .card:visible').evaluateAll((cards) => new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left))).size);
  assert.ok(columns >= 2, `${columns} column(s) on a desktop`);
  await page.context().close();
});

test('English on a phone: no card value breaks a word across lines ("household|s")', async () => {
  for (const width of [390, 320]) {
    const { page } = await open({ width, height: 844 }, { url: `${server.url}?lang=en` });
    const broken = await page.evaluate(() => {
      const out = [];
      for (const value of document.querySelectorAll('.card-value')) {
        // Each word of the value must sit on one line: a word split by a line break has two boxes.
        const range = document.createRange();
        for (const m of value.textContent.matchAll(/\S+/g)) {
          // The word's start and end in the value's text nodes.
          const at = (offset) => {
            const walk = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
            for (let node = walk.nextNode(); node; node = walk.nextNode()) {
              if (offset <= node.data.length) return [node, offset];
              offset -= node.data.length;
            }
          };
          range.setStart(...at(m.index));
          range.setEnd(...at(m.index + m[0].length));
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
          if (lines > 1) out.push(`${value.textContent} (${m[0]})`);
        }
      }
      return out;
    });
    assert.deepEqual(broken, [], `${width} px`);
    await page.context().close();
  }
});

test('no card value runs out of its box, in either language, from 320 px to a desktop', async () => {
  for (const url of [server.url, `${server.url}en.html`]) {
    for (const viewport of [{ width: 320, height: 844 }, PHONE, { width: 768, height: 1024 }, { width: 1024, height: 768 }, DESKTOP]) {
      const { page } = await open(viewport, { url });
      // The value's words end before the chevron beside it (and so inside the card).
      const over = await page.evaluate(() => [...document.querySelectorAll('.card-value')]
        .filter((v) => v.getClientRects().length)
        .map((v) => {
          const range = document.createRange();
          range.selectNodeContents(v);
          const right = Math.max(...[...range.getClientRects()].map((r) => r.right));
          // (A value too wide pushes the chevron out of the card too: the card's edge bounds both.)
          const chevron = v.parentElement.querySelector('.card-chevron')?.getBoundingClientRect();
          const card = v.closest('.card').getBoundingClientRect().right;
          const edge = Math.min(chevron?.left ?? card, card);
          return right > edge + 1 ? `${v.textContent}: ends at ${Math.round(right)} px, past ${Math.round(edge)}` : null;
        })
        .filter(Boolean));
      assert.deepEqual(over, [], `${url} at ${viewport.width} px`);
      await page.context().close();
    }
  }
});

test('Chinese on a desktop and a phone: a card value breaks, if it must, only between its number and its unit (约44万 / 平方米, never 约44万平方 / 米)', async () => {
  for (const viewport of [DESKTOP, { width: 320, height: 844 }]) {
    const { page } = await open(viewport);
    const broken = await page.evaluate(() => {
      const out = [];
      for (const value of document.querySelectorAll('.card-value')) {
        if (!value.getClientRects().length) continue;
        const pieces = value.querySelectorAll('.whole');
        if (pieces.length !== 2) out.push(`${value.textContent}: not set as number and unit`);
        for (const piece of pieces) {
          const range = document.createRange();
          range.selectNodeContents(piece);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
          if (lines > 1) out.push(`${value.textContent}: ${piece.textContent} on ${lines} lines`);
        }
      }
      return out;
    });
    assert.deepEqual(broken, [], `${viewport.width} px`);
    // The value that broke on a desktop's narrow card breaks between its number and unit.
    const space = page.locator('#card-innovation-space .card-value');
    assert.equal(await space.locator('.whole').first().textContent(), '约44万');
    await page.context().close();
  }
});

test('served under a sub-path, the app works', async () => {
  const sub = await serve(DIST, { base: '/graphics/beibei/' });
  const { page, problems } = await open(PHONE, { url: sub.url });
  assert.ok((await page.locator('.card-toggle').count()) >= 50);
  assert.deepEqual(problems, []);
  await page.context().close();
  await sub.close();
});
