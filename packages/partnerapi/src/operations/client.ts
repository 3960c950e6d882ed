import { CLIENT, CLIENT_CONTACT, CLIENT_ITS_STATUS } from '../schemas/client.js';
import { p } from '../schemas/params.js';
import { rowsOp } from './define.js';

const key = ['client_id'] as const;
const ADD_ERRORS =
  'Errors: «Не корректный регистрационный номер» (invalid_registration_number), «Наименование добавляемого клиента не должно быть пустым» (empty_client_name), «При добавлении клиента не указан регион» (missing_region).';
const EDIT_ERRORS =
  'Errors: «Не корректный регистрационный номер» (invalid_registration_number), «При изменении клиентов необходимо указать ссылку на изменяемого клиента» (missing_client_reference), «Наименование добавляемого клиента не должно быть пустым» (empty_client_name).';

/** Operations on the partner's clients (client_*). */
export const clientOperations = {
  /**
   * `client_read`: clients of the current partner. Deleted clients only with include_deleted=true,
   * except that a given client_id is always returned. Key: client_id.
   */
  read: rowsOp({
    wire: 'client_read',
    idempotent: true,
    doc: 'Reads the clients of the current partner, optionally one client or one region.',
    params: { client_id: p.idOpt(), region_id: p.idOpt(), include_deleted: p.boolOpt() },
    columns: CLIENT,
    key,
  }),
  /** `client_read_advanced`: client_read plus a filter by addit_attribute. Key: client_id. */
  readAdvanced: rowsOp({
    wire: 'client_read_advanced',
    idempotent: true,
    doc: 'Reads clients with an additional filter by addit_attribute.',
    params: {
      client_id: p.idOpt(),
      region_id: p.idOpt(),
      include_deleted: p.boolOpt(),
      addit_attribute: p.textOpt(),
    },
    columns: CLIENT,
    key,
  }),
  /**
   * `client_add`: adds a client (kept for compatibility; the document recommends client_add_its).
   * client_name ≤ 50, client_inn ≤ 12, client_kpp ≤ 9, client_full_name ≤ 255 characters. Key: client_id.
   */
  add: rowsOp({
    wire: 'client_add',
    idempotent: false,
    verify:
      'look for the client with client.read() (by INN or name) before adding again, or a duplicate client may be created',
    doc: `Adds a client in one of the partner's regions. ${ADD_ERRORS}`,
    params: {
      client_name: p.clientName(),
      region_id: p.id(),
      client_inn: p.innOpt(),
      client_kpp: p.kppOpt(),
      client_full_name: p.fullNameOpt(),
    },
    columns: CLIENT,
    key,
  }),
  /**
   * `client_add_its`: adds a client with the registration number its ИТС contract is bound to and
   * the pay method (0…4, see pay_method_type_read). Errors: «Не корректный регистрационный номер»,
   * «Наименование добавляемого клиента не должно быть пустым», «При добавлении клиента не указан регион». Key: client_id.
   */
  addIts: rowsOp({
    wire: 'client_add_its',
    idempotent: false,
    verify:
      'look for the client with client.read() (by INN or name) before adding again, or a duplicate client may be created',
    doc: `Adds a client with an ИТС registration number and pay method. ${ADD_ERRORS}`,
    params: {
      client_name: p.clientName(),
      region_id: p.id(),
      client_inn: p.innOpt(),
      client_kpp: p.kppOpt(),
      client_full_name: p.fullNameOpt(),
      client_reg_num: p.regNumOpt(),
      pay_method_type_id: p.payMethod(),
    },
    columns: CLIENT,
    key,
  }),
  /** `client_add_advanced`: client_add_its with an additional attribute (addit_attribute). Same errors. Key: client_id. */
  addAdvanced: rowsOp({
    wire: 'client_add_advanced',
    idempotent: false,
    verify:
      'look for the client with client.readAdvanced() (by INN or name) before adding again, or a duplicate client may be created',
    doc: `Adds a client with registration number, pay method and additional attribute. ${ADD_ERRORS}`,
    params: {
      client_name: p.clientName(),
      region_id: p.id(),
      client_inn: p.innOpt(),
      client_kpp: p.kppOpt(),
      client_full_name: p.fullNameOpt(),
      client_reg_num: p.regNumOpt(),
      pay_method_type_id: p.payMethodOpt(),
      addit_attribute: p.textOpt(),
    },
    columns: CLIENT,
    key,
  }),
  /**
   * `client_edit`: changes name, region, ИНН, КПП, full name (kept for compatibility). An empty string
   * clears ИНН/КПП/full name; null leaves them unchanged. Key: client_id.
   */
  edit: rowsOp({
    wire: 'client_edit',
    idempotent: false,
    verify: 'read the client back with client.read() and compare it with the change',
    doc: `Changes a client's name, region and requisites. ${EDIT_ERRORS}`,
    params: {
      client_id: p.id(),
      client_name: p.clientNameOpt(),
      region_id: p.idOpt(),
      client_inn: p.innOpt(),
      client_kpp: p.kppOpt(),
      client_full_name: p.fullNameOpt(),
    },
    columns: CLIENT,
    key,
  }),
  /**
   * `client_edit_its`: client_edit plus registration number and pay method. Errors: «Не корректный
   * регистрационный номер», «При изменении клиентов необходимо указать ссылку на изменяемого клиента»,
   * «Наименование добавляемого клиента не должно быть пустым». Key: client_id.
   */
  editIts: rowsOp({
    wire: 'client_edit_its',
    idempotent: false,
    verify: 'read the client back with client.read() and compare it with the change',
    doc: `Changes a client including its ИТС registration number and pay method. ${EDIT_ERRORS}`,
    params: {
      client_id: p.id(),
      client_name: p.clientNameOpt(),
      region_id: p.idOpt(),
      client_inn: p.innOpt(),
      client_kpp: p.kppOpt(),
      client_full_name: p.fullNameOpt(),
      client_reg_num: p.regNumOpt(),
      pay_method_type_id: p.payMethod(),
    },
    columns: CLIENT,
    key,
  }),
  /** `client_edit_advanced`: client_edit_its plus addit_attribute; client_name and region_id are required. Same errors. Key: client_id. */
  editAdvanced: rowsOp({
    wire: 'client_edit_advanced',
    idempotent: false,
    verify: 'read the client back with client.readAdvanced() and compare it with the change',
    doc: `Changes a client including its additional attribute. ${EDIT_ERRORS}`,
    params: {
      client_id: p.id(),
      client_name: p.clientName(),
      region_id: p.id(),
      client_inn: p.innOpt(),
      client_kpp: p.kppOpt(),
      client_full_name: p.fullNameOpt(),
      client_reg_num: p.regNumOpt(),
      pay_method_type_id: p.payMethodOpt(),
      addit_attribute: p.textOpt(),
    },
    columns: CLIENT,
    key,
  }),
  /**
   * `client_ITS_status_For_INN`: the 1С:ИТС contract of a registration number + ИНН. ITSLevel:
   * 1 ПРОФ, 2 ТЕХНО, 3 Базовая, 4 ИТС Международный, 0 none/invalid, 10 number found but ИНН differs.
   * Key: RegNumberPP1C, INN.
   */
  itsStatusForInn: rowsOp({
    wire: 'client_ITS_status_For_INN',
    idempotent: true,
    doc: 'Reads the 1С:ИТС support contract level and dates for a registration number and ИНН.',
    params: { RegNumberPP1C: p.text(), INN: p.text() },
    columns: CLIENT_ITS_STATUS,
    key: [],
  }),
  /**
   * `client_delete`: toggles deletion. Deleting marks the client `client_del=true`, marks all its
   * users `client_user_del`, sets `agent_user_activity=false` on their agents and stops their support
   * lines; calling it again restores the client only (users and agents stay deleted). Check client_del. Key: client_id.
   */
  delete: rowsOp({
    wire: 'client_delete',
    idempotent: false,
    verify: 'check with client.read() whether the client is still there',
    doc: 'Deletes a client, or restores it when it is already deleted (users and agents are not restored).',
    params: { client_id: p.id() },
    columns: CLIENT,
    key,
  }),
  /** `client_contact_read`: client contact information (contact kinds with contact_type_code = 1). Key: client_id, contact_type_id. */
  contactRead: rowsOp({
    wire: 'client_contact_read',
    idempotent: true,
    doc: 'Reads the contact information of clients.',
    params: { client_id: p.idOpt(), contact_type_id: p.idOpt() },
    columns: CLIENT_CONTACT,
    key: ['client_id', 'contact_type_id'],
  }),
  /** `client_contact_edit`: sets one contact of a client; contact_view ≤ 500 characters. Key: client_id, contact_type_id. */
  contactEdit: rowsOp({
    wire: 'client_contact_edit',
    idempotent: false,
    verify: 'read the contacts back with client.contactRead() and compare them with the change',
    doc: 'Changes one contact of a client.',
    params: { client_id: p.id(), contact_type_id: p.id(), contact_view: p.contactView() },
    columns: CLIENT_CONTACT,
    key: ['client_id', 'contact_type_id'],
  }),
  /** `client_vendor_read`: clients getting support on your exported line (for vendors). Key: client_id. */
  vendorRead: rowsOp({
    wire: 'client_vendor_read',
    idempotent: true,
    doc: 'Reads the clients (of a partner) supported on your exported support line.',
    params: { service_type_id: p.id(), partner_id: p.idOpt() },
    columns: CLIENT,
    key,
  }),
};
