import { CONTRACT, CONTRACT_SERVICE } from '../schemas/catalog.js';
import { p } from '../schemas/params.js';
import { rowsOp } from './define.js';

/** Contracts (договоры) of the current partner. */
export const contractOperations = {
  /** `contract_read`: contracts of the current partner; an open-ended end date (01.01.0001) is `null`. Key: contract_id. */
  read: rowsOp({
    wire: 'contract_read',
    idempotent: true,
    doc: 'Reads the contracts of the current partner.',
    params: {
      contract_id: p.idOpt(),
      contract_start_date: p.dateOpt(),
      contract_end_date: p.dateOpt(),
      role_id: p.idOpt(),
    },
    columns: CONTRACT,
    key: ['contract_id'],
  }),
};

const key = ['contract_id', 'service_type_id'] as const;

/** Support lines allowed by contract: contract_service_*. */
export const contractServiceOperations = {
  /** `contract_service_read`: service types the partner may provide, per contract. Key: contract_id, service_type_id. */
  read: rowsOp({
    wire: 'contract_service_read',
    idempotent: true,
    doc: 'Reads the service types the partner may provide under its contracts.',
    params: {
      contract_id: p.idOpt(),
      service_type_id: p.idOpt(),
      contract_service_start_date: p.dateOpt(),
      contract_service_end_date: p.dateOpt(),
    },
    columns: CONTRACT_SERVICE,
    key,
  }),
  /**
   * `contract_service_add`: allows a support line in the existing contract from a date (today when
   * omitted). Returns every permission on that service type (one row per role). Key: contract_id, service_type_id.
   */
  add: rowsOp({
    wire: 'contract_service_add',
    idempotent: false,
    verify: 'look for the service with contractService.read() before adding again',
    doc: 'Adds a support line to the partner’s contract.',
    params: { service_type_id: p.id(), contract_service_start_date: p.dateOpt() },
    columns: CONTRACT_SERVICE,
    key,
  }),
  /** `contract_service_delete`: removes a support line from the contract; success is an empty result. Key: contract_id, service_type_id. */
  delete: rowsOp({
    wire: 'contract_service_delete',
    idempotent: false,
    verify: 'check with contractService.read() whether the service is still there',
    doc: 'Removes a support line from the partner’s contract; an empty result means success.',
    params: { service_type_id: p.id() },
    columns: CONTRACT_SERVICE,
    key,
    emptyOnSuccess: true,
  }),
};
