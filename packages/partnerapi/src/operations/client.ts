import {
  CLIENT,
  CLIENT_CONTACT,
  CLIENT_ITS_STATUS,
  type ClientRow,
  type ClientItsStatusRow,
  type ClientContactRow,
} from '../schemas/client.js';
import { p } from '../schemas/params.js';
import { type ContactEditFields, contactEditOperands } from './contact.js';
import { rowsOp, namedOp } from './define.js';

const key = ['client_id'] as const;
const ADD_ERRORS =
  'Errors: «Не корректный регистрационный номер» (invalid_registration_number), «Наименование добавляемого клиента не должно быть пустым» (empty_client_name), «При добавлении клиента не указан регион» (missing_region).';
/** The optional details every client write sends after name and region (see {@link ClientDetails}). */
const details = { client_inn: p.innOpt(), client_kpp: p.kppOpt(), client_full_name: p.fullNameOpt() };
/** The operands of `client_edit`, which `client_edit_its` extends. */
const editParams = { client_id: p.id(), client_name: p.clientNameOpt(), region_id: p.idOpt(), ...details };
const EDIT_ERRORS =
  'Errors: «Не корректный регистрационный номер» (invalid_registration_number), «При изменении клиентов необходимо указать ссылку на изменяемого клиента» (missing_client_reference), «Наименование добавляемого клиента не должно быть пустым» (empty_client_name).';

/** Input of `client.read` (PartnerAPI `client_read`; every operand is optional; the whole input may be left out). */
export interface ClientReadInput {
  /** Client УИД; optional: `null` or left out sends nil. */
  client_id?: string | null;
  /** Region УИД; optional: `null` or left out sends nil. */
  region_id?: string | null;
  /** Include deleted records (`true`); default: not; optional: `null` or left out sends nil. */
  include_deleted?: boolean | null;
}

/** Input of `client.readAdvanced` (PartnerAPI `client_read_advanced`; every operand is optional; the whole input may be left out). */
export interface ClientReadAdvancedInput extends ClientReadInput {
  /** Additional attribute (free text); optional: `null` or left out sends nil. */
  addit_attribute?: string | null;
}

/** The optional details every client write accepts (each `null` or left out sends nil). */
export interface ClientDetails {
  /** ИНН, at most 12 characters; optional: `null` or left out sends nil. */
  client_inn?: string | null;
  /** КПП, at most 9 characters; optional: `null` or left out sends nil. */
  client_kpp?: string | null;
  /** Full name, at most 255 characters; optional: `null` or left out sends nil. */
  client_full_name?: string | null;
}

/** Input of `client.add` (PartnerAPI `client_add`). */
export interface ClientAddInput extends ClientDetails {
  /** Client name, at most 50 characters (the server would keep only the first 50). */
  client_name: string;
  /** Region УИД. */
  region_id: string;
}

/** Input of `client.addIts` (PartnerAPI `client_add_its`). */
export interface ClientAddItsInput extends ClientAddInput {
  /** Pay method: a whole number 0…4 (see `dictionaries.payMethodTypeRead`). */
  pay_method_type_id: number;
  /** Registration number of a 1C program product: 500000…999999999999, or with the prefix ВО or FR; optional: `null` or left out sends nil. */
  client_reg_num?: string | null;
}

/** Input of `client.addAdvanced` (PartnerAPI `client_add_advanced`). */
export interface ClientAddAdvancedInput extends ClientAddInput {
  /** Registration number of a 1C program product: 500000…999999999999, or with the prefix ВО or FR; optional: `null` or left out sends nil. */
  client_reg_num?: string | null;
  /** Pay method: a whole number 0…4 (see `dictionaries.payMethodTypeRead`); optional: `null` or left out sends nil. */
  pay_method_type_id?: number | null;
  /** Additional attribute (free text); optional: `null` or left out sends nil. */
  addit_attribute?: string | null;
}

/** Input of `client.edit` (PartnerAPI `client_edit`). */
export interface ClientEditInput extends ClientDetails {
  /** Client УИД. */
  client_id: string;
  /** Client name, at most 50 characters (the server would keep only the first 50); optional: `null` or left out sends nil. */
  client_name?: string | null;
  /** Region УИД; optional: `null` or left out sends nil. */
  region_id?: string | null;
}

/** Input of `client.editIts` (PartnerAPI `client_edit_its`). */
export interface ClientEditItsInput extends ClientEditInput {
  /** Pay method: a whole number 0…4 (see `dictionaries.payMethodTypeRead`). */
  pay_method_type_id: number;
  /** Registration number of a 1C program product: 500000…999999999999, or with the prefix ВО or FR; optional: `null` or left out sends nil. */
  client_reg_num?: string | null;
}

/** Input of `client.editAdvanced` (PartnerAPI `client_edit_advanced`). */
export interface ClientEditAdvancedInput extends ClientAddAdvancedInput {
  /** Client УИД. */
  client_id: string;
}

