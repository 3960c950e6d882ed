import { allOperations } from '@x/partnerapi';
import { DEFAULT_IDS as I } from '@x/partnerapi/testing';
import { describe, expect, it } from 'vitest';
import { covered, sent, useHarness } from './harness.js';

const { fresh } = useHarness();

const { client: api, emulator } = fresh();
const P = I.partner;

// One emulator for the whole file: the groups build on each other like a real session would.
const ctx: Record<string, string> = {};

describe('partner', () => {
  it('partner_read: current partner, nil filter', async () => {
    expect(await api.partner.read()).toEqual([{ partner_id: P, partner_name: 'ООО «Партнёр»' }]);
    expect(sent(emulator, 'partner_read')).toEqual({ partner_id: null });
  });
  it('partner_contact_edit and partner_contact_read', async () => {
    const edited = await api.partner.contactEdit({
      region_id: I.moscow,
      contact_type_id: I.contactPartnerPhone,
      contact_view: '+7 495 000-00-00',
    });
    expect(edited).toEqual([
      {
        partner_id: P,
        region_id: I.moscow,
        contact_type_id: I.contactPartnerPhone,
        contact_view: '+7 495 000-00-00',
      },
    ]);
    expect(sent(emulator, 'partner_contact_edit')).toEqual({
      region_id: I.moscow,
      contact_type_id: I.contactPartnerPhone,
      contact_view: '+7 495 000-00-00',
    });
    const read = await api.partner.contactRead({ region_id: I.moscow });
    expect(read).toEqual(edited);
    expect(sent(emulator, 'partner_contact_read')).toEqual({
      partner_id: null,
      region_id: I.moscow,
      contact_type_id: null,
    });
  });
  it('partner_role_read', async () => {
    const roles = await api.partner.roleRead();
    expect(roles.map((r) => r.role_id)).toEqual([I.roleService, I.roleSales]);
    expect(sent(emulator, 'partner_role_read')).toEqual({});
  });
  it('partner_region_read', async () => {
    expect((await api.partner.regionRead()).map((r) => r.region_id)).toEqual([I.moscow, I.spb, I.ekb]);
    expect(sent(emulator, 'partner_region_read')).toEqual({});
  });
  it('partner_vendor_read', async () => {
    expect(await api.partner.vendorRead({ service_id: I.lineVendor })).toEqual([
      { partner_id: P, partner_name: 'ООО «Партнёр»' },
    ]);
    expect(sent(emulator, 'partner_vendor_read')).toEqual({ service_id: I.lineVendor });
  });
});

describe('region', () => {
  it('region_read with and without a filter', async () => {
    expect(await api.region.read({ region_id: I.spb })).toEqual([
      { region_id: I.spb, region_name: 'Санкт-Петербург', region_time_zone: 'Europe/Moscow' },
    ]);
    expect(sent(emulator, 'region_read')).toEqual({ region_id: I.spb });
  });
});

