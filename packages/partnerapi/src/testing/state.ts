/** The emulator's records: plain objects keyed by УИД, field names as the vendor spells them. */

/** A region (region_read). */
export interface RegionRecord {
  /** УИД of the region. */
  region_id: string;
  /** Region name as region_read returns it. */
  region_name: string;
  /** Time zone, as text (the document types it as an integer "в текстовом виде"). */
  region_time_zone: string;
}
/** A partner (partner_read). */
export interface PartnerRecord {
  /** УИД of the partner. */
  partner_id: string;
  /** Partner name. */
  partner_name: string;
}
/** A client of the current partner; `partner_id` is the curating partner (not on the wire). */
export interface ClientRecord {
  /** УИД of the client. */
  client_id: string;
  /** УИД of the client's region (must be one of the partner's regions). */
  region_id: string;
  /** Short name (at most 50 characters). */
  client_name: string;
  /** Full name (at most 255 characters). */
  client_full_name: string;
  /** Deletion mark; client_delete toggles it. */
  client_del: boolean;
  /** ИНН (at most 12 characters). */
  client_inn: string;
  /** КПП (at most 9 characters). */
  client_kpp: string;
  /** Registration number of the client's 1C software product (ИТС contract). */
  client_reg_num: string;
  /** Payment method code 0…4 (see pay_method_type_read). */
  pay_method_id: number;
  /** Дополнительный признак клиента, set by the `*_advanced` operations. */
  addit_attribute: string;
  /** УИД of the client in the Контрагенты catalogue. */
  client_new_id: string;
  /** Curating partner; decides which partner sees the client (not sent on the wire). */
  partner_id: string;
}
/** An employee of the partner. */
export interface PartnerUserRecord {
  /** УИД of the employee. */
  partner_user_id: string;
  /** УИД of the partner the employee works for. */
  partner_id: string;
  /** First name (имя). */
  partner_user_name: string;
  /** Family name (фамилия). */
  partner_user_family_name: string;
  /** Patronymic (отчество). */
  partner_user_father_name: string;
  /** Birthday as `YYYY-MM-DD`, or `null` when not set. */
  partner_user_birthday: string | null;
  /** Deletion mark. */
  partner_user_del: boolean;
}
/** An employee of a client. */
export interface ClientUserRecord {
  /** УИД of the employee. */
  client_user_id: string;
  /** УИД of the client the employee works for. */
  client_id: string;
  /** First name (имя). */
  client_user_name: string;
  /** Family name (фамилия). */
  client_user_family_name: string;
  /** Patronymic (отчество). */
  client_user_father_name: string;
  /** Birthday as `YYYY-MM-DD`, or `null` when not set. */
  client_user_birthday: string | null;
  /** Deletion mark; set for every employee when their client is deleted. */
  client_user_del: boolean;
}
/** An agent (device) of a partner employee. */
export interface AgentPartnerRecord {
  /** УИД of the agent. */
  agent_partner_id: string;
  /** Agent number; the document says it starts with 271828. */
  agent_partner_number: string;
  /** Agent type: always 1 (partner agent). */
  agent_type: 1;
  /** Agent password in clear text, as the vendor returns it. */
  agent_partner_password: string;
  /** УИД of the partner owning the agent. */
  partner_id: string;
  /** Whether the agent is active. */
  agent_partner_activity: boolean;
  /** УИД of the partner employee using the agent. */
  partner_user_id: string;
}
/** An agent (device) of a client employee. */
export interface AgentUserRecord {
  /** УИД of the agent. */
  agent_user_id: string;
  /** Agent number (271828… in the emulator). */
  agent_user_number: string;
  /** Agent type: always 2 (user agent). */
  agent_type: 2;
  /** Agent password in clear text, as the vendor returns it. */
  agent_user_password: string;
  /** УИД of the client whose employee uses the agent. */
  client_id: string;
  /** Whether the agent is active; cleared when the client is deleted. */
  agent_user_activity: boolean;
  /** УИД of the client employee using the agent. */
  client_user_id: string;
}
/** A service type (support line). */
export interface ServiceTypeRecord {
  /** УИД of the service type (line). */
  service_type_id: string;
  /** Short name. */
  service_type_name: string;
  /** Full name. */
  service_type_full_name: string;
  /** УИД of the partner that owns the line. */
  partner_id: string;
  /** Deletion mark. */
  service_type_del: boolean;
}
/** A contract of the current partner; `null` end date = open-ended. */
export interface ContractRecord {
  /** УИД of the contract. */
  contract_id: string;
  /** Start date, `YYYY-MM-DD`. */
  contract_start_date: string;
  /** End date, `YYYY-MM-DD`, or `null` for open-ended (`01.01.0001` on the vendor side). */
  contract_end_date: string | null;
  /** УИД of the relationship role (see role_read). */
  role_id: string;
}
/** A support line allowed by a contract. */
export interface ContractServiceRecord {
  /** УИД of the contract. */
  contract_id: string;
  /** УИД of the line the contract allows. */
  service_type_id: string;
  /** Start date, `YYYY-MM-DD`. */
  contract_service_start_date: string;
  /** End date, `YYYY-MM-DD`, or `null` for open-ended. */
  contract_service_end_date: string | null;
}
/** A sold service (абонемент); `stopped` after service_stop or client deletion (not on the wire). */
export interface ServiceRecord {
  /** УИД of the service (абонемент). */
  service_id: string;
  /** УИД of the partner that activated the service. */
  sale_partner_id: string;
  /** УИД of the client. */
  client_id: string;
  /** УИД of the partner that serves the client on it. */
  service_partner_id: string;
  /** Start date, `YYYY-MM-DD`. */
  service_start_date: string;
  /** End date, `YYYY-MM-DD`, or `null` for open-ended. */
  service_end_date: string | null;
  /** УИД of the client agent the service is for. */
  agent_user_id: string;
  /** УИД of the service type (line). */
  service_type_id: string;
  /** Set by service_stop or client deletion (not on the wire); a stopped service cannot be stopped or edited again. */
  stopped: boolean;
}
/** A competence of a partner agent. */
export interface CompetenceRecord {
  /** УИД of the competence. */
  competence_id: string;
  /** УИД of the partner agent (specialist) it belongs to. */
  agent_partner_id: string;
  /** УИД of the line the specialist answers. */
  service_type_id: string;
  /** Priority (prioritet); 3 by default in the document. */
  prioritet: number;
}
/** One call for statistics_read. */
export interface CallRecord {
  /** УИД of the call. */
  call_id: string;
  /** Start of the call, Moscow wall-clock `YYYY-MM-DDTHH:MM:SS`. */
  time: string;
  /** Duration in seconds. */
  duration: number;
  /** УИД of the partner. */
  partner_id: string;
  /** УИД of the client. */
  client_id: string;
  /** УИД of the calling agent. */
  src_agent_id: string;
  /** УИД of the agent called. */
  dst_agent_id: string;
  /** УИД of the line of the call. */
  service_type_id: string;
  /** Call status 0…7 (see call_status_type_read; 0 = success). */
  call_status_id: number;
  /** Remote access status (marked for removal in the document). */
  remote_status_id: number;
  /** URL of the call recording. */
  URL_call_record: string;
}
/** One remote access session for remote_access_statistics_read. */
export interface RemoteSessionRecord {
  /** УИД of the remote access session. */
  session_id: string;
  /** Start of the session, Moscow wall-clock `YYYY-MM-DDTHH:MM:SS`. */
  time: string;
  /** Duration in seconds. */
  duration: number;
  /** УИД of the partner. */
  partner_id: string;
  /** УИД of the client. */
  client_id: string;
  /** УИД of the agent that shared its desktop. */
  server_agent_id: string;
  /** УИД of the agent that controlled the desktop. */
  dst_agent_id: string;
  /** УИД of the line of the session. */
  service_type_id: string;
  /** Result: 0 success, 1 error. */
  remote_access_result_id: number;
  /** Kind: 1 TeamViewer, 2 the built-in tool (Основное средство). */
  remote_access_type_id: number;
}
/** One SIP call for sip_calls_statistics_read. */
export interface SipCallRecord {
  /** УИД of the call. */
  call_id: string;
  /** Start of the call, Moscow wall-clock `YYYY-MM-DDTHH:MM:SS`. */
  time: string;
  /** Duration in seconds. */
  duration: number;
  /** Duration after the answer, in seconds. */
  duration_after_answer: number;
  /** УИД of the agent. */
  agent_id: string;
  /** Number of the other party (abonent); the filter matches it exactly. */
  abonent: string;
  /** `true` for a call incoming to the agent («Истина – входящий агенту»). */
  incoming: boolean;
  /** Status: 0 success, 1 busy, 2 no answer. */
  sip_call_status_id: number;
}
/** A contact information kind (1 clients, 2 partners, 3 users). */
export interface ContactTypeRecord {
  /** УИД of the contact information kind (вид КИ). */
  contact_type_id: string;
  /** Name of the kind. */
  contact_type_name: string;
  /** Who the kind applies to: 1 clients, 2 partners, 3 users. */
  contact_type_code: number;
}
/** A record of the ИТС base used by client_ITS_status_For_INN. */
export interface ItsRecord {
  /** Registration number of the 1C software product (RegNumberPP1C). */
  reg_num: string;
  /** ИНН of the contract holder (INN). */
  inn: string;
  /** ИТС contract level, answered as ITSLevel. */
  level: number;
  /** Contract start date `YYYY-MM-DD`, answered as DateFrom. */
  from: string;
  /** Contract end date `YYYY-MM-DD`, answered as DateTo. */
  to: string;
}

