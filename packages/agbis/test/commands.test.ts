import {
  type CommandName,
  OrderBuilder,
  addon,
  addonValue,
  commands,
  paymentOperations,
  sha1Hex,
} from '@x/agbis';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Env, lastRequest, seedWaybill, useHarness } from './harness.js';

const { fresh } = useHarness();

/** Saves an order with two services (one child) and an addon; returns its dor_id. */
async function saveOrder(env: Env): Promise<string> {
  const b = new OrderBuilder({
    contr_id: '10013',
    sclad_id: 1003,
    sclad_out_id: 1005,
    date_out: '2026-03-12T15:25:00',
  });
  const main = b.service({
    tovar_id: 10018,
    count: 1,
    ext_info: 'пятно на рукаве',
    addons: [addon(111, addonValue.string('Бежевый, Жёлтый')), addon(129, addonValue.figure(2, [1.3, 3]))],
  });
  b.child(main, { tovar_id: 10016, count: 1 });
  b.service({ tovar_id: 10027, count: 2 });
  b.comment('тест 1').comment('a+b & c');
  const { dor_id } = await env.client.orders.save(b.build());
  return dor_id;
}

describe('table', () => {
  it('declares every command of the document, each with its section and wire facts', () => {
    expect(Object.keys(commands)).toHaveLength(36);
    const notIdempotent = Object.values(commands)
      .filter((op) => !op.idempotent)
      .map((op) => op.wire)
      .sort();
    expect(notIdempotent).toEqual(
      [
        'AddBonusForAll',
        'ChangeStatusOrdersForAll',
        'ContragForAll',
        'PayForAll',
        'RefreshSession',
        'ReturnPayForAll',
        'SaveOrderForAll',
        'SetOrderImagesForAll',
        'TripOrder',
        'UpdateOrderForAll',
      ].sort(),
    );
    expect(commands.GetOrderImagesForAll.deprecated).toContain('OrderImagesModern');
    expect(commands.PayForAll.meta.method).toBe('GET');
    expect(commands.OrderPaysBetweenForAll.meta.method).toBe('POST');
  });

  it('derives the wire-name map from the section tables (types and values)', () => {
    // Checked by tsc: the map is inferred from each entry's literal wire name.
    expectTypeOf(commands.PayForAll).toEqualTypeOf<typeof paymentOperations.pay>();
    expectTypeOf<'PayForAll' | 'Login' | 'GetOrderImagesForAll'>().toMatchTypeOf<CommandName>();
    expectTypeOf<'NoSuchCommand'>().not.toMatchTypeOf<CommandName>();
    for (const [wire, op] of Object.entries(commands)) expect(op.wire).toBe(wire);
    expect(commands.PayForAll).toBe(paymentOperations.pay);
  });
});

describe('session commands', () => {
  it('Login sends User/SHA-1 Pwd/AsUser as one encoded JSON in the query, values literal', async () => {
    const env = fresh(
      { seed: { users: [{ id: '7', login: 'Пользователь', password: 'пароль' }] } },
      {
        user: 'Пользователь',
        password: 'пароль',
      },
    );
    const answer = await env.client.session.validSessionId();
    expect(answer.user_id).toBe('7');
    const login = lastRequest(env.emulator, 'Login');
    expect(login.method).toBe('GET');
    const json = `{"User":"Пользователь","Pwd":"${await sha1Hex('пароль')}","AsUser":"1"}`;
    expect(login.search).toBe(`?Login=${encodeURIComponent(json)}`);
    const valid = lastRequest(env.emulator, 'ValidSessionID');
    expect(valid.search).toMatch(/^\?ValidSessionID&SessionID=[0-9A-F-]{36}$/);
  });

  it('Login with a wrong password is an AuthError (error 2)', async () => {
    const env = fresh({}, { password: 'wrong' });
    await expect(env.client.reference.discountSchemes()).rejects.toMatchObject({
      name: 'AuthError',
      vendorCode: 2,
      sessionExpired: false,
    });
  });

  it('passwordSha1 is sent as given', async () => {
    const env = fresh({}, { password: undefined, passwordSha1: (await sha1Hex('secret')).toUpperCase() });
    await env.client.reference.orderLists();
    expect(env.emulator.count('Login')).toBe(1);
  });

  it('RefreshSession sends Refresh_ID (Login returned Refresh_id) and Logout ends the session', async () => {
    const env = fresh();
    const login = await env.client.session.login({ User: 'api', Pwd: await sha1Hex('secret') });
    expect(login.Refresh_id).toMatch(/^[0-9A-F-]{36}$/);
    const refreshed = await env.client.session.refreshSession({ Refresh_ID: login.Refresh_id! });
    expect(refreshed.Session_id).not.toBe(login.Session_id);
    expect(lastRequest(env.emulator, 'RefreshSession').params).toEqual({ Refresh_ID: login.Refresh_id });
    await env.client.reference.orderLists();
    await env.client.close();
    const logout = lastRequest(env.emulator, 'Logout');
    expect(logout.search).toMatch(/^\?Logout&SessionID=/);
    expect(env.emulator.state.sessions.size).toBe(1); // the refreshed manual one; the client's is gone
  });

  it('ExecutedApiCount counts billed writes per day', async () => {
    const env = fresh();
    await env.client.clients.addBonus({ contr_id: 10013, amount: 10 });
    const stats = await env.client.session.executedApiCount();
    expect(stats.date_list).toEqual([{ date: '2026-03-10', count: 1 }]);
    expect(lastRequest(env.emulator, 'ExecutedApiCount').search).toBe('?ExecutedApiCount');
  });
});

