// Runs the PartnerAPI onboarding recipe against the emulator over loopback HTTP: a first run
// creates everything, a second creates nothing, and a run that failed half-way is completed.
import { PartnerApiClient } from '@x/partnerapi';
import { type EmulatorServer, PartnerApiEmulator } from '@x/partnerapi/testing';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { type Onboarding, onboard } from './partnerapi-onboarding.ts';

const plan: Onboarding = {
  inn: '7701234567',
  name: 'ООО «Ромашка»',
  regionName: 'Москва',
  regNum: '800123456',
  users: ['Мария', 'Пётр'],
  serviceTypeName: 'Бухгалтерия',
};
let emulator: PartnerApiEmulator;
let served: EmulatorServer;
let api: PartnerApiClient;

beforeEach(async () => {
  emulator = new PartnerApiEmulator({ users: { partner: 'secret' } });
  served = await emulator.serve();
  api = new PartnerApiClient({ endpoint: served.url, user: 'partner', password: 'secret', allowHttp: true });
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await served.close();
});

it('creates the client, two users, their agents and services; a second run adds nothing', async () => {
  const first = await onboard(api, plan);
  expect(first.created).toEqual({ client: 1, users: 2, agents: 2, services: 2 });
  expect(Object.keys(first.agents)).toEqual(['Мария', 'Пётр']);

  const again = await onboard(api, plan);
  expect(again.created).toEqual({ client: 0, users: 0, agents: 0, services: 0 });
  expect(again.clientId).toBe(first.clientId);
  expect(emulator.count('client_add_its')).toBe(1);
  expect(emulator.count('service_add')).toBe(2);
  const services = await api.service.read({ client_id: first.clientId });
  expect(services).toHaveLength(2);
});

it('finishes a run that failed half-way without duplicating what it had done', async () => {
  emulator.failNext({ operation: 'agent_user_add', status: 503 });
  await expect(onboard(api, plan)).rejects.toMatchObject({ outcome: 'unknown' });
  expect(emulator.count('client_add_its')).toBe(1);

  const resumed = await onboard(api, plan);
  expect(resumed.created).toEqual({ client: 0, users: 1, agents: 2, services: 2 });
  expect(await api.clientUser.read({ client_id: resumed.clientId })).toHaveLength(2);
  expect(emulator.count('client_add_its')).toBe(1);
  expect(emulator.count('client_user_add')).toBe(2);
});
