import { SERVICE_TYPE, type ServiceTypeRow } from '../schemas/catalog.js';
import { p } from '../schemas/params.js';
import { rowsOp, namedOp } from './define.js';

const key = ['service_type_id'] as const;

/** Input of `serviceType.read` (PartnerAPI `service_type_read`; every operand is optional; the whole input may be left out). */
export interface ServiceTypeReadInput {
  /** Support line (service type) УИД; optional: `null` or left out sends nil. */
  service_type_id?: string | null;
  /** Partner УИД; optional: `null` or left out sends nil. */
  partner_id?: string | null;
}

/** Input of `serviceType.add` (PartnerAPI `service_type_add`). */
export interface ServiceTypeAddInput {
  /** Support line name. */
  service_type_name: string;
  /** Support line full name. */
  service_type_full_name: string;
}

/** Input of `serviceType.edit` (PartnerAPI `service_type_edit`). */
export interface ServiceTypeEditInput {
  /** Support line (service type) УИД. */
  service_type_id: string;
  /** Support line name. */
  service_type_name: string;
  /** Support line full name; optional: `null` or left out sends nil. */
  service_type_full_name?: string | null;
}

/** Input of `serviceType.delete` (PartnerAPI `service_type_delete`). */
export interface ServiceTypeDeleteInput {
  /** Support line (service type) УИД. */
  service_type_id: string;
}

/** Service types (виды сервисов / линии поддержки): service_type_*. */
export const serviceTypeOperations = {
  /** `service_type_read`: service types available to the partner, vendors' included. Key: service_type_id. */
  read: namedOp<ServiceTypeReadInput | undefined, ServiceTypeRow[]>()(
    rowsOp({
      wire: 'service_type_read',
      idempotent: true,
      doc: 'Reads the service types available to the partner.',
      params: { service_type_id: p.idOpt(), partner_id: p.idOpt() },
      columns: SERVICE_TYPE,
      key,
    }),
  ),
  /** `service_type_add`: adds a private service type of the current partner (franchisees only). Key: service_type_id. */
  add: namedOp<ServiceTypeAddInput, ServiceTypeRow[]>()(
    rowsOp({
      wire: 'service_type_add',
      idempotent: false,
      verify: 'look for the service type with serviceType.read() before adding again',
      doc: 'Adds a private service type owned by the current partner.',
      params: { service_type_name: p.text(), service_type_full_name: p.text() },
      columns: SERVICE_TYPE,
      key,
    }),
  ),
  /** `service_type_edit`: renames one of your own service types. Key: service_type_id. */
  edit: namedOp<ServiceTypeEditInput, ServiceTypeRow[]>()(
    rowsOp({
      wire: 'service_type_edit',
      idempotent: false,
      verify: 'read the service type back with serviceType.read() and compare it with the change',
      doc: 'Renames one of your own service types.',
      params: { service_type_id: p.id(), service_type_name: p.text(), service_type_full_name: p.textOpt() },
      columns: SERVICE_TYPE,
      key,
    }),
  ),
  /** `service_type_delete`: deletes one of your own service types. Key: service_type_id. */
  delete: namedOp<ServiceTypeDeleteInput, ServiceTypeRow[]>()(
    rowsOp({
      wire: 'service_type_delete',
      idempotent: false,
      verify: 'check with serviceType.read() whether the service type is still there',
      doc: 'Deletes one of your own service types.',
      params: { service_type_id: p.id() },
      columns: SERVICE_TYPE,
      key,
    }),
  ),
};