describe('client', () => {
  it('client_add: optional operands are nil, result typed', async () => {
    const [c] = await api.client.add({
      client_name: 'ИП Иванов',
      region_id: I.moscow,
      client_inn: '770100000001',
    });
    expect(c).toMatchObject({
      client_name: 'ИП Иванов',
      region_id: I.moscow,
      client_del: false,
      client_inn: '770100000001',
      client_kpp: '',
      client_reg_num: '',
      pay_method_id: 2,
    });
    expect(sent(emulator, 'client_add')).toEqual({
      client_name: 'ИП Иванов',
      region_id: I.moscow,
      client_inn: '770100000001',
      client_kpp: null,
      client_full_name: null,
    });
    ctx.plain = c!.client_id!;
  });
  it('client_add_its with an ITS registration number', async () => {
    const [c] = await api.client.addIts({
      client_name: 'ООО «Ромашка»',
      region_id: I.spb,
      client_kpp: '780101001',
      client_reg_num: '800123456',
      pay_method_type_id: 4,
    });
    expect(c).toMatchObject({ client_reg_num: '800123456', pay_method_id: 4, client_kpp: '780101001' });
    expect(sent(emulator, 'client_add_its')).toMatchObject({
      client_reg_num: '800123456',
      pay_method_type_id: '4',
    });
    ctx.its = c!.client_id!;
  });
  it('client_add_advanced with an additional attribute', async () => {
    const [c] = await api.client.addAdvanced({
      client_name: 'АО «Лютик»',
      region_id: I.ekb,
      client_reg_num: 'ВО12345',
      addit_attribute: 'VIP',
    });
    expect(c).toMatchObject({ addit_attribute: 'VIP', client_reg_num: 'ВО12345', pay_method_id: 4 });
    expect(sent(emulator, 'client_add_advanced')).toMatchObject({
      pay_method_type_id: null,
      addit_attribute: 'VIP',
    });
    ctx.adv = c!.client_id!;
  });
  it('client_read and client_read_advanced', async () => {
    const all = await api.client.read();
    expect(all.map((c) => c.client_id)).toEqual([ctx.plain, ctx.its, ctx.adv]);
    expect(sent(emulator, 'client_read')).toEqual({
      client_id: null,
      region_id: null,
      include_deleted: null,
    });
    const vip = await api.client.readAdvanced({ addit_attribute: 'VIP', include_deleted: false });
    expect(vip.map((c) => c.client_id)).toEqual([ctx.adv]);
    expect(sent(emulator, 'client_read_advanced')).toEqual({
      client_id: null,
      region_id: null,
      include_deleted: 'false',
      addit_attribute: 'VIP',
    });
  });
  it('client_edit: null leaves a field, "" clears it', async () => {
    const [c] = await api.client.edit({
      client_id: ctx.plain!,
      client_inn: '',
      client_full_name: 'Иванов Иван',
    });
    expect(c).toMatchObject({ client_name: 'ИП Иванов', client_inn: '', client_full_name: 'Иванов Иван' });
    expect(sent(emulator, 'client_edit')).toEqual({
      client_id: ctx.plain,
      client_name: null,
      region_id: null,
      client_inn: '',
      client_kpp: null,
      client_full_name: 'Иванов Иван',
    });
  });
  it('client_edit_its and client_edit_advanced', async () => {
    const [a] = await api.client.editIts({
      client_id: ctx.its!,
      client_reg_num: 'FR000777',
      pay_method_type_id: 3,
    });
    expect(a).toMatchObject({ client_reg_num: 'FR000777', pay_method_id: 3 });
    expect(sent(emulator, 'client_edit_its')).toMatchObject({
      client_reg_num: 'FR000777',
      pay_method_type_id: '3',
    });
    const [b] = await api.client.editAdvanced({
      client_id: ctx.adv!,
      client_name: 'АО «Лютик-2»',
      region_id: I.moscow,
      addit_attribute: 'VIP2',
    });
    expect(b).toMatchObject({ client_name: 'АО «Лютик-2»', region_id: I.moscow, addit_attribute: 'VIP2' });
    expect(sent(emulator, 'client_edit_advanced')).toMatchObject({
      client_reg_num: null,
      addit_attribute: 'VIP2',
    });
  });
  it('client_ITS_status_For_INN: levels and dates', async () => {
    expect(await api.client.itsStatusForInn({ RegNumberPP1C: '800123456', INN: '7701234567' })).toEqual([
      { ITSLevel: 1, DateFrom: '2025-01-01', DateTo: '2026-12-31' },
    ]);
    expect(sent(emulator, 'client_ITS_status_For_INN')).toEqual({
      RegNumberPP1C: '800123456',
      INN: '7701234567',
    });
    expect(await api.client.itsStatusForInn({ RegNumberPP1C: '800123456', INN: '1' })).toEqual([
      { ITSLevel: 10, DateFrom: null, DateTo: null },
    ]);
  });
  it('client_contact_edit and client_contact_read', async () => {
    const rows = await api.client.contactEdit({
      client_id: ctx.plain!,
      contact_type_id: I.contactClientAddress,
      contact_view: 'Москва, ул. Тверская, 1',
    });
    expect(rows).toEqual([
      {
        client_id: ctx.plain,
        contact_type_id: I.contactClientAddress,
        contact_view: 'Москва, ул. Тверская, 1',
      },
    ]);
    expect(sent(emulator, 'client_contact_edit')).toMatchObject({ contact_view: 'Москва, ул. Тверская, 1' });
    expect(await api.client.contactRead({ client_id: ctx.plain! })).toEqual(rows);
    expect(sent(emulator, 'client_contact_read')).toEqual({ client_id: ctx.plain, contact_type_id: null });
  });
});

