import { OkResult } from '../schemas/common.js';
import {
  ChangeStatusParams,
  OrderInfoParams,
  OrderInfoResult,
  OrderListResult,
  OrdersBetweenParams,
  ReceiptFile,
  ReceiptParams,
  ReceiptResult,
  SaveOrderParams,
  SaveOrderResult,
  TripOrderParams,
  TripOrderResult,
  TripParams,
  TripResult,
  UpdateOrderParams,
} from '../schemas/orders.js';
import { command } from './define.js';

/** Orders (работа с заказами). */
export const orderOperations = {
  /** `SaveOrderForAll`: creates an order with services and addons. Billed; never retried. */
  save: command({
    wire: 'SaveOrderForAll',
    personal: ['Comments'],
    method: 'POST',
    session: true,
    idempotent: false,
    verify:
      "look for the new order with orders.between({ StartDate, StopDate }) or statistics.ordersChanged() (same client, today's date, the same services) before saving again, or a duplicate order is created",
    input: SaveOrderParams,
    output: SaveOrderResult,
    doc: 'Creates an order with its services, addons and comments; returns dor_id (and confirm_link when asked).',
  }),
  /** `UpdateOrderForAll`: changes an order, its services and addons. Never retried. */
  update: command({
    wire: 'UpdateOrderForAll',
    personal: ['Comments'],
    method: 'POST',
    session: true,
    idempotent: false,
    verify: 'read the order with orders.info({ dor_id }) and compare it with the change',
    input: UpdateOrderParams,
    output: SaveOrderResult,
    doc: 'Changes an existing order: header fields, services (new or by dos_id) and addons (new or by aos_id).',
  }),
  /** `ChangeStatusOrdersForAll`: sets the status of orders. Never retried. */
  changeStatus: command({
    wire: 'ChangeStatusOrdersForAll',
    method: 'POST',
    session: true,
    idempotent: false,
    verify: 'read the orders with orders.info({ dor_id }) and check their status_id',
    input: ChangeStatusParams,
    output: OkResult,
    doc: 'Sets the status of one or more orders (1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled).',
  }),
  /** `TripOrder`: books (or edits) a courier trip. Never retried. */
  createTrip: command({
    wire: 'TripOrder',
    personal: ['address', 'comment', 'tel', 'fio'],
    method: 'GET',
    session: true,
    idempotent: false,
    verify:
      "look for the booking in the AGBIS interface or with orders.between() for the slot's date (a lost answer also loses the new trip id) before booking again, or a second courier trip is booked",
    input: TripOrderParams,
    output: TripOrderResult,
    doc: 'Books a courier trip for a time slot (tp 1 pick-up, 2 delivery), or edits the trip named by id.',
  }),
  /** `Trip`: a trip with its bags and orders. */
  trip: command({
    wire: 'Trip',
    personal: ['address', 'comment', 'comm'],
    method: 'GET',
    session: true,
    idempotent: true,
    input: TripParams,
    output: TripResult,
    doc: 'A trip with its bags (messages) and orders.',
  }),
  /** `OrderInfoForAll`: one order with services (`Srvices`), goods and payments. */
  info: command({
    wire: 'OrderInfoForAll',
    method: 'GET',
    session: true,
    idempotent: true,
    input: OrderInfoParams,
    output: OrderInfoResult,
    doc: 'One order by dor_id with its services (key Srvices), goods (Tovars) and addons.',
  }),
  /** `Receipt` (obsolete variant): the name of a receipt document on the server. */
  receipt: command({
    wire: 'Receipt',
    method: 'GET',
    session: true,
    idempotent: true,
    input: ReceiptParams,
    output: ReceiptResult,
    doc: 'Obsolete receipt variant: returns a document name (png) to open under https://www.himinfo.ru/upload_files/<name>.pdf.',
  }),
  /** `ReceiptOnline`: the receipt file itself (pdf, png or svg) as bytes with its content type. */
  receiptOnline: command({
    wire: 'ReceiptOnline',
    method: 'GET',
    session: true,
    idempotent: true,
    result: 'binary',
    input: ReceiptParams,
    output: ReceiptFile,
    doc: 'The receipt of an order as a file: pdf (default), png or svg, returned as bytes with the content type.',
  }),
  /** `OrdersBetweenForAll`: orders accepted in a date range. */
  between: command({
    wire: 'OrdersBetweenForAll',
    method: 'POST',
    session: true,
    range: true,
    idempotent: true,
    input: OrdersBetweenParams,
    output: OrderListResult,
    doc: 'Orders between two dates (inclusive), with services and payments; long ranges may time out (use the stream helper).',
  }),
};
