import { p } from '../schemas/params.js';
import { type ContactEditFields, contactEditOperands } from './contact.js';
import {
  CLIENT_USER,
  CLIENT_USER_BIRTHDAY,
  CLIENT_USER_CONTACT,
  PARTNER_USER,
  PARTNER_USER_BIRTHDAY,
  PARTNER_USER_CONTACT,
  type PartnerUserRow,
  type PartnerUserBirthdayRow,
  type PartnerUserContactRow,
  type ClientUserRow,
  type ClientUserBirthdayRow,
  type ClientUserContactRow,
} from '../schemas/users.js';
import { flagOp, rowsOp, namedOp } from './define.js';

const pkey = ['partner_user_id'] as const;
const ckey = ['client_user_id'] as const;

/** Input of `partnerUser.read` (PartnerAPI `partner_user_read`; every operand is optional; the whole input may be left out). */
export interface PartnerUserReadInput {
  /** Partner user (сотрудник) УИД; optional: `null` or left out sends nil. */
  partner_user_id?: string | null;
  /** Include deleted records (`true`); default: not; optional: `null` or left out sends nil. */
  include_deleted?: boolean | null;
}

/** Input of `partnerUser.readWithBirthday` (PartnerAPI `partner_user_read_with_birthday`): the same operands as `partnerUser.read`. */
export type PartnerUserReadWithBirthdayInput = PartnerUserReadInput;

/** Input of `partnerUser.add` (PartnerAPI `partner_user_add`). */
export interface PartnerUserAddInput {
  /** First name. */
  partner_user_name: string;
  /** Family name; optional: `null` or left out sends nil. */
  partner_user_family_name?: string | null;
  /** Patronymic; optional: `null` or left out sends nil. */
  partner_user_father_name?: string | null;
}

/** Input of `partnerUser.setBirthday` (PartnerAPI `partner_user_set_birthday`). */
export interface PartnerUserSetBirthdayInput {
  /** Partner user (сотрудник) УИД. */
  partner_user_id: string;
  /** Birthday (personal data): ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`. */
  birthday: string | Date;
}

/** Input of `partnerUser.edit` (PartnerAPI `partner_user_edit`). */
export interface PartnerUserEditInput {
  /** Partner user (сотрудник) УИД. */
  partner_user_id: string;
  /** First name; optional: `null` or left out sends nil. */
  partner_user_name?: string | null;
  /** Family name; optional: `null` or left out sends nil. */
  partner_user_family_name?: string | null;
  /** Patronymic; optional: `null` or left out sends nil. */
  partner_user_father_name?: string | null;
}

/** Input of `partnerUser.delete` (PartnerAPI `partner_user_delete`). */
export interface PartnerUserDeleteInput {
  /** Partner user (сотрудник) УИД. */
  partner_user_id: string;
}

/** Input of `partnerUser.contactRead` (PartnerAPI `partner_user_contact_read`; every operand is optional; the whole input may be left out). */
export interface PartnerUserContactReadInput {
  /** Partner user (сотрудник) УИД; optional: `null` or left out sends nil. */
  partner_user_id?: string | null;
  /** Contact kind УИД (see `dictionaries.contactTypeRead`); optional: `null` or left out sends nil. */
  contact_type_id?: string | null;
}

/** Input of `partnerUser.contactEdit` (PartnerAPI `partner_user_contact_edit`). */
export interface PartnerUserContactEditInput extends ContactEditFields {
  /** Partner user (сотрудник) УИД. */
  partner_user_id: string;
}

