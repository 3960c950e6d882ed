// The quick start of every package README, run against each package's emulator on 127.0.0.1,
// through the packed packages as an app installs them. Loaded by app.mjs (ESM builds, also on Bun
// and Deno) and app.cjs (CommonJS builds), which pass in the modules they imported, so the same
// steps exercise both builds. Throws on the first wrong answer.
'use strict';

function check(cond, what) {
  if (!cond) throw new Error(`unexpected result: ${what}`);
}

/**
 * The README's AGBIS client (user `api`, `password`) against an AGBIS emulator on 127.0.0.1, for
 * `use(agbis, running)`; the emulator is closed after it.
 */
async function withAgbis(m, password, use) {
  const running = await m.agbisTesting.startAgbisEmulator();
  const agbis = new m.agbis.AgbisClient({
    baseUrl: running.baseUrl,
    allowHttp: true,
    user: 'api',
    password,
  });
  try {
    await use(agbis, running);
  } finally {
    await running.close();
  }
}

/**
 * @param {{ core: any, coreTesting: any, tmmis: any, tmmisTesting: any, uzhkh: any, uzhkhTesting: any,
 *   partnerapi: any, partnerapiTesting: any, agbis: any, agbisTesting: any }} m
 * @param {(line: string) => void} log
 */
module.exports = async function run(m, log) {
  // @x/core README: error classes are shared by every client; instanceof works across packages.
  await withAgbis(m, 'wrong', async (agbis) => {
    try {
      await agbis.clients.info({ contr_id: 1 });
      throw new Error('a wrong password was accepted');
    } catch (error) {
      check(error instanceof m.core.AuthError && error instanceof m.core.ApiError, `AuthError, got ${error}`);
    }
  });
  log('core: errors from a client are @x/core AuthError/ApiError');

  // @x/tmmis README quick start: register a desk, find an invoice, receive it, pay it.
  {
    const emulator = new m.tmmisTesting.TmmisEmulator({ strict: true, auth: { bearer: 'token' } });
    const seeded = emulator.addInvoice(m.tmmisTesting.generateInvoice({ lines: 2, seed: 1 }));
    const server = await emulator.serve();
    try {
      const tmmis = new m.tmmis.TmmisClient({
        baseUrl: server.url,
        ogrn: m.tmmisTesting.DEMO_OGRN,
        oid: m.tmmisTesting.DEMO_OID,
        auth: { bearer: 'token' },
        allowHttp: true,
      });
      const deskGuid = '6f9619ff-8b86-d011-b42d-00c04fc964ff';
      await tmmis.cashDesks.register({ Guid: deskGuid, Name: 'Касса регистратуры', Code: 'K1' });
      const {
        invoices: [invoice],
      } = await tmmis.invoices.byNumber({ number: seeded.invoiceNumber });
      check(invoice && invoice.invoiceGuid === seeded.invoiceGuid, 'ByNumber finds the invoice');
      await tmmis.invoices.receive({ invoiceGuid: invoice.invoiceGuid });
      await tmmis.invoices.pay({
        invoiceGuid: invoice.invoiceGuid,
        checkNum: '0001',
        BillDate: new Date(),
        cashdeskGuid: deskGuid,
        Type: 1,
        Payments: [{ paySum: invoice.paySum, PaymentType: 3 }],
      });
      check(emulator.invoice(invoice.invoiceGuid).statusLabel === 'Оплачен', 'the invoice is paid');
    } finally {
      await server.close();
    }
    log('tmmis: cash desk registered, invoice found, received and paid');
  }

  // @x/uzhkh README quick start: drain the feed, download accounts, SetId.
  {
    const emulator = new m.uzhkhTesting.UzhkhEmulator({ token: 't0ken', allowedIps: ['127.0.0.1', '::1'] });
    emulator.seedAccounts(7);
    const meter = emulator.upsertCounter({ CounterTypeIdentifier: 'WaterHotM3' });
    const server = await emulator.serve();
    try {
      const client = new m.uzhkh.UzhkhClient({
        baseUrl: `${server.url}/link/`,
        token: 't0ken',
        allowHttp: true,
      });
      const seen = [];
      await client.feed.consume(async (record) => {
        seen.push(record.kind);
        if (record.kind === 'counter' && m.uzhkh.isTemporaryId(record.Counter.Id)) return 'MTR-0042';
        return undefined;
      });
      check(seen.includes('counter'), `the feed delivers the meter (${seen.join(',')})`);
      let accounts = 0;
      for await (const _ of client.download.accounts()) accounts++;
      check(accounts === 7, `7 accounts downloaded, got ${accounts}`);
      const { outcome } = await client.setId('--999', 'MTR-1', 'counter');
      check(outcome === 'notFound', `SetId of an unknown id is notFound, got ${outcome}`);
      check(meter.Id !== undefined, 'meter created');
    } finally {
      await server.close();
    }
    log('uzhkh: feed drained with acknowledgements, 7 accounts downloaded, SetId answered');
  }

  // @x/partnerapi README quick start: regions, a client, a user, an agent.
  {
    const emulator = new m.partnerapiTesting.PartnerApiEmulator({ users: { partner: 'secret' } });
    const server = await emulator.serve();
    try {
      const api = new m.partnerapi.PartnerApiClient({
        endpoint: server.url,
        user: 'partner',
        password: 'secret',
        allowHttp: true,
      });
      const regions = await api.region.read();
      check(regions.length > 0, 'regions');
      const [client] = await api.client.addIts({
        client_name: 'ООО «Ромашка»',
        region_id: regions[0].region_id,
        client_reg_num: '800123456',
        pay_method_type_id: 4,
      });
      const [user] = await api.clientUser.add({ client_id: client.client_id, client_user_name: 'Мария' });
      const [agent] = await api.agentUser.add({ client_user_id: user.client_user_id });
      check(typeof agent.agent_user_id === 'string', 'agent created');
      try {
        await api.client.addIts({
          client_name: 'X',
          region_id: regions[0].region_id,
          client_reg_num: '12345',
          pay_method_type_id: 4,
        });
        throw new Error('an invalid registration number was accepted');
      } catch (e) {
        check(e instanceof m.core.RequestValidationError, `RequestValidationError, got ${e}`);
      }
      check(emulator.count('client_add_its') === 1, 'the invalid number was never sent');
    } finally {
      await server.close();
    }
    log('partnerapi: regions read, client, user and agent added, invalid number refused before sending');
  }

  // @x/agbis README quick start: client, order with a child service and an addon, payment, receipt.
  await withAgbis(m, 'secret', async (agbis, running) => {
    const client = await agbis.clients.save({
      name: 'Иванова А. П.',
      fullname: 'Иванова Анна Петровна',
      teleph_cell: '+79991234567',
    });
    const prices = await agbis.reference.priceList({ tovar_type: 2 });
    const item = prices.price_list[0];
    const order = new m.agbis.OrderBuilder({
      contr_id: client.contr_id,
      sclad_id: 1003,
      sclad_out_id: 1003,
    });
    const coat = order.service({
      tovar_id: item.id,
      count: 1,
      addons: [m.agbis.addon(111, m.agbis.addonValue.string('Бежевый'))],
    });
    order.child(coat, { tovar_id: item.id, count: 1 });
    const { dor_id } = await agbis.orders.save(order.build());
    await agbis.payments.pay({ dor_id, amount: 1, type_doc: 1 });
    const receipt = await agbis.orders.receiptOnline({ dor_id, typeExport: 'pdf' });
    check(receipt.bytes.length > 0, 'receipt bytes');
    await agbis.close();
    check(running.emulator.count('Logout') === 1, 'logged out');
  });
  log('agbis: client, order with a child service, payment, receipt, logout');
};
