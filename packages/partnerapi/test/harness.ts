import { PartnerApiClient, type PartnerApiClientOptions, operationsByWire } from '@x/partnerapi';
import { expect } from 'vitest';
import { PartnerApiEmulator, type PartnerApiEmulatorOptions } from '@x/partnerapi/testing';

export const URL_BASE = 'https://cus.example.test/cus/ws/PartnerAPI';

/**
 * The test harness (the same name and shape in every package). PartnerAPI tests need no msw: the
 * client is wired to the in-process emulator through its `fetch` (real Request/Response objects).
 */
export function useHarness() {
  return { fresh };
}

function fresh(
  emulatorOptions: PartnerApiEmulatorOptions = {},
  clientOptions: Partial<PartnerApiClientOptions> = {},
) {
  const emulator = new PartnerApiEmulator(emulatorOptions);
  const client = new PartnerApiClient({
    endpoint: URL_BASE,
    user: 'partner',
    password: 'secret',
    fetch: emulator.fetch,
    retry: false,
    ...clientOptions,
  });
  return { emulator, client };
}

/** A client (no network, no retries) whose every request is answered with `body` as a SOAP 1.2 answer. */
export function answering(body: string, status = 200): PartnerApiClient {
  return new PartnerApiClient({
    endpoint: URL_BASE,
    user: 'partner',
    password: 'secret',
    retry: false,
    fetch: async () =>
      new Response(body, { status, headers: { 'content-type': 'application/soap+xml; charset=utf-8' } }),
  });
}

const XS: Record<string, string> = {
  string: 'xs:string',
  boolean: 'xs:boolean',
  int: 'xs:decimal',
  date: 'xs:dateTime',
  datetime: 'xs:dateTime',
};

/** Wire names a test has checked through {@link sent}. */
export const covered = new Set<string>();

/**
 * Asserts the envelope of the last request for `wire` (SOAP 1.2 namespace, SOAPAction, operation
 * namespace, every documented operand present in order, typed or nil) and returns the operands as
 * `{ name: text | null }`.
 */
export function sent(emulator: PartnerApiEmulator, wire: string): Record<string, string | null> {
  const req = emulator.last(wire);
  expect(req, `no request for ${wire}`).toBeDefined();
  const entry = operationsByWire().get(wire)!;
  expect(req!.soapVersion).toBe('1.2');
  expect(req!.contentType).toContain('application/soap+xml');
  expect(req!.soapAction).toBe(`"${emulator.namespace}#${emulator.service}:${wire}"`);
  expect(req!.namespace).toBe(emulator.namespace);
  expect(req!.operands.map(([n]) => n)).toEqual(entry.op.meta.params.map((p) => p.name));
  const out: Record<string, string | null> = {};
  for (const [name, o] of req!.operands) {
    const p = entry.op.meta.params.find((x) => x.name === name)!;
    if (o.nil) {
      expect(o.type, `${wire}.${name} nil carries no type`).toBeUndefined();
      out[name] = null;
    } else {
      expect(o.type, `${wire}.${name} type`).toBe(XS[p.type]);
      out[name] = o.text;
    }
  }
  covered.add(wire);
  return out;
}
