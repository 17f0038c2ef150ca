// The shared set-up of the browser tests that read the release build.
import { before, after } from 'node:test';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

/**
 * The release build (`dist/`) served on 127.0.0.1, and a browser: opened before a test file's
 * tests, closed after them. Read `env.server` and `env.browser` inside the tests.
 */
export function servedDist(dist = new URL('../../dist/', import.meta.url).pathname) {
  const env = {};
  before(async () => {
    env.server = await serve(dist);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
