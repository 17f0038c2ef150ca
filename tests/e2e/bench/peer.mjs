// Builds the ECharts peer page from our own data/*.json: same figures, grouped the same way,
// same charts, same cards and passages. Markup is generated here (as a newsroom template would);
// charts are drawn by ECharts in the browser.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const data = (name) => readFile(new URL(`../../../data/${name}`, import.meta.url), 'utf8').then(JSON.parse);
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

export async function buildPeer(out = `${here}out/peer/`) {
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: [`${here}peer-entry.mjs`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    outfile: `${out}app.js`,
    logLevel: 'error',
  });
  const [{ page, passages }, { groups, figures }, { charts }] = await Promise.all([data('passages.json'), data('figures.json'), data('charts.json')]);
  const css = await readFile(`${here}peer.css`, 'utf8');
  await writeFile(`${out}app.css`, css);
  const card = (id, value, label) => `<li class="card" id="card-${esc(id)}"><h3><button type="button" class="card-toggle" id="toggle-${esc(id)}" aria-expanded="false" aria-controls="panel-${esc(id)}"><span class="card-value">${esc(value)}</span> <span class="card-label">${esc(label)}</span></button></h3><div class="card-panel" id="panel-${esc(id)}" role="region" hidden></div></li>`;
  const sections = groups.map((g) => {
    const gc = charts.filter((c) => c.group === g.id).map((c) => `<figure class="chart"><figcaption>${esc(c.title.zh)}</figcaption><div class="chart-plot" id="chart-${esc(c.id)}" role="img" aria-label="${esc(c.title.zh)}" data-rows="${c.figures.length}"></div></figure>`).join('');
    const cards = figures.filter((f) => f.group === g.id).map((f) => card(f.id, f.display, f.label.zh)).join('');
    const stories = passages.filter((p) => p.section === g.id && p.kind !== 'caption').map((p) => card(`story-${p.id}`, '', p.title.zh)).join('');
    return `<section class="group"><h2>${esc(g.title.zh)}</h2><div class="charts">${gc}</div><ul class="cards">${cards}</ul><ul class="cards">${stories}</ul></section>`;
  }).join('\n');
  const html = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.headline.zh)} · ECharts</title><meta name="description" content="${esc(page.dek.zh)}">
<link rel="icon" href="data:,"><link rel="stylesheet" href="./app.css"><script type="module" src="./app.js"></script></head>
<body><div class="page"><header><h1>${esc(page.headline.zh)}</h1><p>${esc(page.dek.zh)}</p></header>
<main>${sections}</main><footer><p>${esc(page.credit.zh)}</p></footer></div></body></html>`;
  await writeFile(`${out}index.html`, html);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildPeer());
}
