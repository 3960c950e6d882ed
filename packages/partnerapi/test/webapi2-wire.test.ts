import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AuthError, RateLimitError, ResponseError } from '@x/core';
import { serveLoopback } from '@x/core/testing';
import {
  PartnerWebApi2Client,
  PartnerWebApi2Error,
  WEBAPI2_GROUPS,
  WEBAPI2_NAMESPACE,
  WEBAPI2_OPERATIONS,
  decodeWebApi2Answer,
  encodeWebApi2Request,
} from '@x/partnerapi/webapi2';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { OPS_FILE, OUT_FILE, WSDL_FILE, generate, readWsdl } from '../../../scripts/gen-webapi2-ops.mjs';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/**
 * Canonical form of an XML document: every element as `{namespace}local`, with its `name` and
 * `xsi:type` attributes resolved (`xs:string` → `{XMLSchema}string`) and `xsi:nil`, in document
 * order. Prefixes and whitespace do not matter; namespaces and types do.
 */
function canon(xml: string): string[] {
  const out: string[] = [];
  const stack: Record<string, string>[] = [{}];
  const resolve = (q: string, scope: Record<string, string>) => {
    const i = q.indexOf(':');
    const p = i === -1 ? '' : q.slice(0, i);
    return `{${scope[p] ?? ''}}${i === -1 ? q : q.slice(i + 1)}`;
  };
  const tag = /<(\/?)([\w.:-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  for (const m of xml.replace(/<\?[^>]*\?>/g, '').matchAll(tag)) {
    const [, closing, qname, attrs, selfClosing] = m;
    if (closing) {
      stack.pop();
      continue;
    }
    const scope = { ...stack.at(-1) };
    const list = [...attrs!.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [
      a[1]!,
      a[2] ?? a[3]!,
    ]);
    for (const [k, v] of list) {
      if (k === 'xmlns') scope[''] = v!;
      else if (k!.startsWith('xmlns:')) scope[k!.slice(6)] = v!;
    }
    let line = resolve(qname!, scope);
    for (const [k, v] of list) {
      if (k === 'name') line += ` name=${v}`;
      if (k!.endsWith(':type')) line += ` type=${/:/.test(v!) ? resolve(v!, scope) : v}`;
      if (k!.endsWith(':nil')) line += ' nil';
    }
    out.push(line);
    if (!selfClosing) stack.push(scope);
  }
  return out;
}

const encode = (wire: keyof typeof WEBAPI2_OPERATIONS, params: unknown) =>
  encodeWebApi2Request(wire, WEBAPI2_OPERATIONS[wire].request, params, {
    version: '1.2',
    namespace: WEBAPI2_NAMESPACE,
    timeZone: 'Europe/Moscow',
    operation: wire,
  });

describe('webapi2 operation list', () => {
  it('is what scripts/gen-webapi2-ops.mjs generates from the checked-in WSDL (no drift)', () => {
    const generated = generate(readFileSync(WSDL_FILE, 'utf8'), readFileSync(OPS_FILE, 'utf8'));
    expect(readFileSync(OUT_FILE, 'utf8')).toBe(generated);
  });

  it('holds the 87 WSDL operations, each in exactly one method group', () => {
    const wsdlNames = readWsdl(readFileSync(WSDL_FILE, 'utf8')).map((o: { name: string }) => o.name);
    expect(wsdlNames).toHaveLength(87);
    expect(Object.keys(WEBAPI2_OPERATIONS)).toEqual(wsdlNames);
    const grouped = Object.values(WEBAPI2_GROUPS).flatMap((g) => Object.values(g));
    expect(grouped.sort()).toEqual([...wsdlNames].sort());
    expect(WEBAPI2_OPERATIONS.ClientRead.limits).toEqual({ day: 250, night: 1250, maxBatch: null });
    expect(WEBAPI2_OPERATIONS.ServiceRequestAttachFile.request).toEqual([
      ['ServiceRequestID', 'string'],
      ['AuthorID', 'string'],
      ['Name', 'string'],
      ['Hash', 'string'],
      ['Data', 'base64Binary'],
    ]);
    expect(WEBAPI2_OPERATIONS.ServiceRequestDownloadFile.fileData).toBe(true);
  });

  it('keeps the PartnerAPI client and the webapi2 client apart (no imports across)', () => {
    const src = join(__dirname, '..', 'src');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const imports = (f: string) => [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const f of files(join(src, 'webapi2')))
      for (const i of imports(f)) expect(i, `${f} imports ${i}`).toMatch(/^(@x\/core|\.\/|\.\.\/soap\/)/);
    for (const f of files(src).filter((f) => !f.includes('webapi2') && !f.includes('testing')))
      for (const i of imports(f)) expect(i, `${f} imports ${i}`).not.toMatch(/webapi2/);
  });
});

describe('webapi2 requests', () => {
  it('reproduces the recorded live RegionRead request (same elements, namespaces, empty Params)', () => {
    expect(canon(encode('RegionRead', undefined))).toEqual(canon(fixture('region_read.request.xml')));
  });

  it('encodes Params as core:Property name / Value xsi:type items', () => {
    const xml = encode('ClientRead', {
      ChangedFrom: '2024-02-26T10:15:00',
      Flag: true,
      Count: 3,
      Nothing: null,
      Skipped: undefined,
      Name: 'A & B',
    });
    const core = '{http://v8.1c.ru/8.1/data/core}';
    const xs = '{http://www.w3.org/2001/XMLSchema}';
    expect(canon(xml).slice(4)).toEqual([
      `{${WEBAPI2_NAMESPACE}}Params`,
      `${core}Property name=ChangedFrom`,
      `${core}Value type=${xs}dateTime`,
      `${core}Property name=Flag`,
      `${core}Value type=${xs}boolean`,
      `${core}Property name=Count`,
      `${core}Value type=${xs}decimal`,
      `${core}Property name=Nothing`,
      `${core}Value nil`,
      `${core}Property name=Name`,
      `${core}Value type=${xs}string`,
    ]);
    expect(xml).toContain('>2024-02-26T10:15:00<');
    expect(xml).toContain('>A &amp; B<');
  });

  it('reads a Date in the service time zone, second precision', () => {
    const xml = encode('DepartmentRead', { ChangedFrom: new Date(Date.UTC(2024, 1, 26, 7, 15, 30, 999)) });
    expect(xml).toContain('<Value xsi:type="xs:dateTime">2024-02-26T10:15:30</Value>');
  });

  it('sends the ServiceRequest* operations as plain child elements, Data as base64', () => {
    const xml = encode('ServiceRequestAttachFile', {
      ServiceRequestID: 'r1',
      AuthorID: 'a1',
      Name: 'x.txt',
      Hash: 'h',
      Data: new Uint8Array([104, 105]),
    });
    const ns = `{${WEBAPI2_NAMESPACE}}`;
    expect(canon(xml).slice(3)).toEqual([
      `${ns}ServiceRequestAttachFile`,
      `${ns}ServiceRequestID`,
      `${ns}AuthorID`,
      `${ns}Name`,
      `${ns}Hash`,
      `${ns}Data`,
    ]);
    expect(xml).toContain('<par:Data>aGk=</par:Data>');
  });
});

const answer = (code: string, data: string, op = 'ClientRead') =>
  `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><m:${op}Response xmlns:m="${WEBAPI2_NAMESPACE}"><m:return xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Property xmlns="http://v8.1c.ru/8.1/data/core" name="ResultCode"><Value xsi:type="xs:string">${code}</Value></Property><Property xmlns="http://v8.1c.ru/8.1/data/core" name="ResultData">${data}</Property></m:return></m:${op}Response></soap:Body></soap:Envelope>`;

/** A client talking to a loopback server that answers every request with `body`. */
async function against(body: string, status = 200) {
  const server = await serveLoopback(
    async () =>
      new Response(body, { status, headers: { 'content-type': 'application/soap+xml;charset=utf-8' } }),
  );
  const client = new PartnerWebApi2Client({
    endpoint: `${server.url}/cus/ws/PartnerWebAPI2`,
    user: 'partner',
    password: 'secret',
    allowHttp: true,
    retry: false,
    validation: 'strict',
  });
  return { client, close: () => server.close() };
}

describe('webapi2 answers', () => {
  it('decodes the recorded live RegionRead answer over HTTP into 109 regions', async () => {
    const { client, close } = await against(fixture('region_read.response.xml'));
    try {
      const regions = await client.regions.read();
      expect(regions).toHaveLength(109);
      expect(regions[0]).toEqual({ RegionID: '9254945c-8135-11e9-80f6-0025904f970f', RegionName: 'Vietnam' });
      expect(regions.at(-1)).toEqual({
        RegionID: '1dcd3fe8-4bf3-4960-859c-dab008e8abbd',
        RegionName: 'Ярославская область',
      });
      expect(regions.every((r) => Object.keys(r).join() === 'RegionID,RegionName')).toBe(true);
    } finally {
      await close();
    }
  });

  it('decodes a ValueTable with columns and no rows (nothing changed) as []', () => {
    const data =
      '<Value xsi:type="ValueTable"><column><Name>ClientID</Name><ValueType><Type>xs:string</Type></ValueType></column><column><Name>Name</Name><ValueType><Type>xs:string</Type></ValueType></column></Value>';
    expect(decodeWebApi2Answer(answer('SUCCESS', data), 'ClientRead').data).toEqual([]);
  });

  it('types every cell from its own xsi:type when the columns carry an empty <ValueType/>', () => {
    const data =
      '<Value xsi:type="ValueTable"><column><Name>ServiceTreatmentID</Name><ValueType/></column><column><Name>QueueWaitingTime</Name><ValueType/></column><column><Name>ReactionStarted</Name><ValueType/></column><column><Name>Initialized</Name><ValueType/></column><column><Name>Closed</Name><ValueType/></column><column><Name>CurrentSpecialist</Name><ValueType/></column>' +
      '<row><Value xsi:type="xs:string">t1</Value><Value xsi:type="xs:decimal">42</Value><Value xsi:type="xs:dateTime">0001-01-01T00:00:00</Value><Value xsi:type="xs:dateTime">2024-03-03T10:00:00</Value><Value xsi:type="xs:boolean">false</Value><Value xsi:nil="true"/></row></Value>';
    expect(decodeWebApi2Answer(answer('SUCCESS', data, 'GetOpenedServiceTreatments'), 'x').data).toEqual([
      {
        ServiceTreatmentID: 't1',
        QueueWaitingTime: 42,
        ReactionStarted: null,
        Initialized: '2024-03-03T10:00:00',
        Closed: false,
        CurrentSpecialist: null,
      },
    ]);
  });

  it('decodes a Structure to an object, nil to undefined and base64 to bytes', () => {
    const data =
      '<Value xsi:type="Structure"><Property name="ClientID"><Value xsi:type="xs:string">c1</Value></Property><Property name="Blob"><Value xsi:type="xs:base64Binary">aGk=</Value></Property><Property name="Gone"><Value xsi:nil="true"/></Property></Value>';
    expect(decodeWebApi2Answer(answer('SUCCESS', data), 'x').data).toEqual({
      ClientID: 'c1',
      Blob: new Uint8Array([104, 105]),
      Gone: undefined,
    });
    expect(decodeWebApi2Answer(answer('SUCCESS', '<Value xsi:nil="true"/>'), 'x').data).toBeUndefined();
  });

  it('refuses an answer without ResultCode as a ResponseError, never data', () => {
    const bare =
      '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><m:ClientReadResponse xmlns:m="x"><m:return><column><Name>A</Name></column><row><Value>1</Value></row></m:return></m:ClientReadResponse></soap:Body></soap:Envelope>';
    expect(() => decodeWebApi2Answer(bare, 'x')).toThrow(ResponseError);
    expect(() => decodeWebApi2Answer('<html>oops</html>', 'x')).toThrow(ResponseError);
  });

  it('strict mode: a documented column missing from the answer is a ResponseError', async () => {
    const data =
      '<Value xsi:type="ValueTable"><column><Name>RegionID</Name><ValueType/></column><row><Value xsi:type="xs:string">r1</Value></row></Value>';
    const { client, close } = await against(answer('SUCCESS', data, 'RegionRead'));
    try {
      await expect(client.regions.read()).rejects.toThrow(/RegionName/);
    } finally {
      await close();
    }
  });
});

describe('webapi2 ResultCode families', () => {
  const text = '<Value xsi:type="xs:string">причина</Value>';
  it('a limit code is a RateLimitError carrying the code and text', () => {
    const e = (() => {
      try {
        decodeWebApi2Answer(answer('OUT_OF_LIMIT', text), 'clients.read');
      } catch (error) {
        return error;
      }
    })() as RateLimitError;
    expect(e).toBeInstanceOf(RateLimitError);
    expect(e.vendorCode).toBe('OUT_OF_LIMIT');
    expect(e.vendorMessage).toBe('причина');
    expect(e.retryAfterMs).toBeGreaterThan(0);
  });
  it('an authorisation code is an AuthError', () => {
    expect(() => decodeWebApi2Answer(answer('ACCESS_DENIED', text), 'x')).toThrow(AuthError);
  });
  it('any other code, known or not, is a PartnerWebApi2Error with the code as sent', () => {
    for (const code of ['PARAM_NOT_EXIST', 'SOMETHING_NEW', 'success_maybe']) {
      try {
        decodeWebApi2Answer(answer(code, text), 'x');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(PartnerWebApi2Error);
        expect((error as PartnerWebApi2Error).resultCode).toBe(code);
        expect((error as PartnerWebApi2Error).message).toContain('причина');
      }
    }
  });
  it('an empty ResultCode is an error too', () => {
    expect(() => decodeWebApi2Answer(answer('', text), 'x')).toThrow(PartnerWebApi2Error);
  });
  it('a SOAP Fault (HTTP 500) is an error with the fault text', async () => {
    const fault =
      '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><soap:Fault><soap:Code><soap:Value>soap:Receiver</soap:Value></soap:Code><soap:Reason><soap:Text>Ошибка сервера</soap:Text></soap:Reason></soap:Fault></soap:Body></soap:Envelope>';
    const { client, close } = await against(fault, 500);
    try {
      await expect(client.regions.read()).rejects.toThrow(/Ошибка сервера/);
    } finally {
      await close();
    }
  });
  it('HTTP 401 is an AuthError', async () => {
    const { client, close } = await against('Unauthorized', 401);
    try {
      await expect(client.regions.read()).rejects.toBeInstanceOf(AuthError);
    } finally {
      await close();
    }
  });
});
