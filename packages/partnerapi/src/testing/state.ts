/** The emulator's records: plain objects keyed by УИД, field names as the vendor spells them. */

/** A region (region_read). */
export interface RegionRecord {
  region_id: string;
  region_name: string;
  region_time_zone: string;
}
/** A partner (partner_read). */
export interface PartnerRecord {
  partner_id: string;
  partner_name: string;
}
/** A client of the current partner; `partner_id` is the curating partner (not on the wire). */
export interface ClientRecord {
  client_id: string;
  region_id: string;
  client_name: string;
  client_full_name: string;
  client_del: boolean;
  client_inn: string;
  client_kpp: string;
  client_reg_num: string;
  pay_method_id: number;
  addit_attribute: string;
  client_new_id: string;
  partner_id: string;
}
/** An employee of the partner. */
export interface PartnerUserRecord {
  partner_user_id: string;
  partner_id: string;
  partner_user_name: string;
  partner_user_family_name: string;
  partner_user_father_name: string;
  partner_user_birthday: string | null;
  partner_user_del: boolean;
}
/** An employee of a client. */
export interface ClientUserRecord {
  client_user_id: string;
  client_id: string;
  client_user_name: string;
  client_user_family_name: string;
  client_user_father_name: string;
  client_user_birthday: string | null;
  client_user_del: boolean;
}
/** An agent (device) of a partner employee. */
export interface AgentPartnerRecord {
  agent_partner_id: string;
  agent_partner_number: string;
  agent_type: 1;
  agent_partner_password: string;
  partner_id: string;
  agent_partner_activity: boolean;
  partner_user_id: string;
}
/** An agent (device) of a client employee. */
export interface AgentUserRecord {
  agent_user_id: string;
  agent_user_number: string;
  agent_type: 2;
  agent_user_password: string;
  client_id: string;
  agent_user_activity: boolean;
  client_user_id: string;
}
/** A service type (support line). */
export interface ServiceTypeRecord {
  service_type_id: string;
  service_type_name: string;
  service_type_full_name: string;
  partner_id: string;
  service_type_del: boolean;
}
/** A contract of the current partner; `null` end date = open-ended. */
export interface ContractRecord {
  contract_id: string;
  contract_start_date: string;
  contract_end_date: string | null;
  role_id: string;
}
/** A support line allowed by a contract. */
export interface ContractServiceRecord {
  contract_id: string;
  service_type_id: string;
  contract_service_start_date: string;
  contract_service_end_date: string | null;
}
/** A sold service (абонемент); `stopped` after service_stop or client deletion (not on the wire). */
export interface ServiceRecord {
  service_id: string;
  sale_partner_id: string;
  client_id: string;
  service_partner_id: string;
  service_start_date: string;
  service_end_date: string | null;
  agent_user_id: string;
  service_type_id: string;
  stopped: boolean;
}
/** A competence of a partner agent. */
export interface CompetenceRecord {
  competence_id: string;
  agent_partner_id: string;
  service_type_id: string;
  prioritet: number;
}
/** One call for statistics_read. */
export interface CallRecord {
  call_id: string;
  time: string;
  duration: number;
  partner_id: string;
  client_id: string;
  src_agent_id: string;
  dst_agent_id: string;
  service_type_id: string;
  call_status_id: number;
  remote_status_id: number;
  URL_call_record: string;
}
/** One remote access session for remote_access_statistics_read. */
export interface RemoteSessionRecord {
  session_id: string;
  time: string;
  duration: number;
  partner_id: string;
  client_id: string;
  server_agent_id: string;
  dst_agent_id: string;
  service_type_id: string;
  remote_access_result_id: number;
  remote_access_type_id: number;
}
/** One SIP call for sip_calls_statistics_read. */
export interface SipCallRecord {
  call_id: string;
  time: string;
  duration: number;
  duration_after_answer: number;
  agent_id: string;
  abonent: string;
  incoming: boolean;
  sip_call_status_id: number;
}
/** A contact information kind (1 clients, 2 partners, 3 users). */
export interface ContactTypeRecord {
  contact_type_id: string;
  contact_type_name: string;
  contact_type_code: number;
}
/** A record of the ИТС base used by client_ITS_status_For_INN. */
export interface ItsRecord {
  reg_num: string;
  inn: string;
  level: number;
  from: string;
  to: string;
}

