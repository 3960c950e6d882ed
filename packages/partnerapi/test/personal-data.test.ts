import { type FaultyServer, captureLogger, serveFaulty } from '@x/core/testing';
import { PartnerApiClient, allOperations } from '@x/partnerapi';
import { DEFAULT_IDS as I, PartnerApiEmulator, faultXml } from '@x/partnerapi/testing';
import { personalDataSuite, personalScenarios } from '@x/test-kit';
import { afterEach, describe, expect, it } from 'vitest';

// Issue 11 §3: every PartnerAPI operation that carries personal data (client names and INN of
// individuals, ФИО and birthdays of partner and client users, contacts, SIP subscriber numbers),
// run against the emulator with failures injected and the logger at debug: no personal value may
// appear in any log record or error form.

const V = {
  clientName: 'ИП Белоусова Вера',
  clientFullName: 'Индивидуальный предприниматель Белоусова Вера Николаевна',
  clientInn: '772814503964',
  puName: 'Всеволод',
  puFamily: 'Гончаренко',
  puFather: 'Аркадьевич',
  cuName: 'Милослава',
  cuFamily: 'Ершова-Лисицына',
  cuFather: 'Тимуровна',
  birthday: '1986-04-19',
  phone: '+7 916 404-55-17',
  email: 'ershova.mt@example.ru',
  address: 'Казань, ул. Баумана, д. 58',
  abonent: '+74957001122',
  inn: '500100732259',
};
const PERSONAL_VALUES = Object.values(V);

interface Ids {
  clientId: string;
  partnerUserId: string;
  clientUserId: string;
}

interface Setup {
  /** The next request gets the emulator's real answer, with status 500. */
  failAnswer(): void;
  client: PartnerApiClient;
  server: FaultyServer;
  logger: ReturnType<typeof captureLogger>;
  ids: Ids;
  /**
   * The next request for `wire` is answered by a page quoting the request, or with `fault` by a
   * SOAP Fault whose text quotes the operands (as 1C error messages quote the values they reject).
   */
  echo(wire: string, status: number | 'fault'): void;
}

// The personal inputs, shared by the records setup() makes and the calls under test.
const clientFields = {
  client_name: V.clientName,
  client_inn: V.clientInn,
  client_full_name: V.clientFullName,
};
const partnerUserNames = {
  partner_user_name: V.puName,
  partner_user_family_name: V.puFamily,
  partner_user_father_name: V.puFather,
};
const clientUserNames = {
  client_user_name: V.cuName,
  client_user_family_name: V.cuFamily,
  client_user_father_name: V.cuFather,
};
const clientAddress = (client_id: string) => ({
  client_id,
  contact_type_id: I.contactClientAddress,
  contact_view: V.address,
});
const partnerUserEmail = (partner_user_id: string) => ({
  partner_user_id,
  contact_type_id: I.contactUserEmail,
  contact_view: V.email,
});
const clientUserPhone = (client_user_id: string) => ({
  client_user_id,
  contact_type_id: I.contactUserPhone,
  contact_view: V.phone,
});

