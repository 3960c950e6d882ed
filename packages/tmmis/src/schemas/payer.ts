import { alwaysPresent, named } from '@x/core/internal';
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

/** The payer's contacts, decoded; each is `null` when the server sent none. */
export interface Contacts {
  /** Contact phone; wire `contactMPhone` / `contactMPPhone`. */
  contactMPhone: string | null;
  /** Contact e-mail (`contactEmail`). */
  contactEmail: string | null;
  /** Fields the server sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link Contacts} (the contacts as a standalone model). */
export const Contacts = named<Contacts>()(z.looseObject(contactsShape));

/** The payer of an invoice (`hlt_MKAB`, inline on the wire) with their contacts, decoded. */
export interface Payer extends Contacts {
  /** Payer GUID; wire `PaymentGuid` / `PayeeGUID` / `PaymentGUID` (the document uses all three). */
  payerGuid: string | null;
  /** Birth date, ISO `YYYY-MM-DD` (a time part is kept when the server sends one); `null` when empty. */
  birthday: string | null;
  /** Фамилия (family name, `family`). */
  family: string;
  /** Имя (given name, `name`). */
  name: string;
  /** Отчество (patronymic, `ot`), `null` when none. */
  ot: string | null;
}
/** Schema of {@link Payer} (the payer and contacts as a standalone model). */
export const Payer = named<Payer>()(z.looseObject({ ...payerShape, ...contactsShape }));
