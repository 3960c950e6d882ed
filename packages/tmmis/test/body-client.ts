import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID } from '@x/tmmis/testing';

/** A client whose every request is answered with `body` (no network): for decoder tests. */
export function clientAnswering(body: () => string | Uint8Array, status = 200) {
  return new TmmisClient({
    baseUrl: 'https://mis.example/',
    ogrn: DEMO_OGRN,
    oid: DEMO_OID,
    retry: false,
    fetch: async () =>
      new Response(body() as BodyInit, {
        status,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      }),
  });
}

export const GUID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
export const DESK_GUID = '6f9619ff-8b86-d011-b42d-00c04fc964ff';

export const payInput = {
  invoiceGuid: GUID,
  checkNum: '1',
  BillDate: '2026-01-01T10:00:00',
  cashdeskGuid: DESK_GUID,
  Type: 1 as const,
  Payments: [{ paySum: 10, PaymentType: 1 as const }],
};
