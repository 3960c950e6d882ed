// Measurement helpers for `pnpm bench`. Benchmarks measure; they never fail on timing.
import { performance } from 'node:perf_hooks';

/** Section keys → table titles, in the order the report prints them. Case rows name their section. */
export const SECTIONS = {
  overhead: 'Per-call overhead vs raw fetch (small answers)',
  decode: 'Large decodes vs raw fetch + JSON.parse',
  memory: 'Memory during large downloads (heap used after gc)',
  session: 'Session refresh under load',
  import: 'Cold import time (fresh node process)',
  scaling: 'Scaling: time per item and heap as the work grows (one pass per size)',
  size: 'Bundle size, browser, min + gzip -9 (scripts/size.mjs)',
};

/** Runs `fn` `warmup` times unmeasured, then `iterations` times; returns the sorted samples in ms. */
export async function sample(fn, { iterations = 500, warmup = 50 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples[i] = performance.now() - t;
  }
  return samples.sort();
}

/** Latency statistics (ms) of a sorted sample array. */
export function stats(sorted) {
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  let sum = 0;
  for (const s of sorted) sum += s;
  return { median: at(0.5), p99: at(0.99), mean: sum / sorted.length, iterations: sorted.length };
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times; returns latency statistics in ms. */
export async function measure(fn, options) {
  return stats(await sample(fn, options));
}

/**
 * Measures a baseline and a candidate interleaved in many short rounds (AB, BA, AB...), so load
 * from other processes hits both alike. Returns each side's median and p99 over all samples, and
 * the ratio candidate / baseline as the median of the per-round ratios (each round's two halves ran
 * back to back, so a noisy stretch of time inflates both); `ratioIqr` is the spread of those
 * per-round ratios, a direct read of how noisy the run was.
 * `cpu` is this process's CPU time per call (user + system, ms; the in-process server's share
 * included on both sides) and its ratio: it barely moves when other processes compete for the
 * cores, so it is the steadier read of the overhead on a loaded machine.
 */
export async function compare(baseline, candidate, { iterations = 1000, warmup = 100, rounds = 20 } = {}) {
  const per = Math.max(1, Math.ceil(iterations / rounds));
  for (let i = 0; i < warmup; i++) {
    await baseline();
    await candidate();
  }
  const all = { b: [], c: [] };
  const cpuAll = { b: [], c: [] };
  const ratios = [];
  const cpuRatios = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? ['b', 'c'] : ['c', 'b'];
    const med = {};
    const cpu = {};
    for (const side of order) {
      const before = process.cpuUsage();
      const s = await sample(side === 'b' ? baseline : candidate, { iterations: per, warmup: 0 });
      const used = process.cpuUsage(before);
      cpu[side] = (used.user + used.system) / 1000 / per;
      cpuAll[side].push(cpu[side]);
      all[side].push(...s);
      med[side] = stats(s).median;
    }
    ratios.push(med.c / med.b);
    cpuRatios.push(cpu.c / cpu.b);
  }
  const sorted = (list) => Float64Array.from(list).sort();
  const r = sorted(ratios);
  return {
    baseline: stats(sorted(all.b)),
    candidate: stats(sorted(all.c)),
    ratio: median(ratios),
    ratioIqr: [r[Math.floor(r.length / 4)], r[Math.min(r.length - 1, Math.floor((3 * r.length) / 4))]],
    cpu: { baseline: median(cpuAll.b), candidate: median(cpuAll.c), ratio: median(cpuRatios) },
    rounds,
  };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Heap in use after a full collection, in MB (needs `--expose-gc`; run.mjs starts cases with it). */
export function heapAfterGc() {
  if (!globalThis.gc)
    throw new Error('heapAfterGc needs node --expose-gc (run cases through bench/run.mjs).');
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1048576;
}

/** Runs `fn` once while sampling heap use every few ms; returns its result, time and peak heap growth. */
export async function withPeakHeap(fn) {
  globalThis.gc?.();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const timer = setInterval(() => {
    const h = process.memoryUsage().heapUsed;
    if (h > peak) peak = h;
  }, 2);
  const t = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - t;
    const end = process.memoryUsage().heapUsed;
    if (end > peak) peak = end;
    return { result, ms, peakMB: (peak - start) / 1048576 };
  } finally {
    clearInterval(timer);
  }
}

/** Throws unless `condition` holds: a benchmark that measures the wrong thing is worse than none. */
export function check(condition, message) {
  if (!condition) throw new Error(`bench check failed: ${message}`);
}

export const fmt = (n, d = 2) => (typeof n !== 'number' || Number.isNaN(n) ? '–' : n.toFixed(d));

/** Formats a count per second with thousands separators (e.g. 48,300). */
export const perSecond = (items, ms) => Math.round((items * 1000) / ms);

/** A `--quick` run (BENCH_QUICK): a smoke test of the cases, not a measurement. */
export const quick = Boolean(process.env.BENCH_QUICK);

/** `n` scaled down for `--quick` runs. */
export const scaled = (n) => (quick ? Math.max(1, Math.ceil(n / 10)) : n);