describe('users and agents', () => {
  it('partner_user_add / edit / read / read_with_birthday / set_birthday', async () => {
    const [u] = await api.partnerUser.add({ partner_user_name: 'Олег', partner_user_family_name: 'Смирнов' });
    expect(u).toMatchObject({
      partner_user_name: 'Олег',
      partner_user_father_name: '',
      partner_user_del: false,
    });
    expect(sent(emulator, 'partner_user_add')).toEqual({
      partner_user_name: 'Олег',
      partner_user_family_name: 'Смирнов',
      partner_user_father_name: null,
    });
    ctx.pu = u!.partner_user_id!;
    const [e] = await api.partnerUser.edit({ partner_user_id: ctx.pu, partner_user_father_name: 'Игоревич' });
    expect(e).toMatchObject({ partner_user_name: 'Олег', partner_user_father_name: 'Игоревич' });
    expect(sent(emulator, 'partner_user_edit')).toMatchObject({ partner_user_name: null });
    // A Date is an instant, written in Moscow wall time (the client's timeZone), not the machine's:
    // midnight of 8 March 1985 in Moscow is 21:00 UTC the day before.
    const moscowMidnight = new Date(Date.UTC(1985, 2, 7, 21, 0, 0));
    expect(await api.partnerUser.setBirthday({ partner_user_id: ctx.pu, birthday: moscowMidnight })).toBe(
      true,
    );
    expect(sent(emulator, 'partner_user_set_birthday')).toEqual({
      partner_user_id: ctx.pu,
      birthday: '1985-03-08T00:00:00',
    });
    const withBirthday = await api.partnerUser.readWithBirthday({ partner_user_id: ctx.pu });
    expect(withBirthday[0]).toMatchObject({ partner_user_birthday: '1985-03-08' });
    expect(sent(emulator, 'partner_user_read_with_birthday')).toEqual({
      partner_user_id: ctx.pu,
      include_deleted: null,
    });
    const all = await api.partnerUser.read();
    expect(all.map((x) => x.partner_user_id)).toEqual([I.specialist, ctx.pu]);
    expect(sent(emulator, 'partner_user_read')).toEqual({ partner_user_id: null, include_deleted: null });
  });
  it('partner_user_contact_edit / contact_read', async () => {
    const rows = await api.partnerUser.contactEdit({
      partner_user_id: ctx.pu!,
      contact_type_id: I.contactUserEmail,
      contact_view: 'oleg@example.ru',
    });
    expect(rows).toEqual([
      { partner_user_id: ctx.pu, contact_type_id: I.contactUserEmail, contact_view: 'oleg@example.ru' },
    ]);
    expect(sent(emulator, 'partner_user_contact_edit')).toMatchObject({ contact_view: 'oleg@example.ru' });
    expect(await api.partnerUser.contactRead({ partner_user_id: ctx.pu! })).toEqual(rows);
    expect(sent(emulator, 'partner_user_contact_read')).toEqual({
      partner_user_id: ctx.pu,
      contact_type_id: null,
    });
  });
  it('agent_partner_add / edit / read, numbers start with 271828', async () => {
    const [g] = await api.agentPartner.add({ partner_user_id: ctx.pu! });
    expect(g!.agent_partner_number).toMatch(/^271828/);
    expect(g).toMatchObject({ agent_type: 1, agent_partner_activity: true, partner_id: P });
    expect(sent(emulator, 'agent_partner_add')).toEqual({
      agent_partner_password: null,
      partner_user_id: ctx.pu,
    });
    ctx.ap = g!.agent_partner_id!;
    const [e] = await api.agentPartner.edit({ agent_partner_id: ctx.ap, agent_partner_password: '271' });
    expect(e!.agent_partner_password).toBe('271');
    expect(sent(emulator, 'agent_partner_edit')).toEqual({
      agent_partner_id: ctx.ap,
      agent_partner_password: '271',
      agent_partner_activity: null,
      partner_user_id: null,
    });
    const active = await api.agentPartner.read({ agent_partner_activity: true });
    expect(active.map((x) => x.agent_partner_id)).toEqual([I.specialistAgent, ctx.ap]);
    expect(sent(emulator, 'agent_partner_read')).toEqual({
      agent_partner_id: null,
      agent_partner_activity: 'true',
      partner_user_id: null,
    });
  });
  it('client_user_add / edit / set_birthday / read / read_with_birthday', async () => {
    const [u] = await api.clientUser.add({
      client_id: ctx.its!,
      client_user_name: 'Мария',
      client_user_family_name: 'Кузнецова',
    });
    expect(u).toMatchObject({ client_id: ctx.its, client_user_name: 'Мария', client_user_del: false });
    expect(sent(emulator, 'client_user_add')).toEqual({
      client_id: ctx.its,
      client_user_name: 'Мария',
      client_user_family_name: 'Кузнецова',
      client_user_father_name: null,
    });
    ctx.cu = u!.client_user_id!;
    const [e] = await api.clientUser.edit({ client_user_id: ctx.cu, client_user_family_name: '' });
    expect(e).toMatchObject({ client_user_family_name: '', client_user_name: 'Мария' });
    expect(sent(emulator, 'client_user_edit')).toMatchObject({
      client_user_family_name: '',
      client_user_name: null,
    });
    expect(await api.clientUser.setBirthday({ client_user_id: ctx.cu, birthday: '1992-11-30' })).toBe(true);
    expect(sent(emulator, 'client_user_set_birthday')).toEqual({
      client_user_id: ctx.cu,
      birthday: '1992-11-30T00:00:00',
    });
    expect((await api.clientUser.readWithBirthday({ client_id: ctx.its! }))[0]).toMatchObject({
      client_user_birthday: '1992-11-30',
    });
    expect(sent(emulator, 'client_user_read_with_birthday')).toMatchObject({ client_id: ctx.its });
    expect((await api.clientUser.read({ client_id: ctx.its! })).map((x) => x.client_user_id)).toEqual([
      ctx.cu,
    ]);
    expect(sent(emulator, 'client_user_read')).toEqual({
      client_user_id: null,
      client_id: ctx.its,
      include_deleted: null,
    });
  });
  it('client_user_contact_edit / contact_read', async () => {
    const rows = await api.clientUser.contactEdit({
      client_user_id: ctx.cu!,
      contact_type_id: I.contactUserPhone,
      contact_view: '+7 812 111-22-33',
    });
    expect(rows).toEqual([
      { client_user_id: ctx.cu, contact_type_id: I.contactUserPhone, contact_view: '+7 812 111-22-33' },
    ]);
    expect(sent(emulator, 'client_user_contact_edit')).toMatchObject({ contact_type_id: I.contactUserPhone });
    expect(await api.clientUser.contactRead({ client_user_id: ctx.cu! })).toEqual(rows);
    expect(sent(emulator, 'client_user_contact_read')).toEqual({
      client_user_id: ctx.cu,
      contact_type_id: null,
    });
  });
  it('agent_user_add / edit / read', async () => {
    const [g] = await api.agentUser.add({ client_user_id: ctx.cu!, agent_user_password: '123456' });
    expect(g).toMatchObject({
      agent_type: 2,
      client_id: ctx.its,
      agent_user_password: '123456',
      agent_user_activity: true,
    });
    expect(g!.agent_user_number).toMatch(/^271828/);
    expect(sent(emulator, 'agent_user_add')).toEqual({
      agent_user_password: '123456',
      client_user_id: ctx.cu,
    });
    ctx.au = g!.agent_user_id!;
    const [e] = await api.agentUser.edit({ agent_user_id: ctx.au, agent_user_password: '654321' });
    expect(e!.agent_user_password).toBe('654321');
    expect(sent(emulator, 'agent_user_edit')).toMatchObject({
      agent_user_activity: null,
      client_user_id: null,
    });
    expect((await api.agentUser.read({ client_id: ctx.its! })).map((x) => x.agent_user_id)).toEqual([ctx.au]);
    expect(sent(emulator, 'agent_user_read')).toEqual({
      agent_user_id: null,
      client_id: ctx.its,
      agent_user_activity: null,
      client_user_id: null,
    });
  });
  it('account_access_email_notify returns a flag and sends the password typed, never logged', async () => {
    const ok = await api.accountAccess.emailNotify({
      client_user_id: ctx.cu!,
      sender_email_address: 'noreply@partner.ru',
      email_login: 'noreply',
      email_password: 'smtp-pass',
      smtp_server: 'smtp.partner.ru',
      smtp_port: 465,
      ssl_encryption: true,
    });
    expect(ok).toBe(true);
    expect(sent(emulator, 'account_access_email_notify')).toEqual({
      client_user_id: ctx.cu,
      sender_email_address: 'noreply@partner.ru',
      email_login: 'noreply',
      email_password: 'smtp-pass',
      smtp_server: 'smtp.partner.ru',
      smtp_port: '465',
      ssl_encryption: 'true',
    });
    expect(emulator.state.outbox).toHaveLength(1);
  });
});