describe('reference commands', () => {
  it('ContrTree, PriceList, PriceTree, AddonTypes, AddonPacks, Regions need no session', async () => {
    const env = fresh();
    const tree = await env.client.reference.contrTree();
    expect(tree.list?.[1]).toEqual({ folder_id: '24', parent_id: '21', name: 'Частные лица' });
    const prices = await env.client.reference.priceList({ price_id: 0, tovar_type: 2 });
    expect(lastRequest(env.emulator, 'PriceList').search).toBe(
      `?PriceList=${encodeURIComponent('{"price_id":"0","tovar_type":"2"}')}`,
    );
    const repair = prices.price_list?.find((p) => p.id === '10016');
    expect(repair).toMatchObject({ price: 132.69, tovar_type: 2, is_repair: true, unit: '1 шт' });
    const groups = await env.client.reference.priceTree({ id: 0 });
    expect(groups.price?.[1]?.name).toBe('1. Рубашки (покраска)');
    const types = await env.client.reference.addonTypes();
    expect(types.addon_types?.find((t) => t.id === '128')).toMatchObject({
      value_type: 7,
      num: 1.5,
      addon_str_values: [{ id: '20', value_str: 'Пятно', value_flt: 3.3 }],
    });
    const packs = await env.client.reference.addonPacks();
    expect(packs.addon_packs?.[0]?.addon_types).toContain(111);
    const regions = await env.client.reference.regions();
    expect(regions.regions?.[0]?.name).toBe('Центральный');
    expect(env.emulator.count('Login')).toBe(0);
    expect(env.emulator.requests.every((r) => r.sessionId === undefined)).toBe(true);
  });

  it('PriceTree without id is refused before sending', async () => {
    const env = fresh();
    // @ts-expect-error id is required
    await expect(env.client.reference.priceTree({})).rejects.toMatchObject({
      name: 'RequestValidationError',
    });
    expect(env.emulator.requests).toHaveLength(0);
  });

  it('GetListsVdsDsForAll and GetListsOrderTNDForAll decode schemes and lists', async () => {
    const env = fresh();
    const schemes = await env.client.reference.discountSchemes();
    expect(schemes.ds?.[0]?.title).toBe('3% Накопительная 3-15%');
    expect(schemes.vds?.[0]).toMatchObject({
      is_active: true,
      active_with: '2026-01-01',
      active_to: null,
      active_times: [{ day_of_week: 2, time_first: '00:00:00' }],
      discounts_services: [{ price_before: 1000, price_after: 900, fix_price: false }],
    });
    const lists = await env.client.reference.orderLists();
    expect(lists.order_times.map((t) => t.name)).toEqual(['Не срочный', 'Срочный 24 часа']);
    expect(lists.order_dirties[0]?.name).toBe(' Очень сильная загрязненность');
    expect(lastRequest(env.emulator, 'GetListsOrderTNDForAll').search).toMatch(
      /^\?GetListsOrderTNDForAll&SessionID=/,
    );
  });
});

