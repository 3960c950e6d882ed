// ТМ:МИС in the cross-cutting reliability suite (faults, secrets, load): see tools/test-kit/src/reliability (`@x/test-kit`).
import { TmmisClient, type TmmisClientOptions } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import type { AdapterEnv, ClientAdapter } from '@x/test-kit';
import { reliabilitySuite, shortJournalHandler } from '@x/test-kit';
import { secretSuite } from '@x/test-kit';

const DESK = '6f9619ff-8b86-d011-b42d-00c04fc964ff';
const TOKEN = 'tmmis-bearer-Zq7xK2pLw9Rv4Tn8';
const USER = 'kassa-user';
const PASSWORD = 'tmmis-pass-Hj3Uy6Bv1Qe5Wm0';

function adapter(kind: 'bearer' | 'basic'): ClientAdapter<TmmisClient> {
  return {
    name: `tmmis (${kind})`,
    start(): AdapterEnv<TmmisClient> {
      const emulator = new TmmisEmulator({
        auth: kind === 'bearer' ? { bearer: TOKEN } : { basic: { user: USER, password: PASSWORD } },
      });
      emulator.seed({ cashDesks: [{ Guid: DESK, Name: 'Касса 1' }] });
      const invoice = emulator.addInvoice(generateInvoice({ lines: 2, seed: 7 }));
      let seed = 100;
      const auth: TmmisClientOptions['auth'] =
        kind === 'bearer' ? { bearer: TOKEN } : { basic: { user: USER, password: PASSWORD } };
      const make = (options: object, wrong = false) =>
        new TmmisClient({
          ...options,
          baseUrl: (options as { baseUrl: string }).baseUrl,
          ogrn: DEMO_OGRN,
          oid: DEMO_OID,
          auth: wrong
            ? kind === 'bearer'
              ? { bearer: `${TOKEN}-old` }
              : { basic: { user: USER, password: `${PASSWORD}-old` } }
            : auth,
        });
      return {
        handler: shortJournalHandler(emulator),
        client: (options) => make(options),
        wrongCredentialsClient: (options) => make(options, true),
        read: {
          wire: 'ByNumber',
          call: (client, options) => client.invoices.byNumber({ invoiceGuid: invoice.invoiceGuid }, options),
        },
        write: {
          wire: 'Pay',
          call: (client, options) => {
            // A fresh unpaid invoice per call, so a healthy emulator accepts every Pay.
            const fresh = emulator.addInvoice(generateInvoice({ lines: 1, seed: seed++ }));
            return client.invoices.pay(
              {
                invoiceGuid: fresh.invoiceGuid,
                checkNum: String(seed),
                BillDate: '2026-01-01T10:00:00',
                cashdeskGuid: DESK,
                Type: 1,
                Payments: [{ paySum: fresh.invoiceCents / 100, PaymentType: 3 }],
              },
              options,
            );
          },
        },
        emptyWriteIsSuccess: true,
        secrets:
          kind === 'bearer'
            ? [TOKEN]
            : [PASSWORD, btoa(`${USER}:${PASSWORD}`), btoa(`${USER}:${PASSWORD}-old`)],
        close: () => emulator.settled(),
      };
    },
  };
}

reliabilitySuite(adapter('bearer'));
secretSuite(adapter('basic'));