describe('service types, contracts, services, competences', () => {
  it('service_type_add / edit / read / delete', async () => {
    const [t] = await api.serviceType.add({
      service_type_name: 'Зарплата',
      service_type_full_name: 'Линия по зарплате',
    });
    expect(t).toMatchObject({ service_type_name: 'Зарплата', partner_id: P, service_type_del: false });
    expect(sent(emulator, 'service_type_add')).toEqual({
      service_type_name: 'Зарплата',
      service_type_full_name: 'Линия по зарплате',
    });
    ctx.st = t!.service_type_id!;
    const [e] = await api.serviceType.edit({ service_type_id: ctx.st, service_type_name: 'ЗУП' });
    expect(e).toMatchObject({ service_type_name: 'ЗУП', service_type_full_name: 'Линия по зарплате' });
    expect(sent(emulator, 'service_type_edit')).toMatchObject({ service_type_full_name: null });
    expect((await api.serviceType.read({ partner_id: P })).map((x) => x.service_type_id)).toEqual([
      I.lineAccounting,
      ctx.st,
    ]);
    expect(sent(emulator, 'service_type_read')).toEqual({ service_type_id: null, partner_id: P });
    const [d] = await api.serviceType.delete({ service_type_id: ctx.st });
    expect(d!.service_type_del).toBe(true);
    expect(sent(emulator, 'service_type_delete')).toEqual({ service_type_id: ctx.st });
  });
  it('contract_read: open-ended end date is null', async () => {
    expect(await api.contract.read({ contract_start_date: '2024-01-01' })).toEqual([
      {
        contract_id: I.contract,
        contract_start_date: '2020-01-01',
        contract_end_date: null,
        role_id: I.roleService,
      },
    ]);
    expect(sent(emulator, 'contract_read')).toEqual({
      contract_id: null,
      contract_start_date: '2024-01-01T00:00:00',
      contract_end_date: null,
      role_id: null,
    });
  });
  it('contract_service_add / read / delete (empty result = success)', async () => {
    const added = await api.contractService.add({
      service_type_id: I.lineVendor,
      contract_service_start_date: '2026-01-01',
    });
    expect(added).toEqual([
      {
        contract_id: I.contract,
        service_type_id: I.lineVendor,
        contract_service_start_date: '2026-01-01',
        contract_service_end_date: null,
      },
    ]);
    expect(sent(emulator, 'contract_service_add')).toEqual({
      service_type_id: I.lineVendor,
      contract_service_start_date: '2026-01-01T00:00:00',
    });
    expect(
      (await api.contractService.read({ contract_id: I.contract })).map((r) => r.service_type_id),
    ).toEqual([I.lineAccounting, I.lineVendor]);
    expect(sent(emulator, 'contract_service_read')).toMatchObject({
      contract_id: I.contract,
      service_type_id: null,
    });
    expect(await api.contractService.delete({ service_type_id: I.lineVendor })).toEqual([]);
    expect(sent(emulator, 'contract_service_delete')).toEqual({ service_type_id: I.lineVendor });
  });
  it('service_add / read / edit / stop', async () => {
    const [s] = await api.service.add({
      client_id: ctx.its!,
      service_partner_id: P,
      agent_user_id: ctx.au!,
      service_type_id: I.lineAccounting,
    });
    expect(s).toMatchObject({
      client_id: ctx.its,
      sale_partner_id: P,
      service_start_date: '2026-01-01',
      service_end_date: null,
    });
    expect(sent(emulator, 'service_add')).toEqual({
      client_id: ctx.its,
      service_partner_id: P,
      service_start_date: null,
      service_end_date: null,
      agent_user_id: ctx.au,
      service_type_id: I.lineAccounting,
    });
    ctx.svc = s!.service_id!;
    const [e] = await api.service.edit({ service_id: ctx.svc, service_end_date: '2026-12-31' });
    expect(e!.service_end_date).toBe('2026-12-31');
    expect(sent(emulator, 'service_edit')).toMatchObject({
      service_end_date: '2026-12-31T00:00:00',
      service_partner_id: null,
    });
    expect((await api.service.read({ client_id: ctx.its! })).map((x) => x.service_id)).toEqual([ctx.svc]);
    expect(sent(emulator, 'service_read')).toMatchObject({ client_id: ctx.its, service_id: null });
    expect(await api.client.vendorRead({ service_type_id: I.lineAccounting })).toHaveLength(1);
    expect(sent(emulator, 'client_vendor_read')).toEqual({
      service_type_id: I.lineAccounting,
      partner_id: null,
    });
    expect(await api.service.stop({ service_id: ctx.svc })).toEqual([]);
    expect(sent(emulator, 'service_stop')).toEqual({ service_id: ctx.svc });
    expect(await api.service.read({ client_id: ctx.its! })).toEqual([]);
  });
  it('competence_add / read / stop', async () => {
    const [c] = await api.competence.add({ agent_partner_id: ctx.ap!, service_type_id: I.lineAccounting });
    expect(c).toMatchObject({ agent_partner_id: ctx.ap, prioritet: 3 });
    expect(sent(emulator, 'competence_add')).toEqual({
      agent_partner_id: ctx.ap,
      service_type_id: I.lineAccounting,
      prioritet: null,
    });
    expect((await api.competence.read({ prioritet: 3 })).map((x) => x.competence_id)).toEqual([
      c!.competence_id,
    ]);
    expect(sent(emulator, 'competence_read')).toMatchObject({ prioritet: '3' });
    expect(await api.competence.stop({ competence_id: c!.competence_id! })).toEqual([]);
    expect(sent(emulator, 'competence_stop')).toEqual({ competence_id: c!.competence_id });
  });
});