describe('client commands', () => {
  it('ContragForAll posts URI-encoded values; the phone + arrives as %2B', async () => {
    const env = fresh();
    const saved = await env.client.clients.save({
      name: 'Тест АМО',
      fullname: 'Тест АМО Контраст',
      teleph_cell: '+79990009915',
      email: 'example@example.com',
      discount: 23.4,
      birthday: '1980-02-15',
      gender: 1,
      agree_to_receive_sms: true,
    });
    expect(saved).toMatchObject({ WasNew: true });
    const req = lastRequest(env.emulator, 'ContragForAll');
    expect(req.method).toBe('POST');
    expect(req.search).toBe('?ContragForAll');
    expect(req.contentType).toBe('application/json; charset=UTF-8');
    const body = JSON.parse(req.body);
    expect(body.SessionID).toMatch(/^[0-9A-F-]{36}$/);
    expect(body.ContragForAll).toMatchObject({
      name: '%D0%A2%D0%B5%D1%81%D1%82%20%D0%90%D0%9C%D0%9E',
      teleph_cell: '%2B79990009915',
      email: 'example%40example.com',
      discount: '23,4',
      birthday: '15.02.1980',
      agree_to_receive_sms: '1',
    });
    expect(req.params.teleph_cell).toBe('+79990009915');
    const again = await env.client.clients.save({
      contr_id: saved.contr_id,
      name: 'Тест',
      fullname: 'Тест Тестов',
    });
    expect(again).toEqual({ error: 0, contr_id: saved.contr_id, WasNew: false });
  });

  it('ContrInfoForAll and ContragInfoForAll decode a client card', async () => {
    const env = fresh();
    const card = await env.client.clients.info({ contr_id: '10013' });
    expect(card).toMatchObject({
      contr_id: '10013',
      name: 'Агбис Тест Тестович',
      fone_cell: '+79990009900',
      email: 'test@test.com',
      discount: 12.5,
      agree_to_receive_sms: true,
      order_count: 0,
      birth_day: null,
    });
    const byPhone = await env.client.clients.findByPhone({ teleph_cell: '+79990009900' });
    expect(byPhone.contr_id).toBe('10013');
    expect(lastRequest(env.emulator, 'ContragInfoForAll').search).toContain(
      `?ContragInfoForAll=${encodeURIComponent('{"teleph_cell":"+79990009900"}')}&SessionID=`,
    );
    await expect(env.client.clients.info({ contr_id: 999 })).rejects.toMatchObject({
      name: 'ApiError',
      vendorCode: 1,
      vendorMessage: 'Клиент 999 не найден',
    });
  });

  it('AddBonusForAll (GET, amount with a dot) and BonusesBetweenForAll', async () => {
    const env = fresh();
    await env.client.clients.addBonus({
      contr_id: 10013,
      amount: 125.85,
      active_before: '2026-05-25',
      max_percent_in_zakaz: 12.4,
      comment: 'Тест',
    });
    const req = lastRequest(env.emulator, 'AddBonusForAll');
    expect(req.method).toBe('GET');
    expect(req.params).toEqual({
      contr_id: '10013',
      amount: '125.85',
      active_before: '25.05.2026',
      max_percent_in_zakaz: '12.4',
      comment: 'Тест',
    });
    await env.client.clients.addBonus({ barcode: '1600000100138', amount: 10 });
    const list = await env.client.clients.bonusesBetween({
      contr_id: 10013,
      StartDate: '2026-03-01',
      StopDate: '2026-03-31',
    });
    expect(list.bonuses?.map((b) => b.kredit)).toEqual([125.85, 10]);
    expect(list.bonuses?.[0]).toMatchObject({
      doc_date: '2026-03-10',
      doc_time: '09:00:00',
      bonus_rest: 125.85,
      active_before: '2026-05-25',
    });
    expect(JSON.parse(lastRequest(env.emulator, 'BonusesBetweenForAll').body).BonusesBetweenForAll).toEqual({
      contr_id: '10013',
      StartDate: '01.03.2026',
      StopDate: '31.03.2026',
    });
    // contr_id or barcode: checked at run time, nothing is sent
    await expect(env.client.clients.addBonus({ amount: 1 })).rejects.toMatchObject({
      name: 'RequestValidationError',
    });
  });
});

