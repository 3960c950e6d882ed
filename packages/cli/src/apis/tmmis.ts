import { ApiError, AuthError } from '@x/core';
import { TmmisClient, type TmmisClientOptions, allOperations } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import { invokeMethod, operationRef, rowsIn } from './generic.js';
import { runEmulator } from './serve.js';
import { type ApiSpec, type Settings, commonClientOptions } from './types.js';

function auth(s: Settings): TmmisClientOptions['auth'] {
  if (s.token) return { bearer: s.token };
  if (s.user && s.password) return { basic: { user: s.user, password: s.password } };
  return 'none';
}

/** ТМ:МИС paid services. */
export const tmmis: ApiSpec = {
  name: 'tmmis',
  title: 'ТМ:МИС (платные услуги)',
  urlEnv: 'XSDK_TMMIS_URL',
  settings: [
    { key: 'token', env: 'XSDK_TMMIS_TOKEN', secret: true, doc: 'bearer token (when the clinic uses one)' },
    { key: 'user', env: 'XSDK_TMMIS_USER', secret: false, doc: 'HTTP Basic user (instead of a token)' },
    { key: 'password', env: 'XSDK_TMMIS_PASSWORD', secret: true, doc: 'HTTP Basic password' },
    { key: 'ogrn', env: 'XSDK_TMMIS_OGRN', secret: false, doc: 'ОГРН of the clinic' },
    { key: 'oid', env: 'XSDK_TMMIS_OID', secret: false, doc: 'OID of the clinic division' },
  ],
  client: (ctx) =>
    new TmmisClient({
      baseUrl: ctx.url,
      auth: auth(ctx.settings),
      ogrn: ctx.settings.ogrn,
      oid: ctx.settings.oid,
      ...commonClientOptions(ctx),
    }),
  operations: () => allOperations.map(({ group, key, op }) => operationRef(`${group}.${key}`, op)),
  invoke: invokeMethod,
  async authCheck(client, signal) {
    try {
      await (client as TmmisClient).invoices.byNumber({ number: '0' }, { signal });
    } catch (error) {
      // An answer about the invoice (not found) proves the credentials were accepted.
      if (error instanceof ApiError && !(error instanceof AuthError))
        return 'ByNumber answered (credentials accepted)';
      throw error;
    }
    return 'ByNumber answered (credentials accepted)';
  },
  streams: () => ({
    invoices: {
      kind: 'table',
      doc: 'open invoices (IntegrationInvoice, the deprecated list method)',
      rows: async (client, params, signal) => {
        const answer: unknown = await (client as TmmisClient).invoices.list(params as never, { signal });
        return rowsIn(answer);
      },
    },
  }),
  async emulate(options, log) {
    const s = options.settings;
    const ogrn = s.ogrn ?? DEMO_OGRN;
    const oid = s.oid ?? DEMO_OID;
    const token = s.token ?? (s.user ? undefined : 'test-token');
    const emulator = new TmmisEmulator({
      clock: options.clock,
      clinics: [{ ogrn, oid }],
      auth: token ? { bearer: token } : { basic: { user: s.user ?? '', password: s.password ?? '' } },
    });
    const invoices = Array.from({ length: options.seedSize }, (_, i) => generateInvoice({ seed: i + 1 }));
    emulator.seed({ invoices, ...(options.seed as Parameters<TmmisEmulator['seed']>[0] | undefined) });
    const credentials: Record<string, string> = token
      ? { XSDK_TMMIS_TOKEN: token }
      : { XSDK_TMMIS_USER: s.user ?? '', XSDK_TMMIS_PASSWORD: s.password ?? '' };
    return runEmulator(emulator, options, log, {
      ...credentials,
      XSDK_TMMIS_OGRN: ogrn,
      XSDK_TMMIS_OID: oid,
    });
  },
};
