// End-to-end: the README's serve command, as a new user runs it. The repository is cloned to a
// temporary folder (no dist/, no target/ of this checkout), `scripts/serve.sh` runs there as
// written, and a reader opens a card on the page it serves; then a style edit reloads the page.
// The installed tools are reused: the npm tools by a link, compiled crates by a build cache
// under this checkout's target/ (dist/ is always the clone's own).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { appendFile, mkdtemp, rm, symlink } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, wake, PHONE } from './browser.mjs';

const ROOT = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: new URL('.', import.meta.url).pathname })
  .toString()
  .trim();
const URL_ = 'http://127.0.0.1:8080/';
const MINUTES = 60_000;
let clone, server, browser;

after(async () => {
  await browser?.close();
  if (server) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
    await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
  }
  if (clone) await rm(clone, { recursive: true, force: true });
});

const portTaken = () =>
  new Promise((resolve) => {
    const socket = connect(8080, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** Resolves once `predicate(log)` holds; rejects if the server exits or time runs out. */
function waitForLog(log, predicate, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out; log:\n${log.text.slice(-3000)}`)), ms);
    const check = () => {
      if (predicate(log.text)) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve();
      } else if (server.exitCode !== null) {
        clearTimeout(timer);
        clearInterval(poll);
        reject(new Error(`serve.sh exited ${server.exitCode}; log:\n${log.text.slice(-3000)}`));
      }
    };
    const poll = setInterval(check, 500);
  });
}

test('the README serve command serves the live app from a fresh clone, and reloads on edits', { timeout: 40 * MINUTES }, async () => {
  assert.equal(await portTaken(), false, 'port 8080 is in use: stop the other server first');
  clone = await mkdtemp(join(tmpdir(), 'beibei-fresh-'));
  execFileSync('git', ['clone', '--quiet', ROOT, clone]);
  await symlink(join(ROOT, 'tests/e2e/node_modules'), join(clone, 'tests/e2e/node_modules'));

  const log = { text: '' };
  server = spawn('scripts/serve.sh', [], {
    cwd: clone,
    detached: true,
    env: { ...process.env, CARGO_TARGET_DIR: join(ROOT, 'target/fresh-clone') },
  });
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (d) => (log.text += d));
  // trunk prints "success" once a build, hooks included, is done: once for serve.sh's first
  // build (no watcher), then for the server's own, which it serves.
  await waitForLog(log, (t) => /server listening at/i.test(t) && (t.match(/✅ success/g) ?? []).length >= 2, 30 * MINUTES);
  assert.doesNotMatch(log.text, /ERROR|hook call to .* returned a bad status/);

  browser = await launch();
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => (window.appStarted = true)));
  const response = await page.goto(URL_);
  assert.equal(response.status(), 200);
  await wake(page);
  await page.waitForFunction(() => window.appStarted === true);
  await page.locator('#toggle-hospital-beds').click();
  await page.locator('#toggle-hospital-beds[aria-expanded="true"]').waitFor();
  assert.match(await page.locator('#panel-hospital-beds blockquote > p > mark').textContent(), /6\.82张/);
  assert.deepEqual(errors, []);

  // Live reload: a style edit rebuilds, and the open page reloads with it.
  await appendFile(join(clone, 'styles/app.css'), '\nbody { outline: 3px solid rgb(1, 2, 3); }\n');
  await page.waitForFunction(() => getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)', null, {
    timeout: 10 * MINUTES,
    polling: 500,
  });
  assert.doesNotMatch(log.text, /ERROR/);
});
