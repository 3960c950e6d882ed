// «Умное ЖКХ» in the cross-cutting reliability suite (faults, secrets, load): see tools/test-kit/src/reliability (`@x/test-kit`).
import { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import type { AdapterEnv, ClientAdapter, SuiteClientOptions } from '@x/test-kit';
import { reliabilitySuite, shortJournalHandler } from '@x/test-kit';

const TOKEN = 'uzhkh-bearer-Vx4Lq9Tz2Rk7Wm5N';

function adapter(): ClientAdapter<UzhkhClient> {
  return {
    name: 'uzhkh',
    start(): AdapterEnv<UzhkhClient> {
      // The loopback server hands the emulator no socket address; the IP check sees its default.
      const emulator = new UzhkhEmulator({ token: TOKEN });
      // A small queue, so the read decodes real change records of several kinds.
      emulator.upsertAccount({ Id: 'acc-1' });
      emulator.upsertCounter({ Id: 'MTR-1', Value1: 12.5 });
      emulator.upsertRequest({ Text: 'Течёт кран' });
      const make = (options: SuiteClientOptions, token: string) => new UzhkhClient({ ...options, token });
      return {
        handler: shortJournalHandler(emulator),
        client: (options) => make(options, TOKEN),
        wrongCredentialsClient: (options) => make(options, `${TOKEN}-revoked`),
        read: { wire: 'To1c/Requests', call: (client, options) => client.feed.requests(undefined, options) },
        write: {
          wire: 'SetId',
          call: async (client, options) => {
            // A fresh meter with a temporary id per call (not queued), so a healthy emulator answers success.
            const meter = emulator.state.upsert('counter', {}, false);
            const result = await client.setId(
              String(meter.Id),
              `MTR-X${String(meter.Id)}`,
              'counter',
              options,
            );
            if (result.outcome !== 'success') throw new Error(`SetId answered ${result.outcome}`);
            return result;
          },
        },
        secrets: [TOKEN],
      };
    },
  };
}

reliabilitySuite(adapter());
