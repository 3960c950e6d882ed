import { TimeoutError } from '@x/core';
import { PartnerApiError } from '@x/partnerapi';
import { DEFAULT_IDS as I } from '@x/partnerapi/testing';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

/** A remote access session of one client on the accounting line, started at `time`. */
const remoteSession = (
  session_id: string,
  time: string,
  outcome: { remote_access_result_id: number; remote_access_type_id: number },
) => ({
  session_id,
  time,
  duration: 1,
  partner_id: I.partner,
  client_id: 'c',
  server_agent_id: 'a',
  dst_agent_id: 'b',
  service_type_id: I.lineAccounting,
  ...outcome,
});

const refused = async (p: Promise<unknown>): Promise<PartnerApiError> => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(PartnerApiError);
  return e as PartnerApiError;
};

describe('emulator rules', () => {
  it('refuses regions the partner may not work in and contact kinds of another owner', async () => {
    const { client } = fresh();
    expect(
      (
        await refused(
          client.partner.contactEdit({
            region_id: I.baikonur,
            contact_type_id: I.contactPartnerPhone,
            contact_view: 'x',
          }),
        )
      ).vendorMessage,
    ).toContain('недоступен');
    const [c] = await client.client.add({ client_name: 'A', region_id: I.moscow });
    await refused(
      client.client.contactEdit({
        client_id: c!.client_id!,
        contact_type_id: I.contactUserEmail,
        contact_view: 'x',
      }),
    );
  });

  it('a deleted client cannot get users or services; its agents are inactive', async () => {
    const { client } = fresh();
    const [c] = await client.client.add({ client_name: 'A', region_id: I.moscow });
    const [u] = await client.clientUser.add({ client_id: c!.client_id!, client_user_name: 'U' });
    const [g] = await client.agentUser.add({ client_user_id: u!.client_user_id! });
    await client.client.delete({ client_id: c!.client_id! });
    await refused(client.clientUser.add({ client_id: c!.client_id!, client_user_name: 'V' }));
    await refused(
      client.service.add({
        client_id: c!.client_id!,
        service_partner_id: I.partner,
        agent_user_id: g!.agent_user_id!,
        service_type_id: I.lineAccounting,
      }),
    );
    expect(await client.agentUser.read({ agent_user_activity: true })).toEqual([]);
  });

  it('only own service types may be changed; unknown ids are refused', async () => {
    const { client } = fresh();
    await refused(client.serviceType.edit({ service_type_id: I.lineVendor, service_type_name: 'x' }));
    await refused(client.service.stop({ service_id: 'nope' }));
    await refused(client.competence.stop({ competence_id: 'nope' }));
    await refused(client.agentPartner.delete({ agent_partner_id: 'nope' }));
  });

  it('set_birthday answers false for an unknown user', async () => {
    const { client } = fresh();
    expect(await client.clientUser.setBirthday({ client_user_id: 'nope', birthday: '2000-01-01' })).toBe(
      false,
    );
  });

  it('the server-side two-month rule follows the emulator clock', async () => {
    const { client, emulator } = fresh();
    emulator.seed({
      remoteSessions: [
        remoteSession('old', '2025-10-01T10:00:00', { remote_access_result_id: 1, remote_access_type_id: 1 }),
        remoteSession('new', '2025-12-01T10:00:00', { remote_access_result_id: 0, remote_access_type_id: 2 }),
      ],
    });
    // Clock: 2026-01-01 12:00 Moscow → the window starts 2025-11-01 12:00.
    expect((await client.statistics.remoteAccessRead()).map((s) => s.session_id)).toEqual(['new']);
  });
});

describe('fault injection', () => {
  it('a slow answer becomes a TimeoutError and the write is sent exactly once', async () => {
    const { client, emulator } = fresh({}, { timeoutMs: 50, retry: { maxAttempts: 3 } });
    emulator.failNext({ delayMs: 300 });
    const e = await client.client.add({ client_name: 'A', region_id: I.moscow }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TimeoutError);
    expect(emulator.count('client_add')).toBe(1);
  });

  it('a fault waits for its operation: other operations pass untouched', async () => {
    const { client, emulator } = fresh();
    emulator.failNext({ operation: 'client_add', status: 503 });
    await expect(client.region.read()).resolves.toBeDefined();
    const e = await client.client.add({ client_name: 'A', region_id: I.moscow }).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'HttpError', status: 503 });
    expect(emulator.last('client_add')!.status).toBe(503);
    expect(emulator.last('region_read')!.status).toBe(200);
  });

  it('counters count per operation', async () => {
    const { client, emulator } = fresh();
    await client.region.read();
    await client.region.read();
    await client.partner.read();
    expect(emulator.count('region_read')).toBe(2);
    expect(emulator.count('partner_read')).toBe(1);
    expect(emulator.count('client_read')).toBe(0);
  });
});