describe('order commands', () => {
  it('SaveOrderForAll posts the order with dos_id/parent_id links and encoded addons', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    const body = JSON.parse(lastRequest(env.emulator, 'SaveOrderForAll').body).SaveOrderForAll;
    expect(body.Order).toEqual({
      contr_id: '10013',
      sclad_id: '1003',
      sclad_out_id: '1005',
      date_out: '12.03.2026%2015:25:00',
    });
    expect(body.Services[0]).toMatchObject({
      dos_id: '1',
      tovar_id: '10018',
      count: '1',
      addons: [
        {
          addon_id: '111',
          values: '%D0%91%D0%B5%D0%B6%D0%B5%D0%B2%D1%8B%D0%B9,%20%D0%96%D1%91%D0%BB%D1%82%D1%8B%D0%B9',
        },
        { addon_id: '129', values: '2|1,3|3|' },
      ],
    });
    expect(body.Services[1]).toEqual({ parent_id: '1', tovar_id: '10016', count: '1', addons: [] });
    expect(body.Comments).toEqual(['%D1%82%D0%B5%D1%81%D1%82%201', 'a%2Bb%20%26%20c']);
    const order = env.emulator.state.orders.get(dorId)!;
    expect(order.comments).toEqual(['тест 1', 'a+b & c']);
    expect(order.services[1]!.parent_id).toBe(order.services[0]!.dos_id);
    expect(order.services[0]!.addons[0]!.value).toBe('Бежевый, Жёлтый');
  });

  it('OrderInfoForAll decodes Srvices, amounts, dates and addons', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    const { order } = await env.client.orders.info({ dor_id: dorId });
    expect(order).toMatchObject({
      dor_id: dorId,
      kredit: 4132.69,
      debet: 0,
      doc_date: '2026-03-10',
      date_out: '2026-03-12T15:25:00',
      date_out_fact: null,
      status_id: 1,
      photo_exist: false,
    });
    expect(order?.Srvices?.[0]).toMatchObject({
      service: 'Бермуды',
      status_name: 'Новый',
      price: 1000,
      ext_info: 'пятно на рукаве',
    });
    expect(order?.Srvices?.[0]?.addons?.[0]).toMatchObject({
      descr: 'Цвет',
      value_type: 1,
      aos_value: 'Бежевый, Жёлтый',
    });
    expect(order?.Srvices?.[1]?.parent_id).toBe(order?.Srvices?.[0]?.dos_id);
  });

  it('UpdateOrderForAll changes header, existing addons by aos_id and adds services', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    const before = env.emulator.state.orders.get(dorId)!;
    const firstDos = before.services[0]!.dos_id;
    const aos = before.services[0]!.addons[1]!.aos_id;
    const answer = await env.client.orders.update({
      Order: { dor_id: dorId, status_id: 3 },
      Services: [
        { dos_id: firstDos, count: 1, addons: [{ aos_id: aos, values: addonValue.figure(4, [2.3, 4.5]) }] },
        { parent_id: firstDos, tovar_id: 10016, count: 1 },
      ],
      Comments: ['изменено'],
    });
    expect(answer.dor_id).toBe(dorId);
    const after = env.emulator.state.orders.get(dorId)!;
    expect(after.status_id).toBe(3);
    expect(after.services[0]!.addons[1]!.value).toBe('4|2,3|4,5|');
    expect(after.services.at(-1)!.parent_id).toBe(firstDos);
  });

  it('ChangeStatusOrdersForAll posts Orders[]', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    await env.client.orders.changeStatus({ Orders: [{ dor_id: dorId, status_id: 4 }] });
    expect(
      JSON.parse(lastRequest(env.emulator, 'ChangeStatusOrdersForAll').body).ChangeStatusOrdersForAll,
    ).toEqual({
      Orders: [{ dor_id: dorId, status_id: '4' }],
    });
    expect(env.emulator.state.orders.get(dorId)!.status_id).toBe(4);
    await expect(
      env.client.orders.changeStatus({ Orders: [{ dor_id: dorId, status_id: 9 }] }),
    ).rejects.toMatchObject({
      vendorCode: 105,
      message: expect.stringContaining('ChangeStatusOrdersForAll'),
    });
  });

  it('TripOrder (GET) books a trip, Trip reads it with tp 1/2', async () => {
    const env = fresh();
    const booked = await env.client.orders.createTrip({
      tp: 1,
      date: '2026-03-11',
      hr: '11:00',
      hr_to: '12:00',
      address: 'ул. Ленина, 1 & 2',
      car_id: 2,
      tel: '+79876543210',
      fio: 'Тест',
      mp_status: 0,
      comment: 'домофон 12#',
    });
    expect(booked).toMatchObject({ Msg: 'Зарезервировано' });
    const req = lastRequest(env.emulator, 'TripOrder');
    expect(req.method).toBe('GET');
    expect(req.params).toMatchObject({
      tp: '1',
      date: '11.03.2026',
      tel: '+79876543210',
      address: 'ул. Ленина, 1 & 2',
    });
    const trip = await env.client.orders.trip({ id: booked.TripID! });
    expect(trip).toMatchObject({
      id: booked.TripID,
      tp: 1,
      dt: '2026-03-11',
      hr: 11,
      mn: 0,
      to_hr: 12,
      address: 'ул. Ленина, 1 & 2',
      comment: 'домофон 12#',
    });
  });

  it('Receipt and ReceiptOnline (bytes with content type)', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    const receipt = await env.client.orders.receipt({ dor_id: dorId });
    expect(receipt.png).toMatch(/^[0-9A-F-]{36}$/);
    const pdf = await env.client.orders.receiptOnline({ dor_id: dorId });
    expect(pdf.contentType).toBe('application/pdf');
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
    const svg = await env.client.orders.receiptOnline({ dor_id: dorId, typeExport: 'svg', sign: true });
    expect(svg.contentType).toBe('image/svg+xml');
    expect(lastRequest(env.emulator, 'ReceiptOnline').params).toEqual({
      dor_id: dorId,
      typeExport: 'svg',
      sign: '1',
    });
    await expect(env.client.orders.receiptOnline({ dor_id: 1 })).rejects.toMatchObject({
      name: 'ApiError',
      vendorCode: 1,
    });
  });

  it('OrdersBetweenForAll accepts the documented `order` key and returns `orders`', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    const list = await env.client.orders.between({
      StartDate: '2026-03-10',
      // A Date is read in the client's zone (Moscow by default), not the machine's.
      StopDate: new Date('2026-03-10T00:00:00+03:00'),
    });
    expect(list.orders.map((o) => o.dor_id)).toEqual([dorId]);
    expect(list.orders[0]).toMatchObject({ doc_time: '09:00:00', status: 1, dolg: 4132.69 });
    const req = lastRequest(env.emulator, 'OrdersBetweenForAll');
    expect(JSON.parse(req.body).OrdersBetweenForAll).toEqual({
      StartDate: '10.03.2026',
      StopDate: '10.03.2026',
    });
  });
});

