import { p } from '../schemas/params.js';
import {
  CLIENT_USER,
  CLIENT_USER_BIRTHDAY,
  CLIENT_USER_CONTACT,
  PARTNER_USER,
  PARTNER_USER_BIRTHDAY,
  PARTNER_USER_CONTACT,
} from '../schemas/users.js';
import { flagOp, rowsOp } from './define.js';

const pkey = ['partner_user_id'] as const;
const ckey = ['client_user_id'] as const;

/** Employees of the current partner (сотрудники партнера): partner_user_*. */
export const partnerUserOperations = {
  /** `partner_user_read`: the partner's employees; deleted ones only with include_deleted=true. Key: partner_user_id. */
  read: rowsOp({
    wire: 'partner_user_read',
    idempotent: true,
    doc: 'Reads the employees of the current partner.',
    params: { partner_user_id: p.idOpt(), include_deleted: p.boolOpt() },
    columns: PARTNER_USER,
    key: pkey,
  }),
  /** `partner_user_read_with_birthday`: partner_user_read plus partner_user_birthday. Key: partner_user_id. */
  readWithBirthday: rowsOp({
    wire: 'partner_user_read_with_birthday',
    idempotent: true,
    doc: 'Reads the employees of the current partner with their birthdays.',
    params: { partner_user_id: p.idOpt(), include_deleted: p.boolOpt() },
    columns: PARTNER_USER_BIRTHDAY,
    key: pkey,
  }),
  /** `partner_user_add`: adds an employee to the current partner. Key: partner_user_id. */
  add: rowsOp({
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
  /**
   * `partner_user_set_birthday`: sets an employee's birthday; returns whether it was changed. The
   * document's signature says `client_id`, its table `partner_user_id`; partner_user_id is sent.
   */
  setBirthday: flagOp({
    wire: 'partner_user_set_birthday',
    idempotent: false,
    verify: 'read the user back with partnerUser.readWithBirthday() and compare the birth date',
    doc: "Sets a partner employee's birthday.",
    params: { partner_user_id: p.id(), birthday: p.date() },
  }),
  /** `partner_user_edit`: changes the name parts; null leaves a part unchanged, "" clears it. Key: partner_user_id. */
  edit: rowsOp({
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
  /** `partner_user_delete`: deletes or restores (toggles) an employee; partner_user_del flips. Key: partner_user_id. */
  delete: rowsOp({
    wire: 'partner_user_delete',
    idempotent: false,
    verify: 'check with partnerUser.read() whether the user is still there',
    doc: 'Deletes a partner employee, or restores a deleted one.',
    params: { partner_user_id: p.id() },
    columns: PARTNER_USER,
    key: pkey,
  }),
  /** `partner_user_contact_read`: employee contacts (contact_type_code = 3). Key: partner_user_id, contact_type_id. */
  contactRead: rowsOp({
    wire: 'partner_user_contact_read',
    idempotent: true,
    doc: 'Reads the contact information of partner employees.',
    params: { partner_user_id: p.idOpt(), contact_type_id: p.idOpt() },
    columns: PARTNER_USER_CONTACT,
    key: ['partner_user_id', 'contact_type_id'],
  }),
  /** `partner_user_contact_edit`: sets one contact of an employee (any value overwrites). Key: partner_user_id, contact_type_id. */
  contactEdit: rowsOp({
    wire: 'partner_user_contact_edit',
    idempotent: false,
    verify: 'read the contacts back with partnerUser.contactRead() and compare them with the change',
    doc: 'Changes one contact of a partner employee.',
    params: { partner_user_id: p.id(), contact_type_id: p.id(), contact_view: p.contactView() },
    columns: PARTNER_USER_CONTACT,
    key: ['partner_user_id', 'contact_type_id'],
  }),
};

/** Employees of clients (сотрудники клиента): client_user_*. */
export const clientUserOperations = {
  /** `client_user_read`: client employees; deleted ones only with include_deleted=true. Key: client_user_id. */
  read: rowsOp({
    wire: 'client_user_read',
    idempotent: true,
    doc: 'Reads client employees.',
    params: { client_user_id: p.idOpt(), client_id: p.idOpt(), include_deleted: p.boolOpt() },
    columns: CLIENT_USER,
    key: ckey,
  }),
  /** `client_user_read_with_birthday`: client_user_read plus client_user_birthday. Key: client_user_id. */
  readWithBirthday: rowsOp({
    wire: 'client_user_read_with_birthday',
    idempotent: true,
    doc: 'Reads client employees with their birthdays.',
    params: { client_user_id: p.idOpt(), client_id: p.idOpt(), include_deleted: p.boolOpt() },
    columns: CLIENT_USER_BIRTHDAY,
    key: ckey,
  }),
  /** `client_user_add`: adds an employee to a client. Key: client_user_id. */
  add: rowsOp({
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
  /** `client_user_edit`: changes the name parts; null leaves a part unchanged, "" clears it. Key: client_user_id. */
  edit: rowsOp({
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
  /** `client_user_set_birthday`: sets a client employee's birthday; returns whether it was changed. */
  setBirthday: flagOp({
    wire: 'client_user_set_birthday',
    idempotent: false,
    verify: 'read the user back with clientUser.readWithBirthday() and compare the birth date',
    doc: "Sets a client employee's birthday.",
    params: { client_user_id: p.id(), birthday: p.date() },
  }),
  /** `client_user_delete`: deletes or restores (toggles) a client employee; client_user_del flips. Key: client_user_id. */
  delete: rowsOp({
    wire: 'client_user_delete',
    idempotent: false,
    verify: 'check with clientUser.read() whether the user is still there',
    doc: 'Deletes a client employee, or restores a deleted one.',
    params: { client_user_id: p.id() },
    columns: CLIENT_USER,
    key: ckey,
  }),
  /** `client_user_contact_read`: e-mail and phone of client employees (contact_type_code = 3). Key: client_user_id, contact_type_id. */
  contactRead: rowsOp({
    wire: 'client_user_contact_read',
    idempotent: true,
    doc: 'Reads the contact information of client employees.',
    params: { client_user_id: p.idOpt(), contact_type_id: p.idOpt() },
    columns: CLIENT_USER_CONTACT,
    key: ['client_user_id', 'contact_type_id'],
  }),
  /** `client_user_contact_edit`: sets one contact of a client employee (any value overwrites). Key: client_user_id, contact_type_id. */
  contactEdit: rowsOp({
    wire: 'client_user_contact_edit',
    idempotent: false,
    verify: 'read the contacts back with clientUser.contactRead() and compare them with the change',
    doc: 'Changes one contact of a client employee.',
    params: { client_user_id: p.id(), contact_type_id: p.id(), contact_view: p.contactView() },
    columns: CLIENT_USER_CONTACT,
    key: ['client_user_id', 'contact_type_id'],
  }),
};