/** Employees of the current partner (сотрудники партнера): partner_user_*. */
export const partnerUserOperations = {
  /** `partner_user_read`: the partner's employees; deleted ones only with include_deleted=true. Key: partner_user_id. */
  read: namedOp<PartnerUserReadInput | undefined, PartnerUserRow[]>()(
    rowsOp({
      wire: 'partner_user_read',
      idempotent: true,
      doc: 'Reads the employees of the current partner.',
      params: { partner_user_id: p.idOpt(), include_deleted: p.boolOpt() },
      columns: PARTNER_USER,
      key: pkey,
    }),
  ),
  /** `partner_user_read_with_birthday`: partner_user_read plus partner_user_birthday. Key: partner_user_id. */
  readWithBirthday: namedOp<PartnerUserReadWithBirthdayInput | undefined, PartnerUserBirthdayRow[]>()(
    rowsOp({
      wire: 'partner_user_read_with_birthday',
      idempotent: true,
      doc: 'Reads the employees of the current partner with their birthdays.',
      params: { partner_user_id: p.idOpt(), include_deleted: p.boolOpt() },
      columns: PARTNER_USER_BIRTHDAY,
      key: pkey,
    }),
  ),
  /** `partner_user_add`: adds an employee to the current partner. Key: partner_user_id. */
  add: namedOp<PartnerUserAddInput, PartnerUserRow[]>()(
    rowsOp({
      wire: 'partner_user_add',
      idempotent: false,
      verify: 'look for the user with partnerUser.read() before adding again',
      doc: 'Adds an employee to the current partner.',
      params: {
        partner_user_name: p.text(),
        partner_user_family_name: p.textOpt(),
        partner_user_father_name: p.textOpt(),
      },
      columns: PARTNER_USER,
      key: pkey,
    }),
  ),
  /**
   * `partner_user_set_birthday`: sets an employee's birthday; returns whether it was changed. The
   * document's signature says `client_id`, its table `partner_user_id`; partner_user_id is sent.
   */
  setBirthday: namedOp<PartnerUserSetBirthdayInput, boolean>()(
    flagOp({
      wire: 'partner_user_set_birthday',
      idempotent: false,
      verify: 'read the user back with partnerUser.readWithBirthday() and compare the birth date',
      doc: "Sets a partner employee's birthday.",
      params: { partner_user_id: p.id(), birthday: p.date() },
    }),
  ),
  /** `partner_user_edit`: changes the name parts; null leaves a part unchanged, "" clears it. Key: partner_user_id. */
  edit: namedOp<PartnerUserEditInput, PartnerUserRow[]>()(
    rowsOp({
      wire: 'partner_user_edit',
      idempotent: false,
      verify: 'read the user back with partnerUser.read() and compare it with the change',
      doc: 'Changes the name of a partner employee.',
      params: {
        partner_user_id: p.id(),
        partner_user_name: p.textOpt(),
        partner_user_family_name: p.textOpt(),
        partner_user_father_name: p.textOpt(),
      },
      columns: PARTNER_USER,
      key: pkey,
    }),
  ),
  /** `partner_user_delete`: deletes or restores (toggles) an employee; partner_user_del flips. Key: partner_user_id. */
  delete: namedOp<PartnerUserDeleteInput, PartnerUserRow[]>()(
    rowsOp({
      wire: 'partner_user_delete',
      idempotent: false,
      verify: 'check with partnerUser.read() whether the user is still there',
      doc: 'Deletes a partner employee, or restores a deleted one.',
      params: { partner_user_id: p.id() },
      columns: PARTNER_USER,
      key: pkey,
    }),
  ),
  /** `partner_user_contact_read`: employee contacts (contact_type_code = 3). Key: partner_user_id, contact_type_id. */
  contactRead: namedOp<PartnerUserContactReadInput | undefined, PartnerUserContactRow[]>()(
    rowsOp({
      wire: 'partner_user_contact_read',
      idempotent: true,
      doc: 'Reads the contact information of partner employees.',
      params: { partner_user_id: p.idOpt(), contact_type_id: p.idOpt() },
      columns: PARTNER_USER_CONTACT,
      key: ['partner_user_id', 'contact_type_id'],
    }),
  ),
  /** `partner_user_contact_edit`: sets one contact of an employee (any value overwrites). Key: partner_user_id, contact_type_id. */
  contactEdit: namedOp<PartnerUserContactEditInput, PartnerUserContactRow[]>()(
    rowsOp({
      wire: 'partner_user_contact_edit',
      idempotent: false,
      verify: 'read the contacts back with partnerUser.contactRead() and compare them with the change',
      doc: 'Changes one contact of a partner employee.',
      params: { partner_user_id: p.id(), ...contactEditOperands },
      columns: PARTNER_USER_CONTACT,
      key: ['partner_user_id', 'contact_type_id'],
    }),
  ),
};

