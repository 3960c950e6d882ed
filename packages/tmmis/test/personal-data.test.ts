import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import { personalDataSuite, personalDebugCheck, personalProxy, personalScenarios } from '@x/test-kit';

// Issue 11 §3: every ТМ:МИС operation that carries personal data (payer name, birth date and
// contacts in invoice answers; FIO and Birthday in the lookups by payer), run against the
// emulator with failures injected and the logger at debug: no personal value may appear in any
// log record or error form.

const PAYER = {
  family: 'Богданова',
  name: 'Ярослава',
  ot: 'Игоревна',
  birthday: '1974-11-23',
  contactMPhone: '+79035550142',
  contactEmail: 'bogdanova.ya@example.ru',
};
const FIO = `${PAYER.family} ${PAYER.name} ${PAYER.ot}`;
const PERSONAL_VALUES = [FIO, ...Object.values(PAYER)];

/** A server in front of the emulator; `echo(_, status)` answers the next request, whatever it is, with a page quoting it. */
async function setup(logPersonalData?: boolean) {
  const emulator = new TmmisEmulator();
  const invoice = emulator.addInvoice(generateInvoice({ lines: 2, seed: 7, overrides: { payer: PAYER } }));
  const proxy = await personalProxy((req) => emulator.fetch(req));
  const client = new TmmisClient({
    baseUrl: `${proxy.server.url}/`,
    ogrn: DEMO_OGRN,
    oid: DEMO_OID,
    allowHttp: true,
    retry: false,
    timeoutMs: 500,
    logger: proxy.logger,
    ...(logPersonalData === undefined ? {} : { logPersonalData }),
  });
  return { ...proxy, client, invoice };
}

type Setup = Awaited<ReturnType<typeof setup>>;

type Call = (s: Setup) => Promise<unknown>;
const OPERATIONS: Record<string, Call> = {
  'invoices.byNumber': (s) => s.client.invoices.byNumber({ number: s.invoice.invoiceNumber }),
  'invoices.byPayer': (s) => s.client.invoices.byPayer({ FIO, Birthday: PAYER.birthday }),
  'invoices.list': (s) => s.client.invoices.list({ FIO, Birthday: PAYER.birthday }),
};

const SCENARIOS = personalScenarios<Setup>(500);

personalDebugCheck('ТМ:МИС personal data with logPersonalData: true (local debugging)', {
  it: 'shows the payer in debug logs',
  setup: () => setup(true),
  run: async (s) => {
    s.echo('', 500);
    await OPERATIONS['invoices.byPayer']!(s).catch(() => {});
  },
  shows: PAYER.birthday,
});

personalDataSuite(
  'ТМ:МИС personal data stays out of logs and errors',
  Object.entries(OPERATIONS).map(([title, call]) => ({ title, wire: title, call })),
  { setup: () => setup(), values: PERSONAL_VALUES, scenarios: SCENARIOS },
);
