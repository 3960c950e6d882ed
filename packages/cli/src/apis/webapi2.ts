import { ConfigError } from '@x/core';
import type { EmulatorFault } from '@x/core/testing';
import {
  PartnerWebApi2Emulator,
  type PartnerWebApi2EmulatorOptions,
  type WebApi2Request,
  type WebApi2Seed,
  resultCode,
} from '@x/partnerapi/testing';
import {
  HISTORY_WINDOWS,
  type HistoryOperation,
  PartnerWebApi2Client,
  WEBAPI2_ENDPOINTS,
  WEBAPI2_GROUPS,
  WEBAPI2_OPERATIONS,
  type WebApi2OperationName,
} from '@x/partnerapi/webapi2';
import { addDays } from '../dates.js';
import { operationRef, rowsIn } from './generic.js';
import { guidOf } from './partnerapi.js';
import { runEmulator } from './serve.js';
import {
  type ApiSpec,
  type OperationRef,
  type StreamSpec,
  connectClientOptions,
  loginSettings,
} from './types.js';

/**
 * A `--fault` object for the emulator: the kit's fault, or `{ resultCode, text, …}` for a vendor
 * refusal (JSON cannot carry the `answer` function that {@link resultCode} builds).
 */
function webApi2Fault(fault: Record<string, unknown>): EmulatorFault<WebApi2Request> {
  const { resultCode: code, text, ...rest } = fault;
  if (typeof code !== 'string') return fault as EmulatorFault<WebApi2Request>;
  return resultCode(code, typeof text === 'string' ? text : '', rest as EmulatorFault<WebApi2Request>);
}

function operations(): OperationRef[] {
  return Object.entries(WEBAPI2_GROUPS).flatMap(([group, table]) =>
    Object.entries(table as Record<string, WebApi2OperationName>).map(([key, wire]) =>
      operationRef(`${group}.${key}`, { ...WEBAPI2_OPERATIONS[wire], wire }),
    ),
  );
}

/** 1С-Коннект PartnerWebAPI2. */
export const webapi2: ApiSpec = {
  name: 'webapi2',
  title: '1С-Коннект PartnerWebAPI2',
  urlEnv: 'XSDK_WEBAPI2_URL',
  defaultUrl: WEBAPI2_ENDPOINTS.ru,
  settings: loginSettings('webapi2', 'administrator login (HTTP Basic)', 'password'),
  client: (ctx) => new PartnerWebApi2Client(connectClientOptions(ctx)),
  operations,
  invoke(client, method, params, signal) {
    const ref = operations().find((o) => o.method === method);
    if (!ref) throw new ConfigError(`the client has no method ${method}.`);
    return (client as PartnerWebApi2Client).call(ref.wire as WebApi2OperationName, params as never, {
      signal,
    });
  },
  async authCheck(client, signal) {
    await (client as PartnerWebApi2Client).call('RegionRead', undefined, { signal });
    return 'RegionRead answered';
  },
  streams: () => {
    const out: Record<string, StreamSpec> = {};
    for (const op of operations()) {
      if (op.wire in HISTORY_WINDOWS) {
        const wire = op.wire as HistoryOperation;
        out[wire] = {
          kind: 'days',
          windowDays: HISTORY_WINDOWS[wire].maxDays,
          doc: `${op.method}, in windows of at most ${HISTORY_WINDOWS[wire].maxDays} days`,
          window: async (client, from, to, signal) => {
            const rows: unknown[] = [];
            const c = client as PartnerWebApi2Client;
            for await (const row of c.historyInWindows(wire, from, addDays(to, 1), {}, { signal }))
              rows.push(row);
            return rows;
          },
        };
      } else if (/Read$/.test(op.wire) && op.idempotent) {
        out[op.wire] = {
          kind: 'table',
          doc: `${op.method}: ${op.doc}`,
          rows: async (client, params, signal) => {
            const answer = await (client as PartnerWebApi2Client).call(
              op.wire as WebApi2OperationName,
              params as never,
              { signal },
            );
            return rowsIn(answer);
          },
        };
      }
    }
    return out;
  },
  async emulate(options, log) {
    const user = options.settings.user ?? 'partner';
    const password = options.settings.password ?? 'secret';
    const now = options.clock.now();
    const clients: WebApi2Seed['clients'] = Array.from({ length: options.seedSize }, (_, i) => ({
      ClientID: guidOf(2, i + 1),
      Name: `Клиент ${i + 1}`,
      FullName: `ООО «Клиент ${i + 1}», "филиал"`,
      changedAt: now - (options.seedSize - i) * 60_000,
    }));
    const emulator = new PartnerWebApi2Emulator({
      clock: options.clock,
      users: { [user]: password },
      seed: { ...(clients.length ? { clients } : {}), ...(options.seed as Partial<WebApi2Seed> | undefined) },
    } satisfies PartnerWebApi2EmulatorOptions);
    return runEmulator(
      emulator,
      options,
      log,
      { XSDK_WEBAPI2_USER: user, XSDK_WEBAPI2_PASSWORD: password },
      { fault: webApi2Fault },
    );
  },
};
