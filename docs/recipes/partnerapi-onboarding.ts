// Recipe: PartnerAPI — onboarding a client with its users, an agent per user and a service, safe
// to re-run. PartnerAPI writes are never retried (a lost answer could create a duplicate), so the
// job looks everything up first and only adds what is missing: run it again after a failure and
// it finishes the work instead of doubling it.
//
// Run against 1С-Коннект: PARTNER_USER=… PARTNER_PASSWORD=… node partnerapi-onboarding.js
import { PartnerApiClient } from '@x/partnerapi';

/** What to set up: the client by its ИНН, its employees, and the line (service type) to sell them. */
export interface Onboarding {
  inn: string;
  name: string;
  regionName: string;
  /** ИТС registration number, when the client has one. */
  regNum?: string;
  users: string[];
  serviceTypeName: string;
}

/** What the run found or created; `created` counts only what this run added. */
export interface OnboardingResult {
  clientId: string;
  agents: Record<string, string>;
  created: { client: number; users: number; agents: number; services: number };
}

export async function onboard(api: PartnerApiClient, plan: Onboarding): Promise<OnboardingResult> {
  const created = { client: 0, users: 0, agents: 0, services: 0 };

  // 1. The client, by ИНН (deleted ones too: adding a second client with the same ИНН is worse).
  const clients = await api.client.read({ include_deleted: true });
  let client = clients.find((c) => c.client_inn === plan.inn);
  if (client?.client_del) {
    throw new Error(
      `client ${client.client_id} with ИНН ${plan.inn} is deleted: restore it in the cabinet first`,
    );
  }
  if (!client) {
    // Region names come from region_read; the regions this partner may use, from partner_region_read.
    const region = (await api.region.read()).find((r) => r.region_name === plan.regionName);
    const allowed = await api.partner.regionRead();
    if (!region?.region_id || !allowed.some((r) => r.region_id === region.region_id)) {
      throw new Error(`the partner does not work in region «${plan.regionName}»`);
    }
    [client] = await api.client.addIts({
      client_name: plan.name,
      client_inn: plan.inn,
      region_id: region.region_id,
      pay_method_type_id: 4,
      ...(plan.regNum ? { client_reg_num: plan.regNum } : {}),
    });
    created.client++;
  }
  const clientId = client!.client_id!;

  // 2. What to sell: the service type by name, and the partner who provides it.
  const [partner] = await api.partner.read();
  const serviceType = (await api.serviceType.read()).find(
    (t) => t.service_type_name === plan.serviceTypeName,
  );
  if (!serviceType?.service_type_id) throw new Error(`no service type «${plan.serviceTypeName}»`);

  // 3. Each user, its agent and its service: looked up by name / user / (agent, type) first.
  const users = await api.clientUser.read({ client_id: clientId });
  const agents: Record<string, string> = {};
  for (const name of plan.users) {
    let user = users.find((u) => u.client_user_name === name && !u.client_user_del);
    if (!user) {
      [user] = await api.clientUser.add({ client_id: clientId, client_user_name: name });
      created.users++;
    }
    const userId = user!.client_user_id!;

    let [agent] = await api.agentUser.read({ client_user_id: userId, agent_user_activity: true });
    if (!agent) {
      [agent] = await api.agentUser.add({ client_user_id: userId });
      created.agents++;
    }
    const agentId = agent!.agent_user_id!;
    agents[name] = agent!.agent_user_number ?? agentId;

    const services = await api.service.read({
      client_id: clientId,
      agent_user_id: agentId,
      service_type_id: serviceType.service_type_id,
    });
    if (services.length === 0) {
      await api.service.add({
        client_id: clientId,
        service_partner_id: partner!.partner_id!,
        agent_user_id: agentId,
        service_type_id: serviceType.service_type_id,
      });
      created.services++;
    }
  }
  console.log(`client ${clientId}: created`, created, 'agents', agents);
  return { clientId, agents, created };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const api = new PartnerApiClient({
    endpoint: 'ru',
    user: process.env.PARTNER_USER!,
    password: process.env.PARTNER_PASSWORD!,
  });
  await onboard(api, {
    inn: '7701234567',
    name: 'ООО «Ромашка»',
    regionName: 'Москва',
    users: ['Мария', 'Пётр'],
    serviceTypeName: 'Бухгалтерия',
  });
}
