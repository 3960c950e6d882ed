import { TmmisClient, type TmmisClientOptions } from '@x/tmmis';
import {
  DEMO_OGRN,
  DEMO_OID,
  TmmisEmulator,
  type TmmisEmulatorOptions,
  generateInvoice,
} from '@x/tmmis/testing';
import { mswHandlers } from '@x/tmmis/testing/msw';
import { useMswServer } from '@x/test-kit';

export const BASE = 'http://tmmis.test/mis/';
export const DESK = '6f9619ff-8b86-d011-b42d-00c04fc964ff';
export const DESK2 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** A Pay of `paySum` (card) for one invoice, at cash desk {@link DESK}. */
export const payInput = (invoiceGuid: string, paySum: number) => ({
  invoiceGuid,
  checkNum: '77',
  BillDate: '2026-01-01T10:00:00',
  cashdeskGuid: DESK,
  Type: 1 as const,
  Payments: [{ paySum, PaymentType: 3 as const }],
});

/**
 * The test harness (the same name and shape in every package): an msw server for the file, and
 * `fresh()` for a new emulator routed through it and a client against it.
 */
export function useHarness() {
  const server = useMswServer();
  return {
    server,
    fresh(emuOptions: TmmisEmulatorOptions = {}, clientOptions: Partial<TmmisClientOptions> = {}) {
      const emulator = new TmmisEmulator(emuOptions);
      server.use(...mswHandlers(emulator, BASE));
      const client = new TmmisClient({
        baseUrl: BASE,
        ogrn: DEMO_OGRN,
        oid: DEMO_OID,
        allowHttp: true,
        retry: { baseDelayMs: 1, maxDelayMs: 2 },
        ...clientOptions,
      });
      return { emulator, client };
    },
  };
}

/** Seeds a cash desk and one invoice of `lines` lines; returns the invoice. */
export function seedBasic(emulator: TmmisEmulator, lines = 2, seed = 1) {
  emulator.seed({ cashDesks: [{ Guid: DESK, Name: 'Касса 1' }] });
  return emulator.addInvoice(generateInvoice({ lines, seed }));
}
