// The ECharts peer's script: ECharts' recommended tree-shaken setup (bar chart, grid, SVG
// renderer), the same charts of the same figures, and cards that open into the same passages
// with the same highlighted quotes, in vanilla JS. Bundled and minified by esbuild.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import figuresFile from '../../../data/figures.json';
import chartsFile from '../../../data/charts.json';
import passagesFile from '../../../data/passages.json';

echarts.use([BarChart, GridComponent, SVGRenderer]);

const figures = new Map(figuresFile.figures.map((f) => [f.id, f]));
const passages = new Map(passagesFile.passages.map((p) => [p.id, p]));

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

function excerpt(passage, quote) {
  const fig = el('figure', { class: 'excerpt' }, el('figcaption', {}, passage.title.zh));
  const block = el('blockquote', { lang: 'zh-Hans' });
  const para = passage.text.split('\n').find((p) => p.includes(quote)) ?? passage.text;
  const at = para.indexOf(quote);
  const p = el('p');
  if (at >= 0) p.append(para.slice(0, at), el('mark', {}, quote), para.slice(at + quote.length));
  else p.append(para);
  block.append(p);
  fig.append(block);
  return fig;
}

function toggle(id, open) {
  const button = document.getElementById(`toggle-${id}`);
  const panel = document.getElementById(`panel-${id}`);
  if (!button || !panel) return;
  const next = open ?? button.getAttribute('aria-expanded') !== 'true';
  for (const other of document.querySelectorAll('.card-toggle[aria-expanded="true"]')) {
    if (other !== button) {
      other.setAttribute('aria-expanded', 'false');
      const p = document.getElementById(other.getAttribute('aria-controls'));
      p.hidden = true;
      p.replaceChildren();
    }
  }
  button.setAttribute('aria-expanded', String(next));
  panel.hidden = !next;
  panel.replaceChildren();
  if (!next) return;
  const f = figures.get(id);
  if (f) {
    panel.append(el('p', {}, `时期：${f.period ? f.period.zh : '报道未注明时期'}`));
    for (const m of f.mentions) panel.append(excerpt(passages.get(m.passage), m.quote));
  } else {
    const p = passages.get(id.replace(/^story-/, ''));
    const fig = el('figure', { class: 'excerpt' }, el('figcaption', {}, p.title.zh));
    const block = el('blockquote', { lang: 'zh-Hans' });
    for (const para of p.text.split('\n')) block.append(el('p', {}, para));
    fig.append(block);
    panel.append(fig);
  }
  panel.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
}

function drawCharts() {
  for (const chart of chartsFile.charts) {
    const box = document.getElementById(`chart-${chart.id}`);
    const figs = chart.figures.map((id) => figures.get(id));
    const instance = echarts.init(box, null, { renderer: 'svg' });
    instance.setOption({
      animation: false,
      grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: chart.kind === 'share' ? 100 : undefined, show: false },
      yAxis: { type: 'category', inverse: true, data: figs.map((f) => f.label.zh), axisLabel: { width: 120, overflow: 'break' } },
      series: [{
        type: 'bar',
        // One base unit per chart, as ours draws it (6.82万 m² beside 30389 m²).
        data: figs.map((f) => (f.unit.zh.startsWith('万') ? f.value * 10000 : f.value)),
        barWidth: 14,
        showBackground: chart.kind === 'share',
        label: { show: true, position: 'right', formatter: (p) => figs[p.dataIndex].display },
        itemStyle: { color: '#1f5f8b' },
      }],
    });
    instance.on('click', (p) => {
      const id = figs[p.dataIndex].id;
      toggle(id, true);
      document.getElementById(`card-${id}`)?.scrollIntoView();
    });
    addEventListener('resize', () => instance.resize());
  }
}

document.addEventListener('click', (e) => {
  const button = e.target.closest('.card-toggle');
  if (button) toggle(button.id.replace(/^toggle-/, ''));
});
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  const open = document.querySelector('.card-toggle[aria-expanded="true"]');
  if (open) { toggle(open.id.replace(/^toggle-/, ''), false); open.focus(); }
});
drawCharts();
window.peerReady = true;
