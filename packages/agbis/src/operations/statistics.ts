import { NoParams } from '../schemas/common.js';
import { OrderListResult } from '../schemas/orders.js';
import { ChangedClientsResult, DateTimeRangeParams, LastChangeOrderResult } from '../schemas/statistics.js';
import { command } from './define.js';

/** Statistics (статистическая информация): what changed. */
export const statisticsOperations = {
  /** `OrderByDateTimeForAll`: orders changed in a time range (list key `orders`, also accepted as `order`). */
  ordersChanged: command({
    wire: 'OrderByDateTimeForAll',
    method: 'POST',
    session: true,
    range: true,
    idempotent: true,
    input: DateTimeRangeParams,
    output: OrderListResult,
    doc: 'Orders changed between two date-times, with services, goods and payments; wide ranges answer HTTP 504 (use the stream helper).',
  }),
  /** `ClientsByDateTimeForAll`: clients changed in a time range. */
  clientsChanged: command({
    wire: 'ClientsByDateTimeForAll',
    personal: ['fullname', 'name', 'telephone', 'teleph_cell', 'email', 'address', 'birth_day'],
    method: 'POST',
    session: true,
    range: true,
    idempotent: true,
    input: DateTimeRangeParams,
    output: ChangedClientsResult,
    doc: 'Clients changed between two date-times, with balances and counters.',
  }),
  /** `LastChangeOrder`: the latest order changes (cur_id, status); empty on some accounts. */
  lastChangeOrder: command({
    wire: 'LastChangeOrder',
    method: 'GET',
    session: true,
    idempotent: true,
    input: NoParams,
    output: LastChangeOrderResult,
    doc: 'Latest order changes (cur_id, dttm, dor_id, status_id); some accounts always get an empty list, so prefer OrderByDateTimeForAll for syncing.',
  }),
};
