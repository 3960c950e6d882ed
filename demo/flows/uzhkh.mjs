// «Умное ЖКХ»: drain the change feed into a local store, give a meter created on the platform
// an external id, handle a registration request, download every account, drain deleted items.
import { UzhkhClient, isTemporaryId } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';

/**
 * What happens on the platform: a resident adds a meter in the app and sends a reading, pays, the
 * manager publishes news, someone asks to attach an account (five change records). Returns the
 * meter, created with a temporary id. The uzhkh benchmark feeds the same changes.
 */
export function platformChanges(emulator) {
  const meter = emulator.upsertCounter({
    FlatId: 'obj-7',
    CounterTypeIdentifier: 'WaterHotM3',
    Value1: 12.3,
  });
  emulator.sendReading(String(meter.Id), { Value1: 14.8 });
  emulator.addPayment({ Id: 'pay-1', AccountId: 'acc-7', AccountNumber: '100007', Sum: 2150.4 });
  emulator.upsertDoc({ Id: '1', TypeName: 'news', Title: 'Отключение горячей воды 12.06' });
  emulator.addRequestToRegister({ Id: 'reg-1', AccountNumber: '100008' });
  return meter;
}

export default async function run({ log }) {
  const token = 'demo-token-uzhkh';
  const emulator = new UzhkhEmulator({ token, allowedIps: ['127.0.0.1', '::1'] });
  emulator.seedAccounts(1050);
  const server = await emulator.serve();
  try {
    log(`emulator on ${server.url}, 1,050 accounts seeded, IP allow-list 127.0.0.1`);
    const client = new UzhkhClient({ baseUrl: `${server.url}/customer-42/`, token, allowHttp: true });

    // What happens on the platform (see platformChanges).
    const meter = platformChanges(emulator);
    log(`platform made 5 changes; meter created with temporary id ${meter.Id}`);

    // Drain the feed into a local store. The meter carries a temporary id: returning our own id
    // makes the consumer send it as objectId with the acknowledgement.
    const store = new Map();
    let nextMeter = 1;
    const assigned = new Map();
    const result = await client.feed.consume(async (record) => {
      if (record.kind === 'counter') {
        const id = record.Counter.Id;
        const ours = isTemporaryId(id)
          ? (assigned.get(id) ?? `MTR-${String(nextMeter++).padStart(4, '0')}`)
          : id;
        assigned.set(id, ours);
        store.set(`counter:${ours}`, record.Counter);
        return ours;
      }
      if (record.kind === 'unknown' || record.kind === 'invalid') return undefined;
      const entity = record[Object.keys(record).find((k) => k !== 'kind' && k !== 'Guid')];
      store.set(`${record.kind}:${entity.Id}`, entity);
      return undefined;
    });
    log(
      `feed drained: ${result.handled} records handled, ${result.acknowledged} acknowledged in ${result.batches} reads (${result.stoppedBy}); local store has ${store.size} entries`,
    );
    log(
      `meter ${meter.Id} is now ${[...assigned.values()][0]} on the platform: ${emulator.state.find('counter', [...assigned.values()][0]) ? 'yes' : 'no'}`,
    );

    // A second meter gets its id through SetId instead.
    const second = emulator.upsertCounter({ FlatId: 'obj-9', CounterTypeIdentifier: 'ElectricityTotalKwh' });
    const outcome = await client.setId(String(second.Id), 'MTR-0100', 'counter');
    log(`SetId ${second.Id} → MTR-0100: ${outcome.outcome} (HTTP ${outcome.status})`);
    const again = await client.setId(String(second.Id), 'MTR-0100', 'counter');
    log(`SetId repeated with the old temporary id: ${again.outcome} (the id was already replaced)`);

    // The registration request that arrived through the feed.
    await client.registrations.handleRequestToRegister({
      id: 'reg-1',
      isApprove: true,
      isReject: false,
      isSendNotification: true,
    });
    log('HandleRequestToRegister reg-1: approved, resident notified');

    // Full download of accounts, page by page until NoResults.
    let pages = 0;
    let accounts = 0;
    let balance = 0;
    for await (const page of client.download.accounts().pages()) {
      pages++;
      accounts += page.length;
      for (const a of page) balance += a.Balance;
    }
    log(
      `DownloadAccounts: ${accounts} accounts in ${pages} pages (${emulator.count('Synchronization/DownloadAccounts')} requests, the last one NoResults); total balance ${balance.toFixed(2)}`,
    );

    // Deletions on the platform.
    emulator.remove('doc', '1', 'news');
    const deleted = [];
    await client.feed.consumeDeleted((item) => {
      deleted.push(`${item.Type}:${item.Id}`);
      store.delete(`doc:${item.Id}`);
    });
    log(
      `deleted items drained: ${deleted.join(', ')}; queue left: ${emulator.state.queue.length} change(s) (the SetId meter)`,
    );
  } finally {
    await server.close();
  }
}
