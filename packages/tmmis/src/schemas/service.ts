import { alwaysPresent, named } from '@x/core/internal';
import * as z from 'zod/mini';
import { type VatRate, zMoney, zOptText, zVatRate } from './values.js';

/**
 * One line of the `Services` array of an invoice (a medical service). Field names are the
 * document's; `smGuid` is the SDK's one spelling of `smguid` / `smg uid`.
 */
const serviceLineSchema = z.looseObject({
  /** GUID of the service (`oms_ServiceMedical.GUIDSM`); wire `smguid`. */
  smGuid: alwaysPresent(zOptText()),
  /** Service code (`ServiceMedicalCode`). */
  smCode: alwaysPresent(zOptText()),
  /** Service name. */
  smName: alwaysPresent(zOptText()),
  /** VAT rate: -1 no VAT, 0, 10, 18, 20 (and newer rates such as 5, 7, 22). */
  Tax: alwaysPresent(zVatRate()),
  /** Quantity, `decimal(9, 2)`. */
  smCount: alwaysPresent(zMoney()),
  /** Line total after discount (discounted price × quantity). */
  smCost: alwaysPresent(zMoney()),
  /** Unit price after discount. */
  smPrice: alwaysPresent(zMoney()),
});

/**
 * One line of an invoice's `Services` (a medical service), decoded. Money is in roubles exactly as
 * sent (never rounded). Fields the server adds are kept.
 */
export interface ServiceLine {
  /** GUID of the service (`oms_ServiceMedical.GUIDSM`); wire `smguid` / `smg uid`; `null` when empty. */
  smGuid: string | null;
  /** Service code (`ServiceMedicalCode`); `null` when empty. */
  smCode: string | null;
  /** Service name; `null` when empty. */
  smName: string | null;
  /** VAT rate (`Tax`): -1 no VAT, 0, 10, 18, 20 (and newer rates such as 5, 7, 22). */
  Tax: VatRate;
  /** Quantity (`smCount`, `decimal(9, 2)`). */
  smCount: number;
  /** Line total after discount, roubles (discounted price × quantity). */
  smCost: number;
  /** Unit price after discount, roubles. */
  smPrice: number;
  /** Fields the server sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link ServiceLine}. */
export const ServiceLine = named<ServiceLine>()(serviceLineSchema);
