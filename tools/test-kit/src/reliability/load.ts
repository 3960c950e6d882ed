import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { type FaultyServer, activeTimers, captureLogger, serveFaulty, watchUnhandled } from '@x/core/testing';
import { describe, expect, it } from 'vitest';
import type { ClientAdapter } from './adapter.js';
import { report } from './figures.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export const LOAD_CALLS = 10_000;
export const LOAD_CONCURRENCY = 100;
/** Heap growth allowed over 10,000 calls, after gc: a leak of ~2 KB per call would exceed it. */
export const HEAP_BOUND_BYTES = 24 * 1024 * 1024;

async function pool(total: number, concurrency: number, task: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await task(next++);
    }),
  );
}

/** 10,000 reads with concurrency 100 against the emulator on loopback: zero failures, bounded heap, sockets reused. */
export function loadSuite(adapter: ClientAdapter): void {
  describe(`${adapter.name}: load`, () => {
    it(`${LOAD_CALLS} calls with concurrency ${LOAD_CONCURRENCY}: no failure, bounded heap, sockets reused`, {
      timeout: 120_000,
    }, async () => {
      const env = await adapter.start();
      const unhandled = watchUnhandled();
      let server: FaultyServer | undefined;
      let timersBefore = 0;
      let retries = 0;
      try {
        server = await serveFaulty(env.handler);
        const logger = captureLogger();
        const client = env.client({
          // load
          baseUrl: server.url,
          allowHttp: true,
          timeoutMs: 10_000,
          deadlineMs: 30_000,
          retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
          maxResponseBytes: 1024 * 1024,
          // Warnings kept; debug records only counted when they announce a retry (a record per
          // call would make the test measure the log array). On a loaded machine an attempt can
          // time out and be retried correctly; the server's count must then include it.
          logger: {
            warn: logger.warn,
            error: logger.error,
            debug: (record) => {
              if (record.outcome === 'retry') retries++;
            },
          },
        });
        let failures = 0;
        const failuresSeen: unknown[] = [];
        const call = async () => {
          try {
            await env.read.call(client);
          } catch (error) {
            failures++;
            if (failuresSeen.length < 3) failuresSeen.push(error);
          }
        };
        // Warm-up: code paths compiled, pools filled.
        await pool(500, LOAD_CONCURRENCY, call);
        const heapBefore = heapAfterGc();
        timersBefore = activeTimers();
        const connectionsBefore = server.connections;
        const received = server.received;
        retries = 0;
        const started = Date.now();
        let peakSockets = 0;
        const sampler = setInterval(() => {
          peakSockets = Math.max(peakSockets, server?.openSockets ?? 0);
        }, 20);
        await pool(LOAD_CALLS, LOAD_CONCURRENCY, call).finally(() => clearInterval(sampler));
        const seconds = (Date.now() - started) / 1000;
        const heapGrowth = heapAfterGc() - heapBefore;
        const newConnections = server.connections - connectionsBefore;
        report(adapter.name, 'load', {
          calls: LOAD_CALLS,
          failures,
          faultsInjected: 0,
          retries,
          concurrency: LOAD_CONCURRENCY,
          seconds: seconds.toFixed(1),
          callsPerSecond: Math.round(LOAD_CALLS / seconds),
          heapGrowthMiB: (heapGrowth / 1024 / 1024).toFixed(2),
          connectionsTotal: server.connections,
          connectionsDuringLoad: newConnections,
          peakOpenSockets: peakSockets,
        });
        expect(failuresSeen).toEqual([]);
        expect(failures).toBe(0);
        expect(server.received - received).toBe(LOAD_CALLS + retries);
        expect(heapGrowth).toBeLessThan(HEAP_BOUND_BYTES);
        // Keep-alive: open sockets stay about the concurrency (a socket is released a moment after
        // its response ends, so a burst can open a few more), and connections are far below one per call.
        expect(peakSockets).toBeLessThanOrEqual(2 * LOAD_CONCURRENCY);
        expect(newConnections).toBeLessThan(LOAD_CALLS / 20);
      } finally {
        await server?.close();
        await env.close?.();
        unhandled.stop();
      }
      expect(server?.openSockets).toBe(0);
      expect(unhandled.events).toEqual([]);
      // As in the fault suite: undici's pool timer stops a moment after the server closed its sockets.
      for (let i = 0; i < 60 && activeTimers() > timersBefore; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
    });
  });
}
