// AGBIS flow: log in, create a client, save an order with two services and an addon, pay part,
// stream last month's orders, download a receipt — against the built emulator on a loopback port.
import { AgbisClient, OrderBuilder, addon, addonValue } from '@x/agbis';
import { startAgbisEmulator } from '@x/agbis/testing';

export default async function run({ log }) {
  const server = await startAgbisEmulator({ path: 'demo-cleaner' });
  const { emulator } = server;
  const agbis = new AgbisClient({
    baseUrl: server.baseUrl,
    allowHttp: true,
    user: 'api',
    password: 'secret',
  });
  try {
    const lists = await agbis.reference.orderLists();
    log(
      `logged in lazily (Login sent ${emulator.count('Login')}×); urgency types: ${lists.order_times.map((t) => t.name).join(', ')}`,
    );

    const client = await agbis.clients.save({
      name: 'Иванова А. П.',
      fullname: 'Иванова Анна Петровна',
      teleph_cell: '+79991234567',
      email: 'anna+dry@example.com',
      birthday: '1985-04-12',
    });
    const card = await agbis.clients.findByPhone({ teleph_cell: '+79991234567' });
    log(`client ${client.contr_id} created (WasNew=${client.WasNew}); found by phone as "${card.fullname}"`);

    const prices = await agbis.reference.priceList({ tovar_type: 2 });
    const coat = prices.price_list?.[0];
    const repair = prices.price_list?.find((p) => p.name.startsWith('Ремонт'));
    const builder = new OrderBuilder({
      contr_id: client.contr_id,
      sclad_id: 1003,
      sclad_out_id: 1003,
      date_out: new Date(Date.now() + 2 * 86_400_000),
    });
    const main = builder.service({
      tovar_id: coat.id,
      count: 1,
      addons: [addon(111, addonValue.string('Бежевый, с пятном & потёртостью'))],
    });
    builder.child(main, { tovar_id: repair.id, count: 1 });
    builder.comment('Срочно: к пятнице');
    const { dor_id } = await agbis.orders.save(builder.build());
    const { order } = await agbis.orders.info({ dor_id });
    log(
      `order ${dor_id} saved: ${order.Srvices.map((s) => `${s.service}${s.parent_id ? ` (child of ${s.parent_id})` : ''}`).join(' + ')}, addon "${order.Srvices[0].addons[0].aos_value}", total ${order.kredit}`,
    );

    const part = Math.round(order.kredit * 0.4 * 100) / 100;
    await agbis.payments.pay({ dor_id, amount: part, type_doc: 1 });
    const after = await agbis.orders.info({ dor_id });
    log(
      `paid ${part} by card (PayForAll sent ${emulator.count('PayForAll')}×); still due ${(after.order.kredit - after.order.debet).toFixed(2)}`,
    );

    const today = new Date();
    const monthAgo = new Date(today.getTime() - 30 * 86_400_000);
    let count = 0;
    for await (const o of agbis.streams.ordersBetween({ from: monthAgo, to: today, windowDays: 7 })) {
      count++;
      log(`  streamed order ${o.dor_id} of ${o.doc_date}: ${o.status_name}, debt ${o.dolg}`);
    }
    log(`streamed ${count} order(s) of the last 30 days in ${emulator.count('OrdersBetweenForAll')} windows`);

    const receipt = await agbis.orders.receiptOnline({ dor_id, typeExport: 'pdf' });
    log(`receipt downloaded: ${receipt.bytes.length} bytes of ${receipt.contentType}`);
  } finally {
    await agbis.close();
    log(`logged out (Logout sent ${emulator.count('Logout')}×)`);
    await server.close();
  }
}
