// A smoke run of the benchmark (scripts/bench.sh runs the full one): both pages load and are
// measured, and the table has both columns. Budgets are not asserted here: speeds on a shared
// machine are reported by the bench, never asserted in a test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runBench, table } from './bench/bench.mjs';

test('bench smoke: ours and the ECharts peer are measured side by side', async () => {
  const r = await runBench({ smoke: true });
  for (const side of ['ours', 'peer']) {
    assert.ok(r[side].weight.total.gzip > 0, `${side} weight`);
    assert.ok(Number.isFinite(r[side].allCharts), `${side} charts drawn`);
    assert.equal(r[side].opens, 3, `${side} card opens measured`);
  }
  assert.ok(r.ours.weight.rows.some((f) => f.file.endsWith('.wasm')));
  assert.ok(r.peer.weight.rows.some((f) => f.file === 'app.js'));
  assert.match(table(r), /\| time to all charts \(4× CPU\) \|/);
});
