// AGBIS in the cross-cutting reliability suite (faults, secrets, load): see tools/test-kit/src/reliability (`@x/test-kit`).
import { createHash } from 'node:crypto';
import { AgbisClient } from '@x/agbis';
import { AgbisEmulator } from '@x/agbis/testing';
import type { Logger, LogRecord } from '@x/core';
import type { AdapterEnv, ClientAdapter, SuiteClientOptions } from '@x/test-kit';
import { reliabilitySuite } from '@x/test-kit';
import { secretSuite } from '@x/test-kit';

const USER = 'кассир-api';
const PASSWORD = 'Zx4Qm8-пароль-Rt2Vn6';
const WRONG_PASSWORD = 'Kd7Wp3-старый-Hs9Bf1';
const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex');

/**
 * `prelogin`: each client starts with a session, the way a long-lived client holds one. The login
 * is sent straight to the emulator, not through the suite's faulty server, and is kept out of the
 * suite's logger, so the fault rows count only the read or the write under test (AGBIS logs in
 * lazily, and a login would otherwise take the planned fault and the attempt count). The second
 * variant logs in lazily through the faulty server, so the secrets scan covers the Login request
 * (password hash in its query) and its records.
 */
function adapter(variant: { prelogin: boolean }): ClientAdapter<AgbisClient> {
  return {
    name: variant.prelogin ? 'agbis' : 'agbis (lazy login)',
    async start(): Promise<AdapterEnv<AgbisClient>> {
      const emulator = new AgbisEmulator({
        seed: {
          users: [{ id: '1022', login: USER, password: PASSWORD }],
          clients: [{ contr_id: '10013', name: 'Тест' }],
        },
      });
      // Session and refresh ids the emulator issued, read from its state after each login or refresh.
      const issued = new Set<string>();
      const handler = async (request: Request) => {
        const response = await emulator.handle(request);
        const search = new URL(request.url).search;
        if (search.startsWith('?Login') || search.startsWith('?RefreshSession')) {
          for (const s of emulator.state.sessions.values()) issued.add(s.id).add(s.refreshId);
        }
        // The emulator logs every request; keep the log short so the load test measures the SDK.
        if (emulator.requests.length > 100) emulator.requests.length = 0;
        return response;
      };
      const direct = (input: string, init: RequestInit) => Promise.resolve(handler(new Request(input, init)));

      // One order to pay: PayForAll accepts any number of payments of it.
      const setup = new AgbisClient({
        baseUrl: 'https://agbis.test/cl/demo/api/',
        user: USER,
        password: PASSWORD,
        fetch: direct,
      });
      const { dor_id } = await setup.orders.save({
        Order: { contr_id: 10013, sclad_id: 1, sclad_out_id: 1 },
        Services: [{ tovar_id: 10018, count: 1 }],
      });
      await setup.close();

      const ready = new WeakMap<AgbisClient, Promise<void>>();
      const make = (options: SuiteClientOptions, password: string, prelogin: boolean) => {
        if (!prelogin) return new AgbisClient({ ...options, user: USER, password });
        let loggedIn = false;
        const target = options.logger;
        const gate =
          (level: keyof Logger) =>
          (record: LogRecord, message: string): void => {
            if (loggedIn) target[level]?.(record, message);
          };
        const client = new AgbisClient({
          ...options,
          user: USER,
          password,
          logger: { debug: gate('debug'), info: gate('info'), warn: gate('warn'), error: gate('error') },
          fetch: (input, init) => (loggedIn ? fetch(input, init) : direct(input, init)),
        });
        ready.set(
          client,
          client.sessions.get().then(() => {
            loggedIn = true;
          }),
        );
        return client;
      };

      return {
        handler,
        client: (options) => make(options, PASSWORD, variant.prelogin),
        wrongCredentialsClient: (options) => make(options, WRONG_PASSWORD, false),
        read: {
          wire: 'ContrInfoForAll',
          call: async (client, options) => {
            await ready.get(client);
            return client.clients.info({ contr_id: 10013 }, options);
          },
        },
        write: {
          wire: 'PayForAll',
          call: async (client, options) => {
            await ready.get(client);
            return client.payments.pay({ dor_id, amount: 10.5, type_doc: 1 }, options);
          },
        },
        emptyWriteIsSuccess: false,
        get secrets() {
          return [PASSWORD, sha1(PASSWORD), WRONG_PASSWORD, sha1(WRONG_PASSWORD), ...issued];
        },
      };
    },
  };
}

reliabilitySuite(adapter({ prelogin: true }));
secretSuite(adapter({ prelogin: false }));
