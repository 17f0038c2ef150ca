// Launches Debian's Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * The reader shows intent (the pointer moves over the page), which starts the app, and the app
 * has started. The loader fetches the app at idle but runs none of it before such a sign (or a
 * deep link).
 */
export async function wake(page) {
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => window.wasmBindings !== undefined, null, { timeout: 30000 });
}
