import { alwaysPresent } from '@x/core/internal';
import * as z from 'zod/mini';
import { zDate, zOptText, zText } from './values.js';

/** Payer fields of an invoice (inline on the wire, `hlt_MKAB`). */
export const payerShape = {
  /** Payer GUID; wire `PaymentGuid` / `PayeeGUID` / `PaymentGUID` (the document uses all three). */
  payerGuid: alwaysPresent(zOptText()),
  /** Payer's birth date, ISO `YYYY-MM-DD` (a time part is kept when the server sends one). */
  birthday: alwaysPresent(zDate()),
  /** Фамилия. */
  family: alwaysPresent(zText()),
  /** Имя. */
  name: alwaysPresent(zText()),
  /** Отчество, when any. */
  ot: zOptText(),
};

/** Contact fields of the payer. */
export const contactsShape = {
  /** Contact phone; wire `contactMPhone` / `contactMPPhone`. */
  contactMPhone: zOptText(),
  /** Contact e-mail. */
  contactEmail: zOptText(),
};

/** The contacts as a standalone model. */
export const Contacts = z.looseObject(contactsShape);
/** Decoded contacts. */
export type Contacts = z.output<typeof Contacts>;

/** The payer and contacts as a standalone model. */
export const Payer = z.looseObject({ ...payerShape, ...contactsShape });
/** A decoded payer. */
export type Payer = z.output<typeof Payer>;