/** Input of `client.itsStatusForInn` (PartnerAPI `client_ITS_status_For_INN`). */
export interface ClientItsStatusForInnInput {
  /** Registration number of the 1C program product. */
  RegNumberPP1C: string;
  /** ИНН of the client. */
  INN: string;
}

/** Input of `client.delete` (PartnerAPI `client_delete`). */
export interface ClientDeleteInput {
  /** Client УИД. */
  client_id: string;
}

/** Input of `client.contactRead` (PartnerAPI `client_contact_read`; every operand is optional; the whole input may be left out). */
export interface ClientContactReadInput {
  /** Client УИД; optional: `null` or left out sends nil. */
  client_id?: string | null;
  /** Contact kind УИД (see `dictionaries.contactTypeRead`); optional: `null` or left out sends nil. */
  contact_type_id?: string | null;
}

/** Input of `client.contactEdit` (PartnerAPI `client_contact_edit`). */
export interface ClientContactEditInput extends ContactEditFields {
  /** Client УИД. */
  client_id: string;
}

/** Input of `client.vendorRead` (PartnerAPI `client_vendor_read`). */
export interface ClientVendorReadInput {
  /** Support line (service type) УИД. */
  service_type_id: string;
  /** Partner УИД; optional: `null` or left out sends nil. */
  partner_id?: string | null;
}

