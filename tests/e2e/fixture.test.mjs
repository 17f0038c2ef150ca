// End-to-end: another page, built from another data folder with no code change. The fixture
// page (tests/fixtures/page/, a short test text) is built with INFOGRAPHIC_DATA, served, and
// read: its own charts and cards appear, and no word of the Beibei page is anywhere in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch, wake, PHONE } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'target/fixture-dist');
const FIXTURE = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/page/passages.json'), 'utf8'));
// Words of our page that must not leak into another: the district's name, in both languages.
const OURS = ['北碚', 'Beibei'];
const CANONICAL = 'https://news.example/fixture/';
let server, browser;

before(async () => {
  // A debug build (no wasm-opt), in its own build cache so the release build stays warm.
  execFileSync('trunk', ['build', '--dist', DIST], {
    cwd: ROOT,
    stdio: 'inherit',
    // Built for its public address: every page names it (canonical, og:url, og:image).
    env: { ...process.env, INFOGRAPHIC_DATA: 'tests/fixtures/page', CARGO_TARGET_DIR: join(ROOT, 'target/fixture'), INFOGRAPHIC_CANONICAL_URL: CANONICAL },
  });
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the fixture page builds from its own data: its charts and cards, none of our words', async () => {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.appStarted = true)));
  await page.goto(server.url);
  await wake(page);
  await page.waitForFunction(() => window.appStarted === true);
  assert.equal(await page.locator('h1').textContent(), FIXTURE.page.headline.zh);
  assert.equal(await page.locator('.kicker').textContent(), FIXTURE.page.kicker.zh);
  assert.equal(await page.title(), `${FIXTURE.page.headline.zh} · ${FIXTURE.page.short_title.zh}`);
  assert.equal(await page.locator('.chart svg:visible').count(), 1);
  assert.match(await page.locator(".chart svg:visible").textContent(), /社区公园/);
  // A charted figure's card stands under its chart, shown only open: the reader taps its bar.
  assert.equal(await page.locator('#card-pocket-parks').isVisible(), false);
  await page.locator('.chart-plot').first().scrollIntoViewIfNeeded();
  const bar = await page.locator('.chart-plot svg:visible rect').first().boundingBox();
  await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.locator('#toggle-pocket-parks[aria-expanded="true"]').waitFor();
  assert.equal(await page.locator('#panel-pocket-parks blockquote > p > mark').textContent(), '建成口袋公园3个');
  const text = await page.locator('body').textContent();
  for (const word of OURS) assert.ok(!text.includes(word), `the page says ${word}`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

// Words only a scanned, printed page may say (its OCR, its columns, the printed page), and the
// search example of ours, which names Beibei's figures.
const PRINT_WORDS = ['版面', 'OCR', '扫描', '报纸', '分栏', '印作', 'newspaper', 'printed page', "page’s words", 'column', 'scan'];
const OUR_EXAMPLE = ['床位', 'e.g. beds'];

test('a web text in 亿 and 万亿: right English numbers, no word of a printed page or of ours', async () => {
  for (const [lang, url] of [['zh', server.url], ['en', `${server.url}?lang=en`]]) {
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.appStarted = true)));
    await page.goto(url);
    await wake(page);
    await page.waitForFunction(() => window.appStarted === true);
    const value = (id) => page.locator(`#card-${id} .card-value`).textContent();
    if (lang === 'en') {
      // A value opens a card: its first word capitalised.
      assert.equal(await value('province-gdp'), 'More than 1.2 trillion yuan');
      assert.equal(await value('province-revenue'), '826.3 billion yuan');
      assert.equal(await value('town-revenue'), '50 million yuan');
      assert.equal(await value('library-books'), '50,000 volumes');
    } else {
      assert.equal(await value('province-gdp'), '突破1.2万亿元');
      assert.equal(await value('province-revenue'), '8263亿元');
    }
    // Everything a reader can read, the search box's example and the notes of an open card too.
    await page.locator('#toggle-province-revenue').click();
    await page.locator('#toggle-province-revenue[aria-expanded="true"]').waitFor();
    const text = [
      await page.locator('body').innerText(),
      await page.locator('#search-input').getAttribute('placeholder'),
    ].join('\n');
    for (const word of [...OURS, ...PRINT_WORDS, ...OUR_EXAMPLE]) {
      assert.ok(!text.includes(word), `${lang}: the page says ${word}`);
    }
    // No corrections line over an empty list.
    assert.equal(await page.locator('footer .corrections').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  }
  // Without JavaScript too: the static pages' own text.
  for (const file of ['index.html', 'en.html']) {
    const html = await readFile(join(DIST, file), 'utf8');
    // What a reader or a link preview reads: the text, and the words in attributes.
    const words = [
      html.replace(/<(style|script)[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, ' '),
      ...[...html.matchAll(/ (?:content|placeholder|alt|title|aria-label|data-starting|data-failed)="([^"]*)"/g)].map((m) => m[1]),
    ].join('\n');
    for (const word of [...OURS, ...PRINT_WORDS, ...OUR_EXAMPLE]) {
      assert.ok(!words.includes(word), `${file} says ${word}`);
    }
  }
  // The CSV says the scale of the printed unit and the value without it.
  const csv = await readFile(join(DIST, 'data/figures.csv'), 'utf8');
  assert.match(csv, /"亿元","100 million yuan","826300000000","yuan","8263亿元"/);
  assert.match(csv, /"万亿元","trillion yuan","1200000000000","yuan","突破1.2万亿元"/);
});

test('built with its public address, a figure\'s and a chart\'s own pages give every og: URL absolute, naming their own image', async () => {
  for (const [file, image] of [
    ['figure-library-books.html', 'share-figure-library-books.png'],
    ['figure-library-books.en.html', 'share-figure-library-books.en.png'],
    ['chart-parks-built.html', 'share-chart-parks-built.png'],
    ['chart-parks-built.en.html', 'share-chart-parks-built.en.png'],
  ]) {
    const html = await readFile(join(DIST, file), 'utf8');
    const tags = [...html.matchAll(/<meta (?:property|name)="((?:og|twitter):[a-z:_]+)" content="([^"]*)"/g)];
    const urls = tags.filter(([, name]) => /:(url|image)$/.test(name));
    assert.deepEqual(urls.map(([, name]) => name).sort(), ['og:image', 'og:url', 'twitter:image'], file);
    for (const [, name, value] of urls) assert.ok(value.startsWith(CANONICAL), `${file}: ${name} is ${value}`);
    assert.ok(html.includes(`<meta property="og:url" content="${CANONICAL}${file}">`), file);
    assert.ok(html.includes(`<link rel="canonical" href="${CANONICAL}${file}">`), file);
    assert.ok(html.includes(`<meta property="og:image" content="${CANONICAL}${image}">`), file);
    // The image is there, 1200×630.
    const png = await readFile(join(DIST, image));
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], image);
  }
});

