// Size budgets of the release build, checked like size-limit checks a JS bundle (sizes are
// deterministic, speeds are not: speeds are the bench's). The budgets are in size-budget.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const BUDGET = JSON.parse(await readFile(new URL('./size-budget.json', import.meta.url), 'utf8'));
const gzip = async (file) => gzipSync(await readFile(DIST + file), { level: 9 }).length;

test('the WASM stays within its recorded gzip size', async () => {
  const wasm = (await readdir(DIST)).find((f) => f.endsWith('_bg.wasm'));
  const size = await gzip(wasm);
  assert.ok(size <= BUDGET.wasmGzip, `${wasm}: ${size} B gzip > budget ${BUDGET.wasmGzip} B`);
});

test('what each first view asks for before its load event stays within 45 KB gzip', async () => {
  for (const page of ['index.html', 'en.html', 'embed.html', 'embed-en.html']) {
    const html = await readFile(DIST + page, 'utf8');
    // The page, its stylesheets and its scripts: all it asks for before load (no preload).
    const early = [...html.matchAll(/<(?:link rel="stylesheet" href|script src)="\.\/([^"]+)"/g)].map((m) => m[1]);
    assert.ok(early.some((f) => f.endsWith('.css')) && early.some((f) => f.startsWith('loader-')), `${page}: ${early}`);
    assert.ok(!/_bg\.wasm|modulepreload|rel="preload"/.test(html), `${page} asks for the app before load`);
    let total = await gzip(page);
    for (const f of early) total += await gzip(f);
    assert.ok(total <= BUDGET.beforeLoadGzip, `${page}: ${total} B gzip before load > budget ${BUDGET.beforeLoadGzip} B`);
  }
});