/** Input of `clientUser.read` (PartnerAPI `client_user_read`; every operand is optional; the whole input may be left out). */
export interface ClientUserReadInput {
  /** Client user УИД; optional: `null` or left out sends nil. */
  client_user_id?: string | null;
  /** Client УИД; optional: `null` or left out sends nil. */
  client_id?: string | null;
  /** Include deleted records (`true`); default: not; optional: `null` or left out sends nil. */
  include_deleted?: boolean | null;
}

/** Input of `clientUser.readWithBirthday` (PartnerAPI `client_user_read_with_birthday`): the same operands as `clientUser.read`. */
export type ClientUserReadWithBirthdayInput = ClientUserReadInput;

/** Input of `clientUser.add` (PartnerAPI `client_user_add`). */
export interface ClientUserAddInput {
  /** Client УИД. */
  client_id: string;
  /** First name. */
  client_user_name: string;
  /** Family name; optional: `null` or left out sends nil. */
  client_user_family_name?: string | null;
  /** Patronymic; optional: `null` or left out sends nil. */
  client_user_father_name?: string | null;
}

/** Input of `clientUser.edit` (PartnerAPI `client_user_edit`). */
export interface ClientUserEditInput {
  /** Client user УИД. */
  client_user_id: string;
  /** First name; optional: `null` or left out sends nil. */
  client_user_name?: string | null;
  /** Family name; optional: `null` or left out sends nil. */
  client_user_family_name?: string | null;
  /** Patronymic; optional: `null` or left out sends nil. */
  client_user_father_name?: string | null;
}

/** Input of `clientUser.setBirthday` (PartnerAPI `client_user_set_birthday`). */
export interface ClientUserSetBirthdayInput {
  /** Client user УИД. */
  client_user_id: string;
  /** Birthday (personal data): ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`. */
  birthday: string | Date;
}

/** Input of `clientUser.delete` (PartnerAPI `client_user_delete`). */
export interface ClientUserDeleteInput {
  /** Client user УИД. */
  client_user_id: string;
}

/** Input of `clientUser.contactRead` (PartnerAPI `client_user_contact_read`; every operand is optional; the whole input may be left out). */
export interface ClientUserContactReadInput {
  /** Client user УИД; optional: `null` or left out sends nil. */
  client_user_id?: string | null;
  /** Contact kind УИД (see `dictionaries.contactTypeRead`); optional: `null` or left out sends nil. */
  contact_type_id?: string | null;
}

/** Input of `clientUser.contactEdit` (PartnerAPI `client_user_contact_edit`). */
export interface ClientUserContactEditInput extends ContactEditFields {
  /** Client user УИД. */
  client_user_id: string;
}

