import { OkResult } from '../schemas/common.js';
import { DateRangeParams } from '../schemas/orders.js';
import { DocsInWayResult, SetOrderImagesParams } from '../schemas/services.js';
import { command } from './define.js';

/** Services (работа с услугами). */
export const serviceOperations = {
  /** `SetOrderImagesForAll`: attaches a JPEG photo to an order service. Never retried. */
  setImages: command({
    wire: 'SetOrderImagesForAll',
    method: 'POST',
    session: true,
    idempotent: false,
    verify:
      "list the order's photos (GetOrderImagesForAll / OrderImagesModern through client.call) and check whether these images are there",
    input: SetOrderImagesParams,
    output: OkResult,
    doc: 'Attaches a JPEG photo (bytes or base64) to the order service dos_id.',
  }),
  /** `DocsInWayBetweenForAll`: waybills in transit in a date range. */
  docsInWayBetween: command({
    wire: 'DocsInWayBetweenForAll',
    personal: ['contr_name', 'comments'],
    method: 'POST',
    session: true,
    range: true,
    idempotent: true,
    input: DateRangeParams,
    output: DocsInWayResult,
    doc: 'Waybills in transit between two dates (inclusive), with their service lines.',
  }),
};