test('no file of the fixture build holds a word of our page', async () => {
  // Every file the build wrote, the data files under data/ included.
  for (const name of await readdir(DIST, { recursive: true })) {
    if (!/\.(html|js|css|wasm|csv|json)$/.test(name)) continue;
    const bytes = await readFile(join(DIST, name));
    for (const word of OURS) {
      assert.equal(bytes.indexOf(Buffer.from(word)), -1, `${name} holds ${word}`);
    }
    // No identifier is named after our page either (file names, hydration comments, storage
    // keys, messages), but for the old names still accepted so that old snippets keep working.
    assert.ok(!/beibei/i.test(name), `a file is named ${name}`);
    const legacy = /data-beibei-infographic|beibei-infographic:(lang|height)|beibeiInfographicEmbed/g;
    const rest = bytes.toString('latin1').replace(legacy, '');
    assert.ok(!/beibei/i.test(rest), `${name} holds “beibei” in: …${rest.slice(Math.max(0, rest.search(/beibei/i) - 60), rest.search(/beibei/i) + 60)}…`);
  }
  const embed = await readFile(join(DIST, 'embed.js'), 'utf8');
  assert.match(embed, new RegExp(`DEFAULT_TITLE = "${FIXTURE.page.short_title.zh} ${FIXTURE.page.short_title.en}"`));
});

test('data that breaks a rule does not build: the error names the file, the entry and the fault', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'broken-page-'));
  try {
    await cp(join(ROOT, 'tests/fixtures/page'), dir, { recursive: true });
    const figures = JSON.parse(await readFile(join(dir, 'figures.json'), 'utf8'));
    const parks = figures.figures.find((f) => f.id === 'pocket-parks');
    parks.value += 1;
    await writeFile(join(dir, 'figures.json'), JSON.stringify(figures));
    // The same build as trunk's above, so only the build script runs again.
    const build = spawnSync('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'infographic-app', '--no-default-features'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INFOGRAPHIC_DATA: dir, CARGO_TARGET_DIR: join(ROOT, 'target/fixture') },
    });
    assert.notEqual(build.status, 0, 'the build succeeded');
    assert.ok(
      // The file is one line now (JSON.stringify): line 1.
      build.stderr.includes(`error: ${dir}/figures.json:1: entry \`pocket-parks\`: value ${parks.value} does not match the printed numeral \`3\``),
      build.stderr.slice(-2000),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a page whose words or numbers are not the printed ones does not build: the build runs the audit', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'untraced-page-'));
  try {
    await cp(join(ROOT, 'tests/fixtures/page'), dir, { recursive: true });
    // A number printed in the source that no figure and no exclusion accounts for: the data
    // rules alone pass; only the audit's trace finds it.
    const source = await readFile(join(dir, 'source/page.txt'), 'utf8');
    await writeFile(join(dir, 'source/page.txt'), source + '\n另有9999个新项目。\n');
    const build = spawnSync('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'infographic-app', '--no-default-features'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INFOGRAPHIC_DATA: dir, CARGO_TARGET_DIR: join(ROOT, 'target/fixture') },
    });
    assert.notEqual(build.status, 0, 'the build succeeded');
    assert.match(build.stderr, /error: .*source\/page\.txt:\d+: the number 9999 in “…[^”]*…” is neither a figure nor excluded/);
    assert.match(build.stderr, /“另有9999个新项目” is printed but in no passage/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