/** Everything a test can seed; every list is optional and merged into the defaults. */
export interface SeedData {
  /** The current partner (the one the credentials belong to). */
  partner: PartnerRecord;
  /** Other partners, e.g. vendors whose exported lines the partner uses. */
  otherPartners: PartnerRecord[];
  /** All regions region_read knows. */
  regions: RegionRecord[];
  /** Regions the current partner may work in (УИДs); default: all seeded regions. */
  partnerRegions: string[];
  /** Relationship roles for role_read. */
  roles: { role_id: string; role_name: string }[];
  /** Role УИДs the current partner has (partner_role_read). */
  partnerRoles: string[];
  /** Contact information kinds (contact_type_read). */
  contactTypes: ContactTypeRecord[];
  /** Clients, of this or other partners. */
  clients: ClientRecord[];
  /** Partner employees. */
  partnerUsers: PartnerUserRecord[];
  /** Client employees. */
  clientUsers: ClientUserRecord[];
  /** Agents of partner employees. */
  agentsPartner: AgentPartnerRecord[];
  /** Agents of client employees. */
  agentsUser: AgentUserRecord[];
  /** Service types (lines). */
  serviceTypes: ServiceTypeRecord[];
  /** Contracts of the current partner. */
  contracts: ContractRecord[];
  /** Lines allowed by the contracts. */
  contractServices: ContractServiceRecord[];
  /** Sold services (абонементы). */
  services: ServiceRecord[];
  /** Competences of partner agents. */
  competences: CompetenceRecord[];
  /** Calls for statistics_read. */
  calls: CallRecord[];
  /** Remote access sessions for remote_access_statistics_read. */
  remoteSessions: RemoteSessionRecord[];
  /** SIP calls for sip_calls_statistics_read. */
  sipCalls: SipCallRecord[];
  /** The ИТС base for client_ITS_status_For_INN. */
  its: ItsRecord[];
  /** service_type_id → partner ids that imported this exported line. */
  vendorImports: Record<string, string[]>;
  /** `${client_user_id}|${service_id}` or `${colleague1}|${colleague2}` → chat bytes. */
  chats: Record<string, Uint8Array>;
}