describe('deletes and restores', () => {
  it('client_delete cascades to users, agents and services; a second call restores only the client', async () => {
    const [s] = await api.service.add({
      client_id: ctx.its!,
      service_partner_id: P,
      agent_user_id: ctx.au!,
      service_type_id: I.lineAccounting,
    });
    const [d] = await api.client.delete({ client_id: ctx.its! });
    expect(d!.client_del).toBe(true);
    expect(sent(emulator, 'client_delete')).toEqual({ client_id: ctx.its });
    expect(
      (await api.clientUser.read({ client_id: ctx.its!, include_deleted: true }))[0]!.client_user_del,
    ).toBe(true);
    expect((await api.agentUser.read({ client_id: ctx.its! }))[0]!.agent_user_activity).toBe(false);
    expect(await api.service.read({ service_id: s!.service_id! })).toEqual([]);
    expect((await api.client.read()).map((c) => c.client_id)).not.toContain(ctx.its);
    expect((await api.client.read({ client_id: ctx.its! }))[0]!.client_del).toBe(true);
    const [r] = await api.client.delete({ client_id: ctx.its! });
    expect(r!.client_del).toBe(false);
    expect(
      (await api.clientUser.read({ client_id: ctx.its!, include_deleted: true }))[0]!.client_user_del,
    ).toBe(true);
  });
  it('client_user_delete and partner_user_delete toggle', async () => {
    const [u] = await api.clientUser.delete({ client_user_id: ctx.cu! });
    expect(u!.client_user_del).toBe(false);
    expect(sent(emulator, 'client_user_delete')).toEqual({ client_user_id: ctx.cu });
    const [p1] = await api.partnerUser.delete({ partner_user_id: ctx.pu! });
    expect(p1!.partner_user_del).toBe(true);
    expect(sent(emulator, 'partner_user_delete')).toEqual({ partner_user_id: ctx.pu });
    const [p2] = await api.partnerUser.delete({ partner_user_id: ctx.pu! });
    expect(p2!.partner_user_del).toBe(false);
  });
  it('agent_user_delete and agent_partner_delete answer an empty result', async () => {
    expect(await api.agentUser.delete({ agent_user_id: ctx.au! })).toEqual([]);
    expect(sent(emulator, 'agent_user_delete')).toEqual({ agent_user_id: ctx.au });
    expect(await api.agentPartner.delete({ agent_partner_id: ctx.ap! })).toEqual([]);
    expect(sent(emulator, 'agent_partner_delete')).toEqual({ agent_partner_id: ctx.ap });
  });
});