/** Operations on the partner's clients (client_*). */
export const clientOperations = {
  /**
   * `client_read`: clients of the current partner. Deleted clients only with include_deleted=true,
   * except that a given client_id is always returned. Key: client_id.
   */
  read: namedOp<ClientReadInput | undefined, ClientRow[]>()(
    rowsOp({
      wire: 'client_read',
      idempotent: true,
      doc: 'Reads the clients of the current partner, optionally one client or one region.',
      params: { client_id: p.idOpt(), region_id: p.idOpt(), include_deleted: p.boolOpt() },
      columns: CLIENT,
      key,
    }),
  ),
  /** `client_read_advanced`: client_read plus a filter by addit_attribute. Key: client_id. */
  readAdvanced: namedOp<ClientReadAdvancedInput | undefined, ClientRow[]>()(
    rowsOp({
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
  ),
  /**
   * `client_add`: adds a client (kept for compatibility; the document recommends client_add_its).
   * client_name ≤ 50, client_inn ≤ 12, client_kpp ≤ 9, client_full_name ≤ 255 characters. Key: client_id.
   */
  add: namedOp<ClientAddInput, ClientRow[]>()(
    rowsOp({
      wire: 'client_add',
      idempotent: false,
      verify:
        'look for the client with client.read() (by INN or name) before adding again, or a duplicate client may be created',
      doc: `Adds a client in one of the partner's regions. ${ADD_ERRORS}`,
      params: {
        client_name: p.clientName(),
        region_id: p.id(),
        ...details,
      },
      columns: CLIENT,
      key,
    }),
  ),
  /**
   * `client_add_its`: adds a client with the registration number its ИТС contract is bound to and
   * the pay method (0…4, see pay_method_type_read). Errors: «Не корректный регистрационный номер»,
   * «Наименование добавляемого клиента не должно быть пустым», «При добавлении клиента не указан регион». Key: client_id.
   */
  addIts: namedOp<ClientAddItsInput, ClientRow[]>()(
    rowsOp({
      wire: 'client_add_its',
      idempotent: false,
      verify:
        'look for the client with client.read() (by INN or name) before adding again, or a duplicate client may be created',
      doc: `Adds a client with an ИТС registration number and pay method. ${ADD_ERRORS}`,
      params: {
        client_name: p.clientName(),
        region_id: p.id(),
        ...details,
        client_reg_num: p.regNumOpt(),
        pay_method_type_id: p.payMethod(),
      },
      columns: CLIENT,
      key,
    }),
  ),
  /** `client_add_advanced`: client_add_its with an additional attribute (addit_attribute). Same errors. Key: client_id. */
  addAdvanced: namedOp<ClientAddAdvancedInput, ClientRow[]>()(
    rowsOp({
      wire: 'client_add_advanced',
      idempotent: false,
      verify:
        'look for the client with client.readAdvanced() (by INN or name) before adding again, or a duplicate client may be created',
      doc: `Adds a client with registration number, pay method and additional attribute. ${ADD_ERRORS}`,
      params: {
        client_name: p.clientName(),
        region_id: p.id(),
        ...details,
        client_reg_num: p.regNumOpt(),
        pay_method_type_id: p.payMethodOpt(),
        addit_attribute: p.textOpt(),
      },
      columns: CLIENT,
      key,
    }),
  ),
  /**
   * `client_edit`: changes name, region, ИНН, КПП, full name (kept for compatibility). An empty string
   * clears ИНН/КПП/full name; null leaves them unchanged. Key: client_id.
   */
  edit: namedOp<ClientEditInput, ClientRow[]>()(
    rowsOp({
      wire: 'client_edit',
      idempotent: false,
      verify: 'read the client back with client.read() and compare it with the change',
      doc: `Changes a client's name, region and requisites. ${EDIT_ERRORS}`,
      params: editParams,
      columns: CLIENT,
      key,
    }),
  ),
  /**
   * `client_edit_its`: client_edit plus registration number and pay method. Errors: «Не корректный
   * регистрационный номер», «При изменении клиентов необходимо указать ссылку на изменяемого клиента»,
   * «Наименование добавляемого клиента не должно быть пустым». Key: client_id.
   */
  editIts: namedOp<ClientEditItsInput, ClientRow[]>()(
    rowsOp({
      wire: 'client_edit_its',
      idempotent: false,
      verify: 'read the client back with client.read() and compare it with the change',
      doc: `Changes a client including its ИТС registration number and pay method. ${EDIT_ERRORS}`,
      params: { ...editParams, client_reg_num: p.regNumOpt(), pay_method_type_id: p.payMethod() },
      columns: CLIENT,
      key,
    }),
  ),
  /** `client_edit_advanced`: client_edit_its plus addit_attribute; client_name and region_id are required. Same errors. Key: client_id. */
  editAdvanced: namedOp<ClientEditAdvancedInput, ClientRow[]>()(
    rowsOp({
      wire: 'client_edit_advanced',
      idempotent: false,
      verify: 'read the client back with client.readAdvanced() and compare it with the change',
      doc: `Changes a client including its additional attribute. ${EDIT_ERRORS}`,
      params: {
        client_id: p.id(),
        client_name: p.clientName(),
        region_id: p.id(),
        ...details,
        client_reg_num: p.regNumOpt(),
        pay_method_type_id: p.payMethodOpt(),
        addit_attribute: p.textOpt(),
      },
      columns: CLIENT,
      key,
    }),
  ),
  /**
   * `client_ITS_status_For_INN`: the 1С:ИТС contract of a registration number + ИНН. ITSLevel:
   * 1 ПРОФ, 2 ТЕХНО, 3 Базовая, 4 ИТС Международный, 0 none/invalid, 10 number found but ИНН differs.
   * Key: RegNumberPP1C, INN.
   */
  itsStatusForInn: namedOp<ClientItsStatusForInnInput, ClientItsStatusRow[]>()(
    rowsOp({
      wire: 'client_ITS_status_For_INN',
      idempotent: true,
      doc: 'Reads the 1С:ИТС support contract level and dates for a registration number and ИНН.',
      params: { RegNumberPP1C: p.text(), INN: p.text() },
      columns: CLIENT_ITS_STATUS,
      key: [],
    }),
  ),
  /**
   * `client_delete`: toggles deletion. Deleting marks the client `client_del=true`, marks all its
   * users `client_user_del`, sets `agent_user_activity=false` on their agents and stops their support
   * lines; calling it again restores the client only (users and agents stay deleted). Check client_del. Key: client_id.
   */
  delete: namedOp<ClientDeleteInput, ClientRow[]>()(
    rowsOp({
      wire: 'client_delete',
      idempotent: false,
      verify: 'check with client.read() whether the client is still there',
      doc: 'Deletes a client, or restores it when it is already deleted (users and agents are not restored).',
      params: { client_id: p.id() },
      columns: CLIENT,
      key,
    }),
  ),
  /** `client_contact_read`: client contact information (contact kinds with contact_type_code = 1). Key: client_id, contact_type_id. */
  contactRead: namedOp<ClientContactReadInput | undefined, ClientContactRow[]>()(
    rowsOp({
      wire: 'client_contact_read',
      idempotent: true,
      doc: 'Reads the contact information of clients.',
      params: { client_id: p.idOpt(), contact_type_id: p.idOpt() },
      columns: CLIENT_CONTACT,
      key: ['client_id', 'contact_type_id'],
    }),
  ),
  /** `client_contact_edit`: sets one contact of a client; contact_view ≤ 500 characters. Key: client_id, contact_type_id. */
  contactEdit: namedOp<ClientContactEditInput, ClientContactRow[]>()(
    rowsOp({
      wire: 'client_contact_edit',
      idempotent: false,
      verify: 'read the contacts back with client.contactRead() and compare them with the change',
      doc: 'Changes one contact of a client.',
      params: { client_id: p.id(), ...contactEditOperands },
      columns: CLIENT_CONTACT,
      key: ['client_id', 'contact_type_id'],
    }),
  ),
  /** `client_vendor_read`: clients getting support on your exported line (for vendors). Key: client_id. */
  vendorRead: namedOp<ClientVendorReadInput, ClientRow[]>()(
    rowsOp({
      wire: 'client_vendor_read',
      idempotent: true,
      doc: 'Reads the clients (of a partner) supported on your exported support line.',
      params: { service_type_id: p.id(), partner_id: p.idOpt() },
      columns: CLIENT,
      key,
    }),
  ),
};