async function setup(logPersonalData?: boolean): Promise<Setup> {
  const emulator = new PartnerApiEmulator();
  let echo: { wire: string; status: number | 'fault' } | undefined;
  let failAnswer = false;
  const server = await serveFaulty(async (req) => {
    if (failAnswer) {
      failAnswer = false;
      const real = await emulator.fetch(req);
      return new Response(await real.arrayBuffer(), { status: 500, headers: real.headers });
    }
    if (echo && (req.headers.get('content-type') ?? '').includes(`:${echo.wire}"`)) {
      const { status } = echo;
      echo = undefined;
      if (status === 'fault') {
        const operands = [...(await req.text()).matchAll(/>([^<]+)<\/par:/g)].map((m) => m[1]).join('; ');
        return new Response(faultXml('1.2', 'Sender', `Ошибка при записи объекта: ${operands}`), {
          status: 500,
          headers: { 'content-type': 'application/soap+xml; charset=utf-8' },
        });
      }
      // Like an IIS or Apache error page in front of 1C: the request body, quoted back.
      const page = `<html><body><h1>${status}</h1><pre>${req.method} ${decodeURIComponent(req.url)}\n${await req.text()}</pre></body></html>`;
      return new Response(page, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
    }
    return emulator.fetch(req);
  });
  const flag = logPersonalData === undefined ? {} : { logPersonalData };
  const options = {
    endpoint: `${server.url}/cus/ws/PartnerAPI`,
    user: 'partner',
    password: 'secret',
    allowHttp: true,
  };
  // The data the reads return is made by a separate, quiet client, so that only the call under
  // test and its failures reach the logger.
  const prep = new PartnerApiClient({ ...options, retry: false, ...flag });
  const [c] = await prep.client.add({ ...clientFields, region_id: I.moscow });
  await prep.client.contactEdit(clientAddress(c!.client_id!));
  await prep.partner.contactEdit({
    region_id: I.moscow,
    contact_type_id: I.contactPartnerPhone,
    contact_view: V.phone,
  });
  const [pu] = await prep.partnerUser.add(partnerUserNames);
  await prep.partnerUser.setBirthday({ partner_user_id: pu!.partner_user_id!, birthday: V.birthday });
  await prep.partnerUser.contactEdit(partnerUserEmail(pu!.partner_user_id!));
  const [cu] = await prep.clientUser.add({ client_id: c!.client_id!, ...clientUserNames });
  await prep.clientUser.setBirthday({ client_user_id: cu!.client_user_id!, birthday: V.birthday });
  await prep.clientUser.contactEdit(clientUserPhone(cu!.client_user_id!));
  const logger = captureLogger();
  const client = new PartnerApiClient({ ...options, retry: false, timeoutMs: 400, logger, ...flag });
  return {
    failAnswer() {
      failAnswer = true;
    },
    client,
    server,
    logger,
    ids: { clientId: c!.client_id!, partnerUserId: pu!.partner_user_id!, clientUserId: cu!.client_user_id! },
    echo(wire, status) {
      echo = { wire, status };
    },
  };
}

const servers: FaultyServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

type Call = (s: Setup) => Promise<unknown>;
/** One call per operation that declares personal data, keyed by wire name. */
const CALLS: Record<string, Call> = {
  partner_contact_read: (s) => s.client.partner.contactRead(),
  partner_contact_edit: (s) =>
    s.client.partner.contactEdit({
      region_id: I.spb,
      contact_type_id: I.contactPartnerPhone,
      contact_view: V.phone,
    }),
  client_read: (s) => s.client.client.read(),
  client_read_advanced: (s) => s.client.client.readAdvanced({ client_id: s.ids.clientId }),
  client_add: (s) => s.client.client.add({ ...clientFields, region_id: I.spb }),
  client_add_its: (s) =>
    s.client.client.addIts({
      ...clientFields,
      region_id: I.spb,
      client_reg_num: '800123456',
      pay_method_type_id: 4,
    }),
  client_add_advanced: (s) =>
    s.client.client.addAdvanced({ ...clientFields, region_id: I.spb, addit_attribute: 'VIP' }),
  client_edit: (s) => s.client.client.edit({ client_id: s.ids.clientId, ...clientFields }),
  client_edit_its: (s) =>
    s.client.client.editIts({ client_id: s.ids.clientId, ...clientFields, pay_method_type_id: 4 }),
  client_edit_advanced: (s) =>
    s.client.client.editAdvanced({ client_id: s.ids.clientId, ...clientFields, region_id: I.moscow }),
  client_ITS_status_For_INN: (s) =>
    s.client.client.itsStatusForInn({ RegNumberPP1C: '800123456', INN: V.inn }),
  client_delete: (s) => s.client.client.delete({ client_id: s.ids.clientId }),
  client_contact_read: (s) => s.client.client.contactRead({ client_id: s.ids.clientId }),
  client_contact_edit: (s) => s.client.client.contactEdit(clientAddress(s.ids.clientId)),
  client_vendor_read: (s) => s.client.client.vendorRead({ service_type_id: I.lineAccounting }),
  partner_user_read: (s) => s.client.partnerUser.read(),
  partner_user_read_with_birthday: (s) => s.client.partnerUser.readWithBirthday(),
  partner_user_add: (s) => s.client.partnerUser.add(partnerUserNames),
  partner_user_set_birthday: (s) =>
    s.client.partnerUser.setBirthday({ partner_user_id: s.ids.partnerUserId, birthday: V.birthday }),
  partner_user_edit: (s) =>
    s.client.partnerUser.edit({ partner_user_id: s.ids.partnerUserId, ...partnerUserNames }),
  partner_user_delete: (s) => s.client.partnerUser.delete({ partner_user_id: s.ids.partnerUserId }),
  partner_user_contact_read: (s) =>
    s.client.partnerUser.contactRead({ partner_user_id: s.ids.partnerUserId }),
  partner_user_contact_edit: (s) => s.client.partnerUser.contactEdit(partnerUserEmail(s.ids.partnerUserId)),
  client_user_read: (s) => s.client.clientUser.read({ client_id: s.ids.clientId }),
  client_user_read_with_birthday: (s) => s.client.clientUser.readWithBirthday({ client_id: s.ids.clientId }),
  client_user_add: (s) => s.client.clientUser.add({ client_id: s.ids.clientId, ...clientUserNames }),
  client_user_set_birthday: (s) =>
    s.client.clientUser.setBirthday({ client_user_id: s.ids.clientUserId, birthday: V.birthday }),
  client_user_edit: (s) =>
    s.client.clientUser.edit({ client_user_id: s.ids.clientUserId, ...clientUserNames }),
  client_user_delete: (s) => s.client.clientUser.delete({ client_user_id: s.ids.clientUserId }),
  client_user_contact_read: (s) => s.client.clientUser.contactRead({ client_user_id: s.ids.clientUserId }),
  client_user_contact_edit: (s) => s.client.clientUser.contactEdit(clientUserPhone(s.ids.clientUserId)),
  sip_calls_statistics_read: (s) => s.client.statistics.sipCallsRead({ abonent: V.abonent }),
};

const SCENARIOS = personalScenarios<Setup>(500, [
  { name: 'SOAP Fault quoting the operands', arrange: (s, wire) => s.echo(wire, 'fault'), fails: true },
]);

describe('PartnerAPI personal data with logPersonalData: true (local debugging)', () => {
  // First in the file: the names other clients register are process-wide, and each test file
  // runs in its own process.
  it('shows the client name a SOAP Fault quotes', async () => {
    const s = await setup(true);
    servers.push(s.server);
    s.echo('client_add', 'fault');
    const error = await CALLS.client_add!(s).catch((e: unknown) => e);
    expect((error as Error).message).toContain(V.clientName);
  });
});

describe('PartnerAPI personal data stays out of logs and errors', () => {
  it('every operation that declares personal data is covered here', () => {
    const declared = allOperations()
      .filter((e) => e.op.personal !== undefined)
      .map((e) => e.op.wire)
      .sort();
    expect(declared).toEqual(Object.keys(CALLS).sort());
  });
});

personalDataSuite(
  'PartnerAPI personal data stays out of logs and errors',
  Object.entries(CALLS).map(([wire, call]) => ({ title: wire, wire, call })),
  { setup: () => setup(), values: PERSONAL_VALUES, scenarios: SCENARIOS },
);
