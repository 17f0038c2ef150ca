// End-to-end: "Get the data". A reader downloads every figure as CSV (UTF-8 with BOM, for
// Excel) and JSON from the footer, and a chart's own CSV from under the chart; every value
// equals data/figures.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { servedDist } from './served-dist.mjs';
import { PHONE } from './browser.mjs';

const DATA = new URL('../../data/', import.meta.url).pathname;
const FIGURES = JSON.parse(await readFile(`${DATA}figures.json`, 'utf8')).figures;
const CHARTS = JSON.parse(await readFile(`${DATA}charts.json`, 'utf8')).charts;
const env = servedDist();

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFile(await file.path());
}

test('the footer gives every figure as CSV and JSON, equal to the data', async () => {
  const page = await (await env.browser.newContext({ viewport: PHONE, acceptDownloads: true })).newPage();
  await page.goto(env.server.url);
  const csvLink = page.locator('.get-data a').first();
  assert.match(await csvLink.textContent(), /CSV/);
  const bytes = await download(page, csvLink);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.equal(rows.length, FIGURES.length);
  for (const f of FIGURES) {
    const row = rows.find((r) => r.id === f.id);
    assert.ok(row, f.id);
    assert.equal(Number(row.value), f.value, f.id);
    assert.equal(row.label_zh, f.label.zh);
    assert.ok(row.title_en.length > f.label.en.length, `${f.id}: an English title that stands alone`);
    assert.equal(row.as_printed, f.display);
    assert.equal(row.quote_zh.split(' | ')[0], f.mentions[0].quote);
    // Our English of the quote, as the English page highlights it.
    assert.equal(row.quote_en.split(' | ')[0], f.mentions[0].quote_en ?? '');
  }
  assert.equal(rows.find((r) => r.id === 'city-parks').title_en, '10 city parks built');
  assert.equal(rows.find((r) => r.id === 'forest-cover').title_en, 'Forest cover: 50.7%');
  const json = JSON.parse((await download(page, page.locator('.get-data a').nth(1))).toString('utf8'));
  assert.deepEqual(json.figures.map((f) => [f.id, f.value]), FIGURES.map((f) => [f.id, f.value]));
  assert.ok(json.source.zh && json.source.en, 'the JSON says where its figures come from');
  await page.context().close();
});

test('each chart gives its own figures as CSV, in English too', async () => {
  const page = await (await env.browser.newContext({ viewport: PHONE, acceptDownloads: true })).newPage();
  await page.goto(`${env.server.url}?lang=en`);
  const links = page.locator('.chart-data a');
  assert.equal(await links.count(), CHARTS.length);
  assert.match(await links.first().textContent(), /Get the data/);
  for (const i of [0, CHARTS.length - 1]) {
    const href = await links.nth(i).getAttribute('href');
    const chart = CHARTS.find((c) => href.endsWith(`chart-${c.id}.csv`));
    assert.ok(chart, href);
    const rows = parseCsv((await download(page, links.nth(i))).toString('utf8').slice(1));
    assert.deepEqual(rows.map((r) => r.id), chart.figures);
    for (const r of rows) assert.equal(Number(r.value), FIGURES.find((f) => f.id === r.id).value);
  }
  await page.context().close();
});

test('every data file has its pre-compressed copies, as the hosting checklist says', async () => {
  const { readdir } = await import('node:fs/promises');
  const { gunzipSync, brotliDecompressSync } = await import('node:zlib');
  const dir = new URL('../../dist/data/', import.meta.url).pathname;
  const files = (await readdir(dir)).filter((f) => /\.(csv|json)$/.test(f));
  // The two files of every figure, and one CSV per chart.
  const wanted = ['figures.csv', 'figures.json', ...CHARTS.map((c) => `chart-${c.id}.csv`)];
  assert.deepEqual(files.sort(), wanted.sort());
  for (const f of files) {
    const data = await readFile(dir + f);
    assert.deepEqual(gunzipSync(await readFile(`${dir}${f}.gz`)), data, `${f}.gz`);
    assert.deepEqual(brotliDecompressSync(await readFile(`${dir}${f}.br`)), data, `${f}.br`);
  }
});