/** Everything a test can seed; every list is optional and merged into the defaults. */
export interface SeedData {
  partner: PartnerRecord;
  otherPartners: PartnerRecord[];
  regions: RegionRecord[];
  /** Regions the current partner may work in (УИДs); default: all seeded regions. */
  partnerRegions: string[];
  roles: { role_id: string; role_name: string }[];
  partnerRoles: string[];
  contactTypes: ContactTypeRecord[];
  clients: ClientRecord[];
  partnerUsers: PartnerUserRecord[];
  clientUsers: ClientUserRecord[];
  agentsPartner: AgentPartnerRecord[];
  agentsUser: AgentUserRecord[];
  serviceTypes: ServiceTypeRecord[];
  contracts: ContractRecord[];
  contractServices: ContractServiceRecord[];
  services: ServiceRecord[];
  competences: CompetenceRecord[];
  calls: CallRecord[];
  remoteSessions: RemoteSessionRecord[];
  sipCalls: SipCallRecord[];
  its: ItsRecord[];
  /** service_type_id → partner ids that imported this exported line. */
  vendorImports: Record<string, string[]>;
  /** `${client_user_id}|${service_id}` or `${colleague1}|${colleague2}` → chat bytes. */
  chats: Record<string, Uint8Array>;
}

/** Mutable state of one emulator. */
export class EmulatorState {
  partner: PartnerRecord = {
    partner_id: 'a0000000-0000-4000-8000-000000000001',
    partner_name: 'ООО «Партнёр»',
  };
  otherPartners = new Map<string, PartnerRecord>();
  regions = new Map<string, RegionRecord>();
  partnerRegions = new Set<string>();
  roles = new Map<string, string>();
  partnerRoles = new Set<string>();
  contactTypes = new Map<string, ContactTypeRecord>();
  /** `${owner}|${region or ''}|${contact_type_id}` → view, owner = partner/client/user id. */
  contacts = new Map<string, string>();
  clients = new Map<string, ClientRecord>();
  partnerUsers = new Map<string, PartnerUserRecord>();
  clientUsers = new Map<string, ClientUserRecord>();
  agentsPartner = new Map<string, AgentPartnerRecord>();
  agentsUser = new Map<string, AgentUserRecord>();
  serviceTypes = new Map<string, ServiceTypeRecord>();
  contracts = new Map<string, ContractRecord>();
  contractServices: ContractServiceRecord[] = [];
  services = new Map<string, ServiceRecord>();
  competences = new Map<string, CompetenceRecord>();
  calls: CallRecord[] = [];
  remoteSessions: RemoteSessionRecord[] = [];
  sipCalls: SipCallRecord[] = [];
  its = new Map<string, ItsRecord>();
  vendorImports = new Map<string, string[]>();
  chats = new Map<string, Uint8Array>();
  /** Letters account_access_email_notify "sent" (SMTP password left out). */
  outbox: { client_user_id: string; sender_email_address: string; smtp_server: string; smtp_port: number }[] =
    [];
  private seq = 0;
  private agentSeq = 0;

  /** A fresh deterministic УИД. */
  newId(): string {
    this.seq++;
    return `e0000000-0000-4000-8000-${this.seq.toString(16).padStart(12, '0')}`;
  }

  /** A fresh agent number; the document says they start with 271828. */
  newAgentNumber(): string {
    this.agentSeq++;
    return `271828${String(this.agentSeq).padStart(4, '0')}`;
  }

  /** Merges seed data into the state (records with the same УИД are replaced). */
  seed(data: Partial<SeedData>): void {
    if (data.partner) this.partner = data.partner;
    for (const p of data.otherPartners ?? []) this.otherPartners.set(p.partner_id, p);
    for (const r of data.regions ?? []) this.regions.set(r.region_id, r);
    if (data.partnerRegions) this.partnerRegions = new Set(data.partnerRegions);
    else for (const r of data.regions ?? []) this.partnerRegions.add(r.region_id);
    for (const r of data.roles ?? []) this.roles.set(r.role_id, r.role_name);
    for (const r of data.partnerRoles ?? []) this.partnerRoles.add(r);
    for (const c of data.contactTypes ?? []) this.contactTypes.set(c.contact_type_id, c);
    for (const c of data.clients ?? []) this.clients.set(c.client_id, c);
    for (const u of data.partnerUsers ?? []) this.partnerUsers.set(u.partner_user_id, u);
    for (const u of data.clientUsers ?? []) this.clientUsers.set(u.client_user_id, u);
    for (const a of data.agentsPartner ?? []) this.agentsPartner.set(a.agent_partner_id, a);
    for (const a of data.agentsUser ?? []) this.agentsUser.set(a.agent_user_id, a);
    for (const s of data.serviceTypes ?? []) this.serviceTypes.set(s.service_type_id, s);
    for (const c of data.contracts ?? []) this.contracts.set(c.contract_id, c);
    this.contractServices.push(...(data.contractServices ?? []));
    for (const s of data.services ?? []) this.services.set(s.service_id, s);
    for (const c of data.competences ?? []) this.competences.set(c.competence_id, c);
    this.calls.push(...(data.calls ?? []));
    this.remoteSessions.push(...(data.remoteSessions ?? []));
    this.sipCalls.push(...(data.sipCalls ?? []));
    for (const r of data.its ?? []) this.its.set(r.reg_num, r);
    for (const [k, v] of Object.entries(data.vendorImports ?? {})) this.vendorImports.set(k, v);
    for (const [k, v] of Object.entries(data.chats ?? {})) this.chats.set(k, v);
  }
}
