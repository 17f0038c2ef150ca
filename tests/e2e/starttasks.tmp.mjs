import { serve } from './server.mjs';
import { launch } from './browser.mjs';
const browser = await launch();
for (const [name, dir] of [['before', '/tmp/before-dist'], ['after', '/work/main/dist']]) {
  const server = await serve(dir, { compress: 'gzip' });
  const rows = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.tasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.tasks.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });
      addEventListener('TrunkApplicationStarted', () => (window.started = performance.now()));
    });
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.started, null, { timeout: 30000 });
    await page.waitForTimeout(2500);
    rows.push(await page.evaluate(() => window.tasks.join(',')));
    await context.close();
  }
  console.log(name, rows);
  await server.close();
}
await browser.close();