describe('service commands', () => {
  it('SetOrderImagesForAll base64-encodes bytes; GetOrderImagesForAll returns them as bytes', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    const dosId = env.emulator.state.orders.get(dorId)!.services[0]!.dos_id;
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xfb, 0xef, 0xbe, 0xff, 0xd9]);
    await env.client.services.setImages({ dos_id: dosId, img: jpeg });
    const req = lastRequest(env.emulator, 'SetOrderImagesForAll');
    expect(JSON.parse(req.body).SetOrderImagesForAll.img).toBe(
      encodeURIComponent(btoa(String.fromCharCode(...jpeg))),
    );
    expect(req.params.img).toBe(btoa(String.fromCharCode(...jpeg)));
    const photos = await env.client.deprecated.getOrderImages({ dor_id: dorId });
    expect(photos.photos?.[0]?.dos_id).toBe(dosId);
    expect(photos.photos?.[0]?.img).toEqual(jpeg);
  });

  it('DocsInWayBetweenForAll decodes waybills', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    const dosId = env.emulator.state.orders.get(dorId)!.services[0]!.dos_id;
    await seedWaybill(env.emulator, dosId);
    const answer = await env.client.services.docsInWayBetween({
      StartDate: '2026-03-01',
      StopDate: '2026-03-31',
    });
    expect(answer.docs_in_way?.[0]).toMatchObject({
      id: '100625',
      doc_date: '2026-03-10',
      diw_status_id: 2,
      diw_status_name: 'В пути',
      docs_in_way_serv: [{ dos_id: dosId, dor_id: dorId, date_out: '2026-03-12T15:25:00', qty_kredit: 1 }],
    });
  });
});

