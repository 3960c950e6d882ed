// Measurement helpers for `pnpm bench`. Benchmarks measure; they never fail on timing.
import { performance } from 'node:perf_hooks';

/** Runs `fn` `warmup` times unmeasured, then `iterations` times; returns latency statistics in ms. */
export async function measure(fn, { iterations = 500, warmup = 50 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    samples[i] = performance.now() - t;
  }
  samples.sort();
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  let sum = 0;
  for (const s of samples) sum += s;
  return { median: at(0.5), p99: at(0.99), mean: sum / samples.length, iterations };
}

/**
 * Measures a baseline and a candidate interleaved in rounds, so background noise hits both alike;
 * returns both statistics and the median ratio candidate / baseline.
 */
export async function compare(baseline, candidate, { iterations = 600, warmup = 60, rounds = 3 } = {}) {
  const per = Math.ceil(iterations / rounds);
  const b = [];
  const c = [];
  for (let r = 0; r < rounds; r++) {
    b.push(await measure(baseline, { iterations: per, warmup: r === 0 ? warmup : 5 }));
    c.push(await measure(candidate, { iterations: per, warmup: r === 0 ? warmup : 5 }));
  }
  const merge = (list) => ({
    median: median(list.map((x) => x.median)),
    p99: Math.max(...list.map((x) => x.p99)),
    iterations: list.reduce((a, x) => a + x.iterations, 0),
  });
  const base = merge(b);
  const cand = merge(c);
  return { baseline: base, candidate: cand, ratio: cand.median / base.median };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
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

export const fmt = (n, d = 2) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(d));
