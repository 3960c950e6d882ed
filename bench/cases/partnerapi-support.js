// What the PartnerAPI bench case and its profiling driver share: the client_read answer they
// decode and a body paced like a fast network link. One copy, so the driver profiles exactly
// what the bench measures.
import { operationsByWire } from '@x/partnerapi';

/** Region УИД every generated client belongs to. */
export const REGION = 'b0000000-0000-4000-8000-000000000001';

/**
 * `n` client_read rows with Cyrillic, escaped and nil cells (the decoder's real work). With
 * `markup: false` the full name carries no `<…>`: one character reference a row instead of three,
 * so that 100,000 rows stay under the client's 200,000-reference guard.
 */
export function clientRows(n, { markup = true } = {}) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const id = `c${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`.slice(0, 36);
    rows.push({
      client_id: id,
      region_id: REGION,
      client_name: `ООО «Клиент ${i}» & партнёры`,
      client_full_name: `Общество с ограниченной ответственностью «Клиент номер ${i}» — полное наименование для отчётов${markup ? ` <${i}>` : ''}`,
      client_del: i % 17 === 0,
      client_inn: String(7700000000 + i),
      client_kpp: i % 3 === 0 ? null : '770101001',
      client_reg_num: i % 2 ? String(800000000 + i) : '',
      pay_method_id: i % 5,
      addit_attribute: i % 7 === 0 ? 'VIP' : '',
      client_new_id: id.replace(/^c/, 'd'),
    });
  }
  return rows;
}

/** The SOAP answer of client_read with `n` rows, columns as the operation table declares them. */
export function clientReadAnswer(emulator, n, options) {
  const columns = operationsByWire().get('client_read').op.meta.result.columns;
  return emulator.rowsXml('1.2', 'client_read', columns, clientRows(n, options));
}

/** Bytes of a paced body's pieces: 64 KiB, about what one TCP read hands over on a fast link. */
export const PIECE = 65536;

/** `bytes` as a SOAP response whose body arrives one {@link PIECE} every `paceMs` milliseconds. */
export function pacedResponse(bytes, paceMs) {
  let at = 0;
  const body = new ReadableStream({
    async pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      await new Promise((r) => setTimeout(r, paceMs));
      controller.enqueue(bytes.subarray(at, at + PIECE));
      at += PIECE;
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/soap+xml; charset=utf-8' } });
}

/** A client of `Client` (the class under test, possibly another build) on `url`, never retrying. */
export function benchClient(Client, url, options = {}) {
  return new Client({
    endpoint: url,
    user: 'partner',
    password: 'secret',
    allowHttp: true,
    retry: false,
    ...options,
  });
}
