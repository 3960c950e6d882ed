// PartnerAPI in the cross-cutting reliability suite (faults, secrets, load): see tools/test-kit/src/reliability (`@x/test-kit`).
import { PartnerApiClient, type PartnerApiClientOptions } from '@x/partnerapi';
import { DEFAULT_IDS, PartnerApiEmulator } from '@x/partnerapi/testing';
import type { AdapterEnv, ClientAdapter, SuiteClientOptions } from '@x/test-kit';
import { reliabilitySuite } from '@x/test-kit';

const USER = 'partner-login';
const PASSWORD = 'pa-basic-Kx8vQ2mZr7Tw4Ln9';

/** The emulator answers on its service path; the client is given the full service URL. */
const endpointOf = (options: SuiteClientOptions) => `${options.baseUrl.replace(/\/$/, '')}/cus/ws/PartnerAPI`;

const adapter: ClientAdapter<PartnerApiClient> = {
  name: 'partnerapi',
  start(): AdapterEnv<PartnerApiClient> {
    const emulator = new PartnerApiEmulator({ users: { [USER]: PASSWORD } });
    let n = 0;
    const make = (options: SuiteClientOptions, password: string) => {
      const { baseUrl: _b, ...rest } = options;
      const clientOptions: PartnerApiClientOptions = {
        ...rest,
        endpoint: endpointOf(options),
        user: USER,
        password,
      };
      return new PartnerApiClient(clientOptions);
    };
    return {
      handler: async (request) => {
        const response = await emulator.handle(request);
        // The emulator logs every request; keep the log short so the load test measures the SDK.
        if (emulator.requests.length > 100) emulator.requests.length = 0;
        return response;
      },
      client: (options) => make(options, PASSWORD),
      wrongCredentialsClient: (options) => make(options, `${PASSWORD}-old`),
      read: {
        wire: 'region_read',
        call: (client, options) => client.region.read({ region_id: DEFAULT_IDS.spb }, options),
      },
      write: {
        wire: 'client_add',
        call: (client, options) =>
          client.client.add({ client_name: `ООО «Клиент ${++n}»`, region_id: DEFAULT_IDS.moscow }, options),
      },
      secrets: [PASSWORD, btoa(`${USER}:${PASSWORD}`), btoa(`${USER}:${PASSWORD}-old`)],
    };
  },
};

reliabilitySuite(adapter);