/** Mutable state of one emulator. */
export class EmulatorState {
  /** The current partner. */
  partner: PartnerRecord = {
    partner_id: 'a0000000-0000-4000-8000-000000000001',
    partner_name: 'ООО «Партнёр»',
  };
  /** Other partners by УИД. */
  otherPartners = new Map<string, PartnerRecord>();
  /** Regions by УИД. */
  regions = new Map<string, RegionRecord>();
  /** УИДs of the regions the current partner may work in. */
  partnerRegions = new Set<string>();
  /** Role names by role УИД. */
  roles = new Map<string, string>();
  /** Role УИДs the current partner has. */
  partnerRoles = new Set<string>();
  /** Contact information kinds by УИД. */
  contactTypes = new Map<string, ContactTypeRecord>();
  /** `${owner}|${region or ''}|${contact_type_id}` → view, owner = partner/client/user id. */
  contacts = new Map<string, string>();
  /** Clients by УИД. */
  clients = new Map<string, ClientRecord>();
  /** Partner employees by УИД. */
  partnerUsers = new Map<string, PartnerUserRecord>();
  /** Client employees by УИД. */
  clientUsers = new Map<string, ClientUserRecord>();
  /** Partner agents by УИД. */
  agentsPartner = new Map<string, AgentPartnerRecord>();
  /** Client agents by УИД. */
  agentsUser = new Map<string, AgentUserRecord>();
  /** Service types (lines) by УИД. */
  serviceTypes = new Map<string, ServiceTypeRecord>();
  /** Contracts by УИД. */
  contracts = new Map<string, ContractRecord>();
  /** Lines allowed by contracts, in insertion order. */
  contractServices: ContractServiceRecord[] = [];
  /** Services (абонементы) by УИД. */
  services = new Map<string, ServiceRecord>();
  /** Competences by УИД. */
  competences = new Map<string, CompetenceRecord>();
  /** Calls for statistics_read. */
  calls: CallRecord[] = [];
  /** Remote access sessions for remote_access_statistics_read. */
  remoteSessions: RemoteSessionRecord[] = [];
  /** SIP calls for sip_calls_statistics_read. */
  sipCalls: SipCallRecord[] = [];
  /** The ИТС base by registration number. */
  its = new Map<string, ItsRecord>();
  /** service_type_id → УИДs of partners that imported that exported line. */
  vendorImports = new Map<string, string[]>();
  /** Chat history bytes by `${client_user_id}|${service_id}` or `${colleague1}|${colleague2}`. */
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
