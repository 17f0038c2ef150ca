// Where the WASM's bytes go: twiggy's per-function sizes (of the pre-wasm-bindgen module, which
// still has names) summed by crate. Usage: node wasm-report.mjs twiggy.csv
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1);
const byCrate = new Map();
let total = 0;
for (const line of rows) {
  const m = line.match(/^"?(.*?)"?,(\d+),/);
  if (!m) continue;
  const name = m[1].replace(/""/g, '"');
  const size = Number(m[2]);
  total += size;
  // Names, custom sections, describe exports and shims are dropped by wasm-bindgen/wasm-opt.
  if (/^custom section|function names|^export |^import |__wbindgen_describe|wasm_bindgen::describe/.test(name)) continue;
  const crate = name.startsWith('data segment') ? 'data (.rodata: strings, tables, the postcard bundle)'
    : (name.match(/^<?&?(?:mut |dyn )?([a-z_][a-z0-9_]*)/)?.[1] ?? name.slice(0, 30));
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
}
const sorted = [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15);
console.log('| contributor | bytes (before wasm-opt) |\n| --- | ---: |');
for (const [crate, size] of sorted) console.log(`| ${crate} | ${size} |`);
