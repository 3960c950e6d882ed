import { UzhkhClient, operationGroups } from '@x/uzhkh';
import { type SeedData, UzhkhEmulator } from '@x/uzhkh/testing';
import { invokeMethod, listOperations } from './generic.js';
import { runEmulator } from './serve.js';
import { type ApiSpec, type StreamSpec, commonClientOptions } from './types.js';

const DOWNLOADS = {
  accounts: 'personal accounts (Synchronization/DownloadAccounts)',
  flats: 'real-estate objects (Synchronization/DownloadFlats)',
  payments: 'payments (Synchronization/DownloadPayments)',
  counters: 'personal meters (Synchronization/DownloadCounters)',
  requests: 'requests (Synchronization/DownloadRequests)',
  docs: 'documents (Synchronization/DownloadDocs)',
} as const;

/** Умное ЖКХ. */
export const uzhkh: ApiSpec = {
  name: 'uzhkh',
  title: 'Умное ЖКХ',
  urlEnv: 'XSDK_UZHKH_URL',
  settings: [{ key: 'token', env: 'XSDK_UZHKH_TOKEN', secret: true, doc: 'access token issued by support' }],
  client: (ctx) =>
    new UzhkhClient({
      baseUrl: ctx.url,
      token: ctx.settings.token ?? '',
      ...commonClientOptions(ctx),
    }),
  operations: () => listOperations(operationGroups),
  invoke: invokeMethod,
  async authCheck(client, signal) {
    await (client as UzhkhClient).download.accountsPage({ page: 1 }, { signal });
    return 'Synchronization/DownloadAccounts page 1 answered';
  },
  streams: () =>
    Object.fromEntries(
      Object.entries(DOWNLOADS).map(([name, doc]): [string, StreamSpec] => [
        name,
        {
          kind: 'pages',
          doc,
          pages: (client, start, signal) =>
            (client as UzhkhClient).download[name as keyof typeof DOWNLOADS]({
              startPage: start,
              signal,
            }).pages(),
        },
      ]),
    ),
  async emulate(options, log) {
    const token = options.settings.token ?? 'test-token';
    const emulator = new UzhkhEmulator({
      clock: options.clock,
      token,
      ...(options.allowedIps ? { allowedIps: options.allowedIps } : {}),
    });
    emulator.seedAccounts(options.seedSize);
    if (options.seed) emulator.seed(options.seed as SeedData);
    return runEmulator(emulator, options, log, { XSDK_UZHKH_TOKEN: token });
  },
};
