// What the two Transport profiling drivers share: the answer they decode and the request they send.

/** A 10-item JSON answer, the size of a typical small vendor answer. */
export const TEN_ITEMS = JSON.stringify({
  error: 0,
  items: Array.from({ length: 10 }, (_, i) => ({ id: i, name: `item ${i}` })),
});

/** The request spec both drivers send through `Transport.request`. */
export const SPEC = {
  operation: 'bench',
  idempotent: true,
  method: 'GET',
  path: '?PriceList=%7B%7D',
  decode: (raw) => JSON.parse(raw.text()),
};
