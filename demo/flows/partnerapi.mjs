// 1С-Коннект PartnerAPI flow against the SOAP emulator on a loopback port, through the built packages.
import { PartnerApiClient } from '@x/partnerapi';
import { DEFAULT_IDS, PartnerApiEmulator } from '@x/partnerapi/testing';

export default async function run({ log }) {
  const emulator = new PartnerApiEmulator({ users: { 'demo-partner': 'demo-password' } });
  const server = await emulator.serve();
  try {
    const api = new PartnerApiClient({
      endpoint: server.baseUrl,
      user: 'demo-partner',
      password: 'demo-password',
      allowHttp: true,
    });

    const regions = await api.region.read();
    log(`region_read → ${regions.length} regions: ${regions.map((r) => r.region_name).join(', ')}`);

    const [client] = await api.client.addIts({
      client_name: 'ООО «Ромашка»',
      region_id: regions[0].region_id,
      client_inn: '7701234567',
      client_reg_num: '800123456',
      pay_method_type_id: 4,
    });
    log(
      `client_add_its → ${client.client_name} (${client.client_id}), reg № ${client.client_reg_num}, pay method ${client.pay_method_id}`,
    );

    const [its] = await api.client.itsStatusForInn({ RegNumberPP1C: '800123456', INN: '7701234567' });
    log(`client_ITS_status_For_INN → level ${its.ITSLevel}, ${its.DateFrom} … ${its.DateTo}`);

    const [user] = await api.clientUser.add({
      client_id: client.client_id,
      client_user_name: 'Мария',
      client_user_family_name: 'Кузнецова',
    });
    log(
      `client_user_add → ${user.client_user_family_name} ${user.client_user_name} (${user.client_user_id})`,
    );

    const [agent] = await api.agentUser.add({ client_user_id: user.client_user_id });
    log(`agent_user_add → agent № ${agent.agent_user_number}, active ${agent.agent_user_activity}`);

    const [service] = await api.service.add({
      client_id: client.client_id,
      service_partner_id: DEFAULT_IDS.partner,
      agent_user_id: agent.agent_user_id,
      service_type_id: DEFAULT_IDS.lineAccounting,
    });
    log(
      `service_add → service ${service.service_id} from ${service.service_start_date}, end ${service.service_end_date ?? 'open-ended'}`,
    );

    // The client calls the support line twice (the emulator records what the real service would).
    emulator.seed({
      calls: [
        {
          call_id: 'demo-call-1',
          time: '2026-01-01T12:05:00',
          duration: 312,
          partner_id: DEFAULT_IDS.partner,
          client_id: client.client_id,
          src_agent_id: agent.agent_user_id,
          dst_agent_id: DEFAULT_IDS.specialistAgent,
          service_type_id: DEFAULT_IDS.lineAccounting,
          call_status_id: 0,
          remote_status_id: 0,
          URL_call_record: 'https://records.example/demo-call-1',
        },
        {
          call_id: 'demo-call-2',
          time: '2026-01-01T15:40:00',
          duration: 0,
          partner_id: DEFAULT_IDS.partner,
          client_id: client.client_id,
          src_agent_id: agent.agent_user_id,
          dst_agent_id: DEFAULT_IDS.specialistAgent,
          service_type_id: DEFAULT_IDS.lineAccounting,
          call_status_id: 3,
          remote_status_id: 0,
          URL_call_record: '',
        },
      ],
    });
    const calls = await api.statistics.read({
      start_time: '2026-01-01T00:00:00',
      end_time: '2026-01-01T23:59:59',
      client_id: client.client_id,
    });
    const statuses = new Map(
      (await api.dictionaries.callStatusTypeRead()).map((s) => [
        s.call_status_type_id,
        s.call_status_type_name,
      ]),
    );
    for (const c of calls)
      log(`statistics_read → ${c.time} ${c.duration} s, ${statuses.get(c.call_status_id)}`);
    log(`requests served by the emulator: ${emulator.requests.length}`);
  } finally {
    await server.close();
  }
}
