import { alwaysPresent } from '@x/core/internal';
import * as z from 'zod/mini';
import { zMoney, zOptText, zVatRate } from './values.js';

/**
 * One line of the `Services` array of an invoice (a medical service). Field names are the
 * document's; `smGuid` is the SDK's one spelling of `smguid` / `smg uid`.
 */
export const ServiceLine = z.looseObject({
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

/** A decoded invoice line. */
export type ServiceLine = z.output<typeof ServiceLine>;