/** Seeded, and expected back unchanged. */
const CALL_1 = {
  call_id: 'call-1',
  time: '2025-12-30T10:15:00',
  duration: 125,
  partner_id: P,
  client_id: 'c-1',
  src_agent_id: 'a-1',
  dst_agent_id: I.specialistAgent,
  service_type_id: I.lineAccounting,
  call_status_id: 0,
  remote_status_id: 2,
  URL_call_record: 'https://records.example/1?a=1&b=2',
};

/** Seeded, and expected back unchanged. */
const SIP_1 = {
  call_id: 'sip-1',
  time: '2025-12-31T23:59:59',
  duration: 60,
  duration_after_answer: 45,
  agent_id: I.specialistAgent,
  abonent: '+74950000000',
  incoming: true,
  sip_call_status_id: 0,
};

describe('statistics', () => {
  emulator.seed({
    calls: [
      { ...CALL_1 },
      {
        call_id: 'call-2',
        time: '2025-11-01T08:00:00',
        duration: 0,
        partner_id: P,
        client_id: 'c-2',
        src_agent_id: 'a-2',
        dst_agent_id: I.specialistAgent,
        service_type_id: I.lineAccounting,
        call_status_id: 3,
        remote_status_id: 0,
        URL_call_record: '',
      },
    ],
    remoteSessions: [
      {
        session_id: 'rs-1',
        time: '2025-12-15T12:00:00',
        duration: 600,
        partner_id: P,
        client_id: 'c-1',
        server_agent_id: 'a-1',
        dst_agent_id: I.specialistAgent,
        service_type_id: I.lineAccounting,
        remote_access_result_id: 0,
        remote_access_type_id: 2,
      },
    ],
    sipCalls: [{ ...SIP_1 }],
    chats: {
      'cu-1|line-1': new TextEncoder().encode('Здравствуйте! 👋'),
      'a|b': new Uint8Array([0, 1, 2, 255]),
    },
  });

  it('statistics_read: inclusive time range, typed columns', async () => {
    const calls = await api.statistics.read({
      start_time: '2025-12-01T00:00:00',
      end_time: '2025-12-31T23:59:59',
    });
    expect(calls).toEqual([CALL_1]);
    expect(sent(emulator, 'statistics_read')).toMatchObject({
      start_time: '2025-12-01T00:00:00',
      end_time: '2025-12-31T23:59:59',
      client_id: null,
    });
  });
  it('remote_access_statistics_read', async () => {
    const rows = await api.statistics.remoteAccessRead();
    expect(rows.map((r) => r.session_id)).toEqual(['rs-1']);
    expect(rows[0]).toMatchObject({ duration: 600, remote_access_type_id: 2, time: '2025-12-15T12:00:00' });
    expect(sent(emulator, 'remote_access_statistics_read')).toMatchObject({ start_time: null });
  });
  it('sip_calls_statistics_read', async () => {
    expect(await api.statistics.sipCallsRead({ abonent: '+74950000000' })).toEqual([SIP_1]);
    expect(sent(emulator, 'sip_calls_statistics_read')).toEqual({
      start_time: null,
      end_time: null,
      agent_id: null,
      abonent: '+74950000000',
    });
  });
  it('chat_history_statistics_read and chat_history_colleagues_read return bytes', async () => {
    const bytes = await api.statistics.chatHistoryRead({
      client_user_id: 'cu-1',
      service_id: 'line-1',
      period_from: '2025-12-01T00:00:00',
      period_to: '2025-12-31T23:59:59',
    });
    expect(new TextDecoder().decode(bytes)).toBe('Здравствуйте! 👋');
    expect(sent(emulator, 'chat_history_statistics_read')).toMatchObject({
      period_from: '2025-12-01T00:00:00',
    });
    const raw = await api.statistics.chatHistoryColleaguesRead({
      Colleague1_id: 'b',
      Colleague2_id: 'a',
      period_from: '2025-12-01',
      period_to: '2025-12-31',
    });
    expect([...raw]).toEqual([0, 1, 2, 255]);
    expect(sent(emulator, 'chat_history_colleagues_read')).toMatchObject({
      period_to: '2025-12-31T00:00:00',
    });
  });
});

