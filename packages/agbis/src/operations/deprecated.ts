import { OrderImagesParams, OrderImagesResult } from '../schemas/services.js';
import { command } from './define.js';

/** Obsolete commands the vendor still serves. */
export const deprecatedOperations = {
  /**
   * `GetOrderImagesForAll`: photos of an order's services.
   * @deprecated The vendor marks it obsolete: use OrderImagesModern for the list and PhotoOnline for
   * a photo (through `client.call`).
   */
  getOrderImages: command({
    wire: 'GetOrderImagesForAll',
    method: 'GET',
    session: true,
    idempotent: true,
    input: OrderImagesParams,
    output: OrderImagesResult,
    deprecated: 'OrderImagesModern (list) and PhotoOnline (one photo), via client.call',
    doc: 'Photos of the services of an order, as bytes. Obsolete: use OrderImagesModern and PhotoOnline.',
  }),
};
