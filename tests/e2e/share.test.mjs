// End-to-end: share and cite a figure. An open card copies its deep link and a citation of
// printed words; where the clipboard cannot be used the text is shown selected; results are
// announced in a status region; print shows none of the buttons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { servedDist } from './served-dist.mjs';
import { wake, PHONE, DESKTOP } from './browser.mjs';

const PAGE = JSON.parse(await readFile(new URL('../../data/passages.json', import.meta.url), 'utf8')).page;
const env = servedDist();

async function open(viewport, path, { clipboard = true } = {}) {
  const context = await env.browser.newContext({ viewport });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
  const page = await context.newPage();
  await page.addInitScript((clipboard) => {
    addEventListener('TrunkApplicationStarted', () => (window.appStarted = true));
    // An insecure page or an old browser: no clipboard at all.
    if (!clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  }, clipboard);
  await page.goto(env.server.url + path);
  await wake(page);
  await page.waitForFunction(() => window.appStarted === true);
  return page;
}

test('copy link puts the figure\'s own page on the clipboard and says so (zh, phone); that page shows the figure', async () => {
  const page = await open(PHONE, '#hospital-beds');
  const panel = page.locator('#panel-hospital-beds');
  await panel.getByRole('button', { name: '复制链接' }).click();
  await assert.doesNotReject(panel.getByRole('status').getByText('链接已复制').waitFor());
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${env.server.url}figure-hospital-beds.html`);
  await panel.getByRole('button', { name: '复制引用' }).click();
  await panel.getByRole('status').getByText('引用已复制').waitFor();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(citation.startsWith('“每千人医疗机构床位数达到6.82张'), citation);
  assert.ok(citation.includes(`《${PAGE.headline.zh}》，${PAGE.credit.zh}`), citation);
  // And where its words come from: the share image's source line, in brackets.
  const source = PAGE.share_image.source.zh.replace(/^来源：/, '');
  assert.ok(citation.endsWith(`（${source}）`), citation);
  // The link opens the figure alone, its card open and its words marked, and previews as it.
  await page.goto(link);
  assert.equal(await page.locator('#toggle-hospital-beds').getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('#panel-hospital-beds mark').first().textContent(), '每千人医疗机构床位数达到6.82张');
  assert.equal(await page.locator('meta[property="og:image"]').getAttribute('content'), './share-figure-hospital-beds.png');
  await page.context().close();
});

test('in English on a desktop, by keyboard, the same (the link is the figure\'s English page)', async () => {
  const page = await open(DESKTOP, '?lang=en#city-parks');
  const button = page.locator('#panel-city-parks').getByRole('button', { name: 'Copy link' });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator('#panel-city-parks').getByRole('status').getByText('Link copied').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.server.url}figure-city-parks.en.html`);
  // The citation, in English: the printed Chinese as printed, the quote and the headline each
  // with our translation (named so), the credit and the source line in English.
  const cite = page.locator('#panel-city-parks').getByRole('button', { name: 'Copy citation' });
  await cite.focus();
  await page.keyboard.press('Enter');
  await page.locator('#panel-city-parks').getByRole('status').getByText('Citation copied').waitFor();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(citation.startsWith('“建成10个城市公园” (“10 city parks”) — '), citation);
  assert.ok(citation.includes(` — “${PAGE.headline.zh}” (“${PAGE.headline.en}”; translations ours), ${PAGE.credit.en}`), citation);
  assert.ok(citation.endsWith(` (${PAGE.share_image.source.en.replace(/^Source: /, '')})`), citation);
  await page.context().close();
});

test('without a clipboard the link is shown selected, and the reader is told to copy it', async () => {
  const page = await open(PHONE, '#story-elevators', { clipboard: false });
  const panel = page.locator('#panel-story-elevators');
  assert.equal(await panel.getByRole('button', { name: '复制引用' }).count(), 0, 'stories cite no figure');
  await panel.getByRole('button', { name: '复制链接' }).click();
  const input = panel.locator('.card-manual');
  await input.waitFor();
  assert.equal(await input.inputValue(), `${env.server.url}#story-elevators`);
  const selection = await input.evaluate((el) => [document.activeElement === el, el.selectionStart, el.selectionEnd, el.value.length]);
  assert.deepEqual(selection, [true, 0, selection[3], selection[3]]);
  assert.match(await panel.getByRole('status').textContent(), /手动复制/);
  await page.context().close();
});

test('an embed snippet is copied with one tap, and said so; without a clipboard the reader is asked to copy it', async () => {
  for (const clipboard of [true, false]) {
    const page = await open(PHONE, '#hospital-beds', { clipboard });
    const embed = page.locator('#panel-hospital-beds .embed-code');
    await embed.locator('summary').click();
    await embed.getByRole('button', { name: '复制代码' }).click();
    const status = embed.getByRole('status');
    if (clipboard) {
      await status.getByText('代码已复制').waitFor();
      const code = await embed.locator('code').textContent();
      assert.match(code, /data-piece="figure-hospital-beds"/);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
    } else {
      await status.getByText('请选中上方代码后手动复制').waitFor();
    }
    await page.context().close();
  }
});

test('cancelling the share sheet leaves no error behind', async () => {
  const context = await env.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    // A share sheet the reader closes: the promise rejects with AbortError, as browsers do.
    navigator.share = () => {
      window.shareAsked = true;
      return Promise.reject(new DOMException('Share canceled', 'AbortError'));
    };
    addEventListener('unhandledrejection', (e) => (window.unhandled = String(e.reason)));
  });
  await page.goto(`${env.server.url}#hospital-beds`);
  await page.locator('#panel-hospital-beds').getByRole('button', { name: '分享' }).click();
  await page.waitForFunction(() => window.shareAsked === true);
  // Past the tasks in which an unhandled rejection is reported.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  assert.equal(await page.evaluate(() => window.unhandled), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('print shows none of the buttons', async () => {
  const page = await open(PHONE, '#hospital-beds');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#panel-hospital-beds .card-actions').isVisible(), false);
  assert.equal(await page.locator('.chart-data').first().isVisible(), false);
  await page.context().close();
});
