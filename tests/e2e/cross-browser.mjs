// WebKit (every iPhone browser, WeChat's included) and Gecko, through WebDriver: the release
// build's first views, the app taking over, a deep link, a click. Run by scripts/cross-browser.sh
// (which installs the browsers and drivers); not part of the test command (they are large).
//   node cross-browser.mjs webkit|firefox
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { serve } from './server.mjs';

const BROWSERS = {
  webkit: {
    driver: (port) => ['xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: { 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } },
  },
  firefox: {
    driver: (port) => ['geckodriver', ['--port', String(port)]],
    capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] } },
  },
};
const name = process.argv[2];
const browser = BROWSERS[name];
if (!browser) {
  console.error('usage: cross-browser.mjs webkit|firefox');
  process.exit(2);
}
const PAGE = JSON.parse(await readFile(new URL('../../data/passages.json', import.meta.url), 'utf8')).page;
/** The headline a reader sees: ours, where the lead has one, over the printed one. */
const HEADLINE = PAGE.lead?.headline ?? PAGE.headline;
const port = 4400 + Math.floor(Math.random() * 500);
const server = await serve(new URL('../../dist/', import.meta.url).pathname, { compress: 'gzip' });
const [command, args] = browser.driver(port);
const driver = spawn(command, args, { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function wd(method, path, body) {
  const response = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  const { value } = await response.json();
  if (value && value.error) throw new Error(`${path}: ${value.error} ${value.message}`);
  return value;
}

let failed = 0;
function check(what, ok, detail = '') {
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}: ${what}${detail ? ` (${detail})` : ''}`);
  if (!ok) failed++;
}

try {
  for (let i = 0; i < 100; i++) {
    try { await fetch(`${base}/status`); break; } catch { await sleep(200); }
  }
  const { sessionId } = await wd('POST', '/session', { capabilities: { alwaysMatch: browser.capabilities } });
  const s = `/session/${sessionId}`;
  const js = (script) => wd('POST', `${s}/execute/sync`, { script, args: [] });
  const until = async (script) => {
    for (let i = 0; i < 150; i++) {
      if (await js(script)) return true;
      await sleep(100);
    }
    return false;
  };

  await wd('POST', `${s}/url`, { url: `${server.url}?lang=en#city-parks` });
  await until('return document.readyState === "complete"');
  const landed = await wd('GET', `${s}/url`);
  check('?lang=en leads to en.html', /\/en\.html(\?[^#]*)?#city-parks$/.test(landed), landed);
  check('the English page is English', (await js('return document.querySelector("h1").textContent')) === HEADLINE.en);
  check('a deep link starts the app', await until('return window.wasmBindings !== undefined'));
  check('the deep link opens its card', await until('return document.querySelector("#toggle-city-parks").getAttribute("aria-expanded") === "true"'));
  check('its quote is marked', (await js('return document.querySelector("#panel-city-parks mark")?.textContent')) === '建成10个城市公园');

  await js('document.querySelector("#toggle-hospital-beds").scrollIntoView({ block: "center" })');
  await sleep(500);
  const toggle = await wd('POST', `${s}/element`, { using: 'css selector', value: '#toggle-hospital-beds' });
  await wd('POST', `${s}/element/${Object.values(toggle)[0]}/click`, {});
  check('a click opens a card', await until('return document.querySelector("#toggle-hospital-beds").getAttribute("aria-expanded") === "true"'));
  check('the hash follows', await until('return location.hash === "#hospital-beds"'));

  await wd('POST', `${s}/url`, { url: `${server.url}?embed=&lang=zh` });
  await until('return document.readyState === "complete"');
  check('?embed= leads to embed.html', (await wd('GET', `${s}/url`)).includes('/embed.html'));
  check('the embedded view is compact', await js('return !!document.querySelector(".masthead.compact")'));
  await wd('DELETE', s);
} catch (e) {
  check('no WebDriver error', false, e.message);
} finally {
  try { process.kill(-driver.pid); } catch {}
  await server.close();
}
console.log(`${name}: ${failed ? `${failed} failed` : 'all passed'}`);
process.exit(failed ? 1 : 0);
