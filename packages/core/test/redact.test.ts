import { inspect } from 'node:util';
import {
  ApiError,
  HttpError,
  REDACTED,
  type SdkError,
  Transport,
  basicAuth,
  bearerAuth,
  redact,
  registerSecret,
} from '@x/core';
import { afterEach, describe, expect, it } from 'vitest';
import { clearRegisteredSecrets } from '../src/redact.js';
import { captureLogger, startServer } from '@x/test-kit';

const SECRETS = {
  token: 'tok_live_9f8e7d6c5b4a',
  password: 'Pa$$ w0rd+Кириллица',
  hash: '40bd001563085fc35165329ea1ff5c5ecbdbbeef',
  session: '0BE170AB-86AF-441F-8523-8C960EA3EC4E',
  refresh: 'D1FE260A-1EE3-4DE8-B854-6B68AA44E4A4',
  smtp: 'smtp-Secret-77',
};
const all = Object.values(SECRETS);

function leaks(text: string): string[] {
  return all.filter((s) => text.includes(s) || text.includes(encodeURIComponent(s)));
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

describe('redact()', () => {
  it('masks secrets by name in objects, headers, query strings, JSON and XML', () => {
    const headers = new Headers({ authorization: `Bearer ${SECRETS.token}`, 'x-trace': 'ok' });
    expect(redact(headers)).toEqual({ authorization: REDACTED, 'x-trace': 'ok' });
    expect(redact({ Pwd: 'abc', nested: { Session_id: 'x', keep: 1 } })).toEqual({
      Pwd: REDACTED,
      nested: { Session_id: REDACTED, keep: 1 },
    });
    expect(redact('https://h/api/?ValidSessionID&SessionID=ABC-123&x=1')).toBe(
      `https://h/api/?ValidSessionID&SessionID=${REDACTED}&x=1`,
    );
    expect(redact('{"User": "u", "Pwd": "abc\\"def", "Refresh_ID": "r"}')).toBe(
      `{"User": "u", "Pwd": "${REDACTED}", "Refresh_ID": "${REDACTED}"}`,
    );
    expect(redact('<m:password xsi:type="xs:string">p&amp;w</m:password><m:login>u</m:login>')).toBe(
      `<m:password xsi:type="xs:string">${REDACTED}</m:password><m:login>u</m:login>`,
    );
    expect(redact('Login=%7B%22User%22%3A%22u%22%2C%22Pwd%22%3A%22abc123%22%7D')).toBe(
      `Login=%7B%22User%22%3A%22u%22%2C%22Pwd%22%3A%22${REDACTED}%22%7D`,
    );
  });

  it('masks registered secret values wherever they appear, raw or URL-encoded', () => {
    for (const s of all) registerSecret(s);
    const text = `a=${encodeURIComponent(SECRETS.password)} b=${SECRETS.hash} c=<x>${SECRETS.smtp}</x>`;
    expect(leaks(redact(text))).toEqual([]);
  });
});

describe('no secret reaches logs or errors', () => {
  it.each([
    ['by name only (nothing registered by hand)', false],
    ['with the values registered', true],
  ])(
    'over real HTTP: headers, query, JSON and XML bodies, failing and succeeding calls — %s',
    async (_label, register) => {
      clearRegisteredSecrets();
      if (register) for (const s of all) registerSecret(s);
      const server = await startServer(async (req) => {
        const body = await req.text();
        const url = new URL(req.url);
        // Echo everything back inside error bodies, as careless servers do.
        const echo = `${req.headers.get('authorization')} ${url.search} ${body}`;
        if (url.pathname === '/fail-json') return Response.json({ error: echo }, { status: 500 });
        if (url.pathname === '/fail-xml')
          return new Response(`<Fault><detail>${echo}</detail></Fault>`, { status: 400 });
        return Response.json({ ok: true, echo });
      });
      closers.push(server.close);
      const logger = captureLogger();
      const bearer = new Transport({
        baseUrl: server.url,
        allowHttp: true,
        logger,
        auth: bearerAuth(SECRETS.token),
        retry: false,
      });
      const basic = new Transport({
        baseUrl: server.url,
        allowHttp: true,
        logger,
        auth: basicAuth('user', SECRETS.password),
        retry: false,
      });
      const jsonBody = JSON.stringify({
        Pwd: SECRETS.hash,
        SessionID: SECRETS.session,
        smtp_password: SECRETS.smtp,
      });
      const xmlBody = `<m:op><m:password>${SECRETS.password}</m:password><m:refresh_id>${SECRETS.refresh}</m:refresh_id></m:op>`;
      const errors: unknown[] = [];
      for (const [t, path, body] of [
        [bearer, `ok?SessionID=${SECRETS.session}&Refresh_id=${SECRETS.refresh}`, jsonBody],
        [bearer, `fail-json?SessionID=${SECRETS.session}`, jsonBody],
        [basic, 'fail-xml', xmlBody],
      ] as const) {
        await t
          .request({
            operation: 'op',
            idempotent: true,
            method: 'POST',
            path,
            body,
            decode: (raw) => {
              const parsed = JSON.parse(raw.text());
              // A vendor error whose message quotes the request.
              throw new ApiError(`vendor said: ${parsed.echo}`, {
                vendorMessage: parsed.echo,
                operation: 'op',
              });
            },
          })
          .catch((e: unknown) => errors.push(e));
      }
      expect(errors).toHaveLength(3);
      expect(errors[0]).toBeInstanceOf(ApiError);
      expect(errors[1]).toBeInstanceOf(HttpError);
      expect(errors[2]).toBeInstanceOf(HttpError);
      const outputs: string[] = [];
      for (const e of errors as SdkError[]) {
        outputs.push(e.message, String(e), JSON.stringify(e.toJSON()), inspect(e, { depth: 10 }));
        if (e instanceof HttpError) outputs.push(e.bodyExcerpt, JSON.stringify(e.headers));
      }
      for (const r of logger.records) outputs.push(JSON.stringify(r.record), r.message);
      expect(logger.records.length).toBeGreaterThanOrEqual(3);
      // The bodies really contained the secrets: the server echoed them.
      expect((errors[1] as HttpError).bodyExcerpt).toContain(REDACTED);
      for (const out of outputs) expect(leaks(out), out).toEqual([]);
    },
  );
});