describe('payment commands', () => {
  it('PayForAll and ReturnPayForAll are GETs with a dot amount; OrderPaysBetweenForAll lists them', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    await env.client.payments.pay({ dor_id: dorId, amount: 1500.5, type_doc: 1, is_fiscal: true });
    const pay = lastRequest(env.emulator, 'PayForAll');
    expect(pay.method).toBe('GET');
    expect(pay.search).toContain(
      `?PayForAll=${encodeURIComponent(`{"dor_id":"${dorId}","amount":"1500.5","type_doc":"1","is_fiscal":"1"}`)}&SessionID=`,
    );
    await env.client.payments.refund({ dor_id: dorId, amount: '100.25' });
    expect(lastRequest(env.emulator, 'ReturnPayForAll').params).toMatchObject({
      amount: '100.25',
      type_doc: '1',
    });
    const pays = await env.client.payments.between({ StartDate: '2026-03-10', StopDate: '2026-03-10' });
    expect(pays.order_pays?.map((p) => [p.pay_debet, p.pay_kredit, p.doc_type])).toEqual([
      [1500.5, 0, 9],
      [0, 100.25, 9],
    ]);
    expect(pays.order_pays?.[0]).toMatchObject({
      teleph_cell: '+79990009900',
      debet: 1400.25,
      kredit: 4132.69,
      pay_date: '2026-03-10',
    });
    await expect(env.client.payments.refund({ dor_id: dorId, amount: 99999 })).rejects.toMatchObject({
      vendorMessage: 'Сумма возврата больше оплаченной',
    });
  });
});

describe('statistics commands', () => {
  it('OrderByDateTimeForAll sends dd.mm.yyyy HH:MM and reads the live `orders` key', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    const changed = await env.client.statistics.ordersChanged({
      StartDate: '2026-03-10T08:00',
      StopDate: '2026-03-10T10:00',
    });
    expect(changed.orders[0]).toMatchObject({
      dor_id: dorId,
      update: '2026-03-10T09:00:00',
      user_name: 'API',
    });
    expect(JSON.parse(lastRequest(env.emulator, 'OrderByDateTimeForAll').body).OrderByDateTimeForAll).toEqual(
      {
        StartDate: '10.03.2026%2008:00',
        StopDate: '10.03.2026%2010:00',
      },
    );
  });

  it('ClientsByDateTimeForAll decodes changed clients', async () => {
    const env = fresh();
    const { contr_id } = await env.client.clients.save({
      name: 'Иванов И.И.',
      fullname: 'Иванов Иван Иванович',
      teleph_cell: '+79990000001',
    });
    const changed = await env.client.statistics.clientsChanged({
      StartDate: '2026-03-10T00:00',
      StopDate: '2026-03-11T00:00',
    });
    const ivanov = changed.clients?.find((c) => c.contr_id === contr_id);
    expect(ivanov).toMatchObject({
      fullname: 'Иванов Иван Иванович',
      is_active: true,
      is_deleted: false,
      update: '2026-03-10T09:00:00',
      disc_rest: 'Ограничение отсутствует',
    });
  });

  it('LastChangeOrder lists changes with cur_id', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    const feed = await env.client.statistics.lastChangeOrder();
    expect(feed.last_orders).toEqual([
      expect.objectContaining({ cur_id: 1, dor_id: dorId, status_id: 1, dttm: '2026-03-10T09:00:00' }),
    ]);
    expect(lastRequest(env.emulator, 'LastChangeOrder').search).toMatch(/^\?LastChangeOrder&SessionID=/);
  });
});

describe('escape hatch', () => {
  it('client.call types documented commands and reaches undocumented ones', async () => {
    const env = fresh();
    const dorId = await saveOrder(env);
    const info = await env.client.call('OrderInfoForAll', { dor_id: dorId });
    expect(info.order?.dor_id).toBe(dorId);
    const dosId = env.emulator.state.orders.get(dorId)!.services[0]!.dos_id;
    await env.client.services.setImages({ dos_id: dosId, img: btoa('jpeg') });
    const list = await env.client.call('OrderImagesModern', { dor_id: dorId });
    const photos = list.photos as Array<{ photo_id: string }>;
    expect(photos).toHaveLength(1);
    const photo = await env.client.call(
      'PhotoOnline',
      { photo_id: photos[0]!.photo_id },
      { result: 'binary', idempotent: true },
    );
    expect(photo.contentType).toBe('image/jpeg');
    expect(new TextDecoder().decode(photo.bytes)).toBe('jpeg');
    await env.client.orders.createTrip({
      tp: 2,
      date: '2026-03-11',
      hr: '10:00',
      hr_to: '11:00',
      car_id: 1,
      tel: '+7',
      mp_status: 0,
    });
    const trips = await env.client.call('Trips', { date: '11.03.2026', detail: '1' });
    expect((trips.trips as unknown[]).length).toBe(1);
    const valid = await env.client.call('ValidSessionID');
    expect(valid.user_id).toBe('1022');
    await expect(env.client.call('NoSuchCommand')).rejects.toMatchObject({ vendorCode: 103 });
  });
});
