import { ENDPOINTS, PartnerApiClient, operationGroups } from '@x/partnerapi';
import { DEFAULT_IDS, PartnerApiEmulator, type SeedData } from '@x/partnerapi/testing';
import { invokeMethod, listOperations, rowsIn } from './generic.js';
import { runEmulator } from './serve.js';
import { type ApiSpec, type StreamSpec, connectClientOptions, loginSettings } from './types.js';

/** A stable GUID-shaped id for generated record `n`. */
export function guidOf(prefix: number, n: number): string {
  return `${String(prefix).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** 1С-Коннект PartnerAPI. */
export const partnerapi: ApiSpec = {
  name: 'partnerapi',
  title: '1С-Коннект PartnerAPI',
  urlEnv: 'XSDK_PARTNERAPI_URL',
  defaultUrl: ENDPOINTS.ru,
  settings: loginSettings('partnerapi', 'partner login (HTTP Basic)', 'partner password'),
  client: (ctx) => new PartnerApiClient(connectClientOptions(ctx)),
  operations: () => listOperations(operationGroups),
  invoke: invokeMethod,
  async authCheck(client, signal) {
    await (client as PartnerApiClient).partner.read(undefined, { signal });
    return 'partner_read answered';
  },
  streams: () => {
    const out: Record<string, StreamSpec> = {};
    for (const op of listOperations(operationGroups)) {
      if (!/_read(_advanced)?$/.test(op.wire)) continue;
      out[op.wire] = {
        kind: 'table',
        doc: `${op.method}: ${op.doc}`,
        rows: async (client, params, signal) => {
          return rowsIn(await invokeMethod(client, op.method, params, signal));
        },
      };
    }
    return out;
  },
  async emulate(options, log) {
    const user = options.settings.user ?? 'partner';
    const password = options.settings.password ?? 'secret';
    const clients: SeedData['clients'] = Array.from({ length: options.seedSize }, (_, i) => ({
      client_id: guidOf(1, i + 1),
      region_id: DEFAULT_IDS.moscow,
      client_name: `ООО «Клиент ${i + 1}»`,
      client_full_name: `Общество с ограниченной ответственностью «Клиент ${i + 1}», "филиал"`,
      client_del: false,
      client_inn: `77${String(i + 1).padStart(8, '0')}`,
      client_kpp: '',
      client_reg_num: '',
      pay_method_id: 1,
      addit_attribute: '',
      client_new_id: '',
      partner_id: DEFAULT_IDS.partner,
    }));
    const emulator = new PartnerApiEmulator({ clock: options.clock, users: { [user]: password } });
    if (clients.length) emulator.seed({ clients });
    if (options.seed) emulator.seed(options.seed as Partial<SeedData>);
    return runEmulator(
      emulator,
      options,
      log,
      { XSDK_PARTNERAPI_USER: user, XSDK_PARTNERAPI_PASSWORD: password },
      { notes: (served) => [`WSDL: ${served.baseUrl}?wsdl`] },
    );
  },
};