describe('dictionaries', () => {
  it('contact_type_read, role_read', async () => {
    expect((await api.dictionaries.contactTypeRead()).map((c) => c.contact_type_code)).toEqual([
      1, 2, 2, 3, 3,
    ]);
    expect(sent(emulator, 'contact_type_read')).toEqual({});
    expect(await api.dictionaries.roleRead()).toEqual([
      { role_id: I.roleService, role_name: 'Сервисный партнер' },
      { role_id: I.roleSales, role_name: 'Сбытовой партнер' },
    ]);
    expect(sent(emulator, 'role_read')).toEqual({});
  });
  it('call_status_type_read, remote_status_type_read (deprecated), remote_access_type_read, pay_method_type_read', async () => {
    const statuses = await api.dictionaries.callStatusTypeRead();
    expect(statuses).toHaveLength(8);
    expect(statuses[0]).toEqual({ call_status_type_id: 0, call_status_type_name: 'Успех' });
    expect(sent(emulator, 'call_status_type_read')).toEqual({});
    expect((await api.dictionaries.remoteStatusTypeRead()).map((s) => s.remote_status_type_id)).toEqual([
      0, 1, 2,
    ]);
    expect(sent(emulator, 'remote_status_type_read')).toEqual({});
    expect(await api.dictionaries.remoteAccessTypeRead()).toEqual([
      { remote_access_type_id: 1, remote_access_type_name: 'TeamViewer' },
      { remote_access_type_id: 2, remote_access_type_name: 'Основное средство' },
    ]);
    expect(sent(emulator, 'remote_access_type_read')).toEqual({});
    const pay = await api.dictionaries.payMethodTypeRead();
    expect(pay.map((p) => p.pay_method_type_id)).toEqual([0, 1, 2, 3, 4]);
    expect(sent(emulator, 'pay_method_type_read')).toEqual({});
  });
});

describe('coverage', () => {
  it('every one of the 71 documented operations was called and its envelope checked', () => {
    const all = allOperations().map((e) => e.op.wire);
    expect(all).toHaveLength(71);
    expect(new Set(all).size).toBe(71);
    expect(all.filter((w) => !covered.has(w))).toEqual([]);
    for (const w of all) expect(emulator.count(w), w).toBeGreaterThan(0);
  });
});
