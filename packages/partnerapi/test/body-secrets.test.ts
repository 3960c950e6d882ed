import { type Surface, captureLogger, findSecrets, logSurfaces, serveFaulty } from '@x/core/testing';
import { PartnerApiClient } from '@x/partnerapi';
import { PartnerApiEmulator } from '@x/partnerapi/testing';
import { describe, expect, it } from 'vitest';
import { surfaceCollector } from '@x/test-kit';

const SMTP_PASSWORD = 'smtp-Pw9Xq4Lk2Zr7Vn3Tb';
const AGENT_PASSWORD = 'agent-Ht5Yw8Mc1Qs6Ud0Rf';
const BASIC_PASSWORD = 'basic-Gj3Kp7Wx2Ne9Sa4Lv';

type Mode = 'pass' | 'fault-echo' | 'fault-bare' | 'html-500' | 'html-200' | 'text-400';

/** 1C's SOAP 1.2 Fault with `text` as its reason. */
const fault = (text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><soap:Fault><soap:Code><soap:Value>soap:Receiver</soap:Value></soap:Code><soap:Reason><soap:Text xml:lang="ru">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</soap:Text></soap:Reason></soap:Fault></soap:Body></soap:Envelope>`;

/** The operand values of a request, bare, the way a careless server error might quote them. */
const bareValues = (body: string) =>
  [...body.matchAll(/<[\w:]+ xsi:type="xs:string">([^<]*)</g)].map((m) => m[1]).join(', ');

describe('passwords in request bodies never reach logs or errors', () => {
  it('SMTP and agent passwords, on success and under echoing servers', async () => {
    const emulator = new PartnerApiEmulator({ users: { partner: BASIC_PASSWORD } });
    let mode: Mode = 'pass';
    const echoed: Surface[] = [];
    const server = await serveFaulty(async (request) => {
      if (mode === 'pass') return emulator.handle(request);
      const body = await request.text();
      echoed.push({ where: 'server echo', text: body });
      if (mode === 'fault-echo')
        return new Response(fault(`Ошибка при вызове метода контекста: запрос ${body}`), {
          status: 500,
          headers: { 'content-type': 'application/soap+xml' },
        });
      if (mode === 'fault-bare')
        return new Response(fault(`SMTP: authentication failed (${bareValues(body)})`), {
          status: 500,
          headers: { 'content-type': 'application/soap+xml' },
        });
      const status = mode === 'html-500' ? 500 : mode === 'html-200' ? 200 : 400;
      const text =
        mode === 'text-400' ? `Bad request: ${bareValues(body)}` : `<html><pre>${body}</pre></html>`;
      return new Response(text, {
        status,
        headers: { 'content-type': mode === 'text-400' ? 'text/plain' : 'text/html' },
      });
    });
    const logger = captureLogger();
    const client = new PartnerApiClient({
      endpoint: `${server.url}/cus/ws/PartnerAPI`,
      user: 'partner',
      password: BASIC_PASSWORD,
      allowHttp: true,
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
      logger,
    });
    const [cu] = await client.clientUser.add({
      client_user_name: 'Мария',
      client_id: (
        await client.client.add({
          client_name: 'ООО «Ромашка»',
          region_id: 'b0000000-0000-4000-8000-000000000001',
        })
      )[0]!.client_id!,
    });
    const notify = () =>
      client.accountAccess.emailNotify({
        client_user_id: cu!.client_user_id!,
        sender_email_address: 'noreply@partner.ru',
        email_login: 'noreply',
        email_password: SMTP_PASSWORD,
        smtp_server: 'smtp.partner.ru',
        smtp_port: 465,
        ssl_encryption: true,
      });
    const agent = () =>
      client.agentUser.add({ client_user_id: cu!.client_user_id!, agent_user_password: AGENT_PASSWORD });
    const { surfaces, outcomes, settle } = surfaceCollector();
    try {
      await settle('notify', notify);
      await settle('agent', agent);
      for (const m of ['fault-echo', 'fault-bare', 'html-500', 'html-200', 'text-400'] as const) {
        mode = m;
        await settle(`notify, server ${m}`, notify);
        await settle(`agent, server ${m}`, agent);
      }
      mode = 'pass';
      // Refused before sending: the error names the field, never its value.
      await settle('notify, control character in the password', () =>
        client.accountAccess.emailNotify({
          client_user_id: cu!.client_user_id!,
          sender_email_address: 'noreply@partner.ru',
          email_login: 'noreply',
          email_password: `${SMTP_PASSWORD}\u0001`,
          smtp_server: 'smtp.partner.ru',
          smtp_port: 465,
          ssl_encryption: true,
        }),
      );
    } finally {
      await server.close();
    }
    surfaces.push(...logSurfaces(logger.records));
    expect(outcomes.ok).toBe(2);
    expect(outcomes.failed).toBe(11);
    // The echoes really carried the passwords, so the scan below is not vacuous.
    expect(findSecrets([SMTP_PASSWORD, AGENT_PASSWORD], echoed).length).toBeGreaterThan(0);
    expect(findSecrets([SMTP_PASSWORD, AGENT_PASSWORD, BASIC_PASSWORD], surfaces, { fragment: 8 })).toEqual(
      [],
    );
  });
});
