import {
  CALL_STATUS_TYPE,
  CONTACT_TYPE,
  PAY_METHOD_TYPE,
  REMOTE_ACCESS_TYPE,
  REMOTE_STATUS_TYPE,
  ROLE,
  type ContactTypeRow,
  type RoleRow,
  type CallStatusTypeRow,
  type RemoteStatusTypeRow,
  type RemoteAccessTypeRow,
  type PayMethodTypeRow,
} from '../schemas/dictionaries.js';
import { rowsOp, namedOp, type NoInput } from './define.js';

/** Fixed dictionaries. Names may change; use the ids in code. */
export const dictionaryOperations = {
  /** `contact_type_read`: contact kinds; contact_type_code 1 clients, 2 partners, 3 users. Key: contact_type_id. */
  contactTypeRead: namedOp<NoInput | undefined, ContactTypeRow[]>()(
    rowsOp({
      wire: 'contact_type_read',
      idempotent: true,
      doc: 'Reads all contact information kinds.',
      params: {},
      columns: CONTACT_TYPE,
      key: ['contact_type_id'],
    }),
  ),
  /** `role_read`: all roles (виды взаимоотношений). Key: role_id. */
  roleRead: namedOp<NoInput | undefined, RoleRow[]>()(
    rowsOp({
      wire: 'role_read',
      idempotent: true,
      doc: 'Reads all roles.',
      params: {},
      columns: ROLE,
      key: ['role_id'],
    }),
  ),
  /** `call_status_type_read`: call results 0 success … 7 (fixed list). Key: call_status_type_id. */
  callStatusTypeRead: namedOp<NoInput | undefined, CallStatusTypeRow[]>()(
    rowsOp({
      wire: 'call_status_type_read',
      idempotent: true,
      doc: 'Reads the call result kinds.',
      params: {},
      columns: CALL_STATUS_TYPE,
      key: ['call_status_type_id'],
    }),
  ),
  /**
   * `remote_status_type_read`: remote access statuses 0–2.
   * @deprecated The document marks it for removal; use remote_access_type_read and remote_access_statistics_read.
   */
  remoteStatusTypeRead: namedOp<NoInput | undefined, RemoteStatusTypeRow[]>()(
    rowsOp({
      wire: 'remote_status_type_read',
      idempotent: true,
      doc: 'Reads the remote access statuses (marked for removal).',
      deprecated:
        'Marked for removal by the vendor; use remoteAccessTypeRead and statistics.remoteAccessRead.',
      params: {},
      columns: REMOTE_STATUS_TYPE,
      key: ['remote_status_type_id'],
    }),
  ),
  /** `remote_access_type_read`: remote access tools: 1 TeamViewer, 2 the main tool. Key: remote_access_type_id. */
  remoteAccessTypeRead: namedOp<NoInput | undefined, RemoteAccessTypeRow[]>()(
    rowsOp({
      wire: 'remote_access_type_read',
      idempotent: true,
      doc: 'Reads the remote access tool kinds.',
      params: {},
      columns: REMOTE_ACCESS_TYPE,
      key: ['remote_access_type_id'],
    }),
  ),
  /** `pay_method_type_read`: pay methods 0–4 used by client_add_its / client_edit_its. Key: pay_method_type_id. */
  payMethodTypeRead: namedOp<NoInput | undefined, PayMethodTypeRow[]>()(
    rowsOp({
      wire: 'pay_method_type_read',
      idempotent: true,
      doc: 'Reads the pay methods for clients.',
      params: {},
      columns: PAY_METHOD_TYPE,
      key: ['pay_method_type_id'],
    }),
  ),
};