/** Employees of clients (сотрудники клиента): client_user_*. */
export const clientUserOperations = {
  /** `client_user_read`: client employees; deleted ones only with include_deleted=true. Key: client_user_id. */
  read: namedOp<ClientUserReadInput | undefined, ClientUserRow[]>()(
    rowsOp({
      wire: 'client_user_read',
      idempotent: true,
      doc: 'Reads client employees.',
      params: { client_user_id: p.idOpt(), client_id: p.idOpt(), include_deleted: p.boolOpt() },
      columns: CLIENT_USER,
      key: ckey,
    }),
  ),
  /** `client_user_read_with_birthday`: client_user_read plus client_user_birthday. Key: client_user_id. */
  readWithBirthday: namedOp<ClientUserReadWithBirthdayInput | undefined, ClientUserBirthdayRow[]>()(
    rowsOp({
      wire: 'client_user_read_with_birthday',
      idempotent: true,
      doc: 'Reads client employees with their birthdays.',
      params: { client_user_id: p.idOpt(), client_id: p.idOpt(), include_deleted: p.boolOpt() },
      columns: CLIENT_USER_BIRTHDAY,
      key: ckey,
    }),
  ),
  /** `client_user_add`: adds an employee to a client. Key: client_user_id. */
  add: namedOp<ClientUserAddInput, ClientUserRow[]>()(
    rowsOp({
      wire: 'client_user_add',
      idempotent: false,
      verify: 'look for the user with clientUser.read() before adding again',
      doc: 'Adds an employee to a client.',
      params: {
        client_id: p.id(),
        client_user_name: p.text(),
        client_user_family_name: p.textOpt(),
        client_user_father_name: p.textOpt(),
      },
      columns: CLIENT_USER,
      key: ckey,
    }),
  ),
  /** `client_user_edit`: changes the name parts; null leaves a part unchanged, "" clears it. Key: client_user_id. */
  edit: namedOp<ClientUserEditInput, ClientUserRow[]>()(
    rowsOp({
      wire: 'client_user_edit',
      idempotent: false,
      verify: 'read the user back with clientUser.read() and compare it with the change',
      doc: 'Changes the name of a client employee.',
      params: {
        client_user_id: p.id(),
        client_user_name: p.textOpt(),
        client_user_family_name: p.textOpt(),
        client_user_father_name: p.textOpt(),
      },
      columns: CLIENT_USER,
      key: ckey,
    }),
  ),
  /** `client_user_set_birthday`: sets a client employee's birthday; returns whether it was changed. */
  setBirthday: namedOp<ClientUserSetBirthdayInput, boolean>()(
    flagOp({
      wire: 'client_user_set_birthday',
      idempotent: false,
      verify: 'read the user back with clientUser.readWithBirthday() and compare the birth date',
      doc: "Sets a client employee's birthday.",
      params: { client_user_id: p.id(), birthday: p.date() },
    }),
  ),
  /** `client_user_delete`: deletes or restores (toggles) a client employee; client_user_del flips. Key: client_user_id. */
  delete: namedOp<ClientUserDeleteInput, ClientUserRow[]>()(
    rowsOp({
      wire: 'client_user_delete',
      idempotent: false,
      verify: 'check with clientUser.read() whether the user is still there',
      doc: 'Deletes a client employee, or restores a deleted one.',
      params: { client_user_id: p.id() },
      columns: CLIENT_USER,
      key: ckey,
    }),
  ),
  /** `client_user_contact_read`: e-mail and phone of client employees (contact_type_code = 3). Key: client_user_id, contact_type_id. */
  contactRead: namedOp<ClientUserContactReadInput | undefined, ClientUserContactRow[]>()(
    rowsOp({
      wire: 'client_user_contact_read',
      idempotent: true,
      doc: 'Reads the contact information of client employees.',
      params: { client_user_id: p.idOpt(), contact_type_id: p.idOpt() },
      columns: CLIENT_USER_CONTACT,
      key: ['client_user_id', 'contact_type_id'],
    }),
  ),
  /** `client_user_contact_edit`: sets one contact of a client employee (any value overwrites). Key: client_user_id, contact_type_id. */
  contactEdit: namedOp<ClientUserContactEditInput, ClientUserContactRow[]>()(
    rowsOp({
      wire: 'client_user_contact_edit',
      idempotent: false,
      verify: 'read the contacts back with clientUser.contactRead() and compare them with the change',
      doc: 'Changes one contact of a client employee.',
      params: { client_user_id: p.id(), ...contactEditOperands },
      columns: CLIENT_USER_CONTACT,
      key: ['client_user_id', 'contact_type_id'],
    }),
  ),
};
