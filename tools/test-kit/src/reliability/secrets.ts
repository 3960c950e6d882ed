import { SdkError } from '@x/core';
import {
  type Surface,
  captureLogger,
  errorSurfaces,
  findSecrets,
  logSurfaces,
  serveFaulty,
} from '@x/core/testing';
import { describe, expect, it } from 'vitest';
import type { ClientAdapter, SuiteClientOptions } from './adapter.js';
import { report } from './figures.js';

/** The request as a hostile or misconfigured server might reflect it: URL and every header. */
function reflect(request: Request): string {
  const headers: string[] = [];
  request.headers.forEach((v, k) => {
    headers.push(`${k}: ${v}`);
  });
  return `${request.method} ${request.url}\n${headers.join('\n')}`;
}

/**
 * Runs calls and keeps every text form of each error they throw (each must be an SdkError), for a
 * later scan with `findSecrets`; counts successes and failures.
 */
export function surfaceCollector() {
  const surfaces: Surface[] = [];
  const outcomes = { ok: 0, failed: 0 };
  const settle = async (label: string, call: () => Promise<unknown>): Promise<void> => {
    try {
      await call();
      outcomes.ok++;
    } catch (error) {
      outcomes.failed++;
      expect(error, label).toBeInstanceOf(SdkError);
      surfaces.push(...errorSurfaces(error, label));
    }
  };
  return { surfaces, outcomes, settle };
}

/**
 * Drives successful and failing calls with a debug logger, including servers that echo the
 * request (credentials included) into error bodies, and scans every log record, error message,
 * `toJSON()`, `util.inspect` and `String()` for the client's secrets.
 */
export function secretSuite(adapter: ClientAdapter): void {
  describe(`${adapter.name}: secrets`, () => {
    it('no secret appears in any log record or error form, on success or failure', async () => {
      const env = await adapter.start();
      let mode: 'pass' | 'echo-500' | 'echo-200' | 'echo-401' | `cut-${number}` = 'pass';
      const echoed: Surface[] = [];
      const server = await serveFaulty(async (request) => {
        if (mode === 'pass') return env.handler(request);
        if (mode.startsWith('cut-')) {
          // The bare credential placed across an excerpt boundary (80 and 300 characters are
          // the excerpt lengths of error messages and bodyExcerpt).
          const at = Number(mode.slice(4));
          const credential = (request.headers.get('authorization') ?? '').replace(/^\S+\s+/, '');
          echoed.push({ where: 'server echo', text: credential });
          return new Response(`${'x'.repeat(at - 10)}${credential} end`, { status: 500 });
        }
        const status = mode === 'echo-500' ? 500 : mode === 'echo-401' ? 401 : 200;
        echoed.push({ where: 'server echo', text: reflect(request) });
        return new Response(`<html><pre>${reflect(request)}</pre></html>`, {
          status,
          headers: { 'content-type': 'text/html', 'x-echo': reflect(request).replace(/\n/g, ' | ') },
        });
      });
      const logger = captureLogger();
      const options: SuiteClientOptions = {
        baseUrl: server.url,
        allowHttp: true,
        timeoutMs: 300,
        deadlineMs: 5_000,
        retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
        maxResponseBytes: 1024 * 1024,
        logger,
      };
      const client = env.client(options);
      const wrong = env.wrongCredentialsClient(options);
      const { surfaces, outcomes, settle } = surfaceCollector();
      try {
        await settle('read', () => env.read.call(client));
        await settle('write', () => env.write.call(client));
        await settle('wrong credentials', () => env.read.call(wrong));
        for (const m of ['echo-500', 'echo-200', 'echo-401'] as const) {
          mode = m;
          await settle(`read, server ${m}`, () => env.read.call(client));
          await settle(`write, server ${m}`, () => env.write.call(client));
        }
        for (const at of [80, 300]) {
          mode = `cut-${at}`;
          await settle(`write, credential across ${at} chars`, () => env.write.call(client));
        }
        mode = 'pass';
        server.plan({ kind: 'hang' });
        await settle('write, timeout', () => env.write.call(client));
        server.plan({ kind: 'reset-before-headers' }, { kind: 'reset-before-headers' });
        await settle('read, reset', () => env.read.call(client));
      } finally {
        await server.close();
        await env.close?.();
      }
      surfaces.push(...logSurfaces(logger.records));
      expect(outcomes.ok).toBeGreaterThanOrEqual(2);
      expect(outcomes.failed).toBeGreaterThanOrEqual(8);
      expect(logger.records.some((r) => r.level === 'debug')).toBe(true);
      // The scan can see a secret at all: the echo pages really carried the credentials.
      expect(env.secrets.length).toBeGreaterThan(0);
      expect(findSecrets(env.secrets, echoed).length).toBeGreaterThan(0);
      // Whole secrets, and their first 8 characters (an excerpt must not cut a secret in half).
      expect(findSecrets(env.secrets, surfaces, { fragment: 8 })).toEqual([]);
      report(adapter.name, 'secrets', {
        calls: outcomes.ok + outcomes.failed,
        failures: outcomes.failed,
        faultsInjected: 10,
        retries: logger.records.filter((r) => r.record.outcome === 'retry').length,
        surfacesScanned: surfaces.length,
        secrets: env.secrets.length,
      });
    });
  });
}
