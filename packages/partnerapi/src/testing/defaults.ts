import type { SeedData } from './state.js';

/** Ids of the default data, for tests and the demo. */
export const DEFAULT_IDS = {
  partner: 'a0000000-0000-4000-8000-000000000001',
  vendor: 'a0000000-0000-4000-8000-000000000002',
  moscow: 'b0000000-0000-4000-8000-000000000001',
  spb: 'b0000000-0000-4000-8000-000000000002',
  ekb: 'b0000000-0000-4000-8000-000000000003',
  baikonur: 'b0000000-0000-4000-8000-000000000004',
  roleService: 'c0000000-0000-4000-8000-000000000001',
  roleSales: 'c0000000-0000-4000-8000-000000000002',
  contactClientAddress: 'd0000000-0000-4000-8000-000000000001',
  contactPartnerName: 'd0000000-0000-4000-8000-000000000002',
  contactPartnerPhone: 'd0000000-0000-4000-8000-000000000003',
  contactUserEmail: 'd0000000-0000-4000-8000-000000000004',
  contactUserPhone: 'd0000000-0000-4000-8000-000000000005',
  lineAccounting: 'f0000000-0000-4000-8000-000000000001',
  lineVendor: 'f0000000-0000-4000-8000-000000000002',
  contract: 'f1000000-0000-4000-8000-000000000001',
  specialist: 'f2000000-0000-4000-8000-000000000001',
  specialistAgent: 'f3000000-0000-4000-8000-000000000001',
} as const;

const I = DEFAULT_IDS;

/** The data a fresh emulator starts with: one partner with three regions, one specialist and agent, two lines. */
export function defaultSeed(): Partial<SeedData> {
  return {
    partner: { partner_id: I.partner, partner_name: 'ООО «Партнёр»' },
    otherPartners: [{ partner_id: I.vendor, partner_name: 'АО «Вендор»' }],
    regions: [
      { region_id: I.moscow, region_name: 'Москва', region_time_zone: 'Europe/Moscow' },
      { region_id: I.spb, region_name: 'Санкт-Петербург', region_time_zone: 'Europe/Moscow' },
      { region_id: I.ekb, region_name: 'Свердловская область', region_time_zone: 'Asia/Yekaterinburg' },
      { region_id: I.baikonur, region_name: 'Байконур', region_time_zone: 'Asia/Qyzylorda' },
    ],
    partnerRegions: [I.moscow, I.spb, I.ekb],
    roles: [
      { role_id: I.roleService, role_name: 'Сервисный партнер' },
      { role_id: I.roleSales, role_name: 'Сбытовой партнер' },
    ],
    partnerRoles: [I.roleService, I.roleSales],
    contactTypes: [
      {
        contact_type_id: I.contactClientAddress,
        contact_type_name: 'Фактический адрес',
        contact_type_code: 1,
      },
      {
        contact_type_id: I.contactPartnerName,
        contact_type_name: 'Наименование в регионе',
        contact_type_code: 2,
      },
      { contact_type_id: I.contactPartnerPhone, contact_type_name: 'Телефон', contact_type_code: 2 },
      { contact_type_id: I.contactUserEmail, contact_type_name: 'E-mail', contact_type_code: 3 },
      { contact_type_id: I.contactUserPhone, contact_type_name: 'Телефон', contact_type_code: 3 },
    ],
    partnerUsers: [
      {
        partner_user_id: I.specialist,
        partner_id: I.partner,
        partner_user_name: 'Анна',
        partner_user_family_name: 'Петрова',
        partner_user_father_name: 'Сергеевна',
        partner_user_birthday: '1990-05-17',
        partner_user_del: false,
      },
    ],
    agentsPartner: [
      {
        agent_partner_id: I.specialistAgent,
        agent_partner_number: '2718280000',
        agent_type: 1,
        agent_partner_password: '314159',
        partner_id: I.partner,
        agent_partner_activity: true,
        partner_user_id: I.specialist,
      },
    ],
    serviceTypes: [
      {
        service_type_id: I.lineAccounting,
        service_type_name: 'Бухгалтерия',
        service_type_full_name: 'Линия консультаций по бухгалтерскому учёту',
        partner_id: I.partner,
        service_type_del: false,
      },
      {
        service_type_id: I.lineVendor,
        service_type_name: 'Вендор',
        service_type_full_name: 'Экспортируемая линия вендора',
        partner_id: I.vendor,
        service_type_del: false,
      },
    ],
    contracts: [
      {
        contract_id: I.contract,
        contract_start_date: '2020-01-01',
        contract_end_date: null,
        role_id: I.roleService,
      },
    ],
    contractServices: [
      {
        contract_id: I.contract,
        service_type_id: I.lineAccounting,
        contract_service_start_date: '2020-01-01',
        contract_service_end_date: null,
      },
    ],
    its: [{ reg_num: '800123456', inn: '7701234567', level: 1, from: '2025-01-01', to: '2026-12-31' }],
    vendorImports: { [I.lineVendor]: [I.partner] },
  };
}
