import { CONTRACT, CONTRACT_SERVICE, type ContractRow, type ContractServiceRow } from '../schemas/catalog.js';
import { p } from '../schemas/params.js';
import { rowsOp, namedOp } from './define.js';

/** Input of `contract.read` (PartnerAPI `contract_read`; every operand is optional; the whole input may be left out). */
export interface ContractReadInput {
  /** Contract УИД; optional: `null` or left out sends nil. */
  contract_id?: string | null;
  /** Contract start: ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`; optional: `null` or left out sends nil. */
  contract_start_date?: string | Date | null;
  /** Contract end, in the same forms; optional: `null` or left out sends nil. */
  contract_end_date?: string | Date | null;
  /** Role УИД (see `dictionaries.roleRead`); optional: `null` or left out sends nil. */
  role_id?: string | null;
}

/** Contracts (договоры) of the current partner. */
export const contractOperations = {
  /** `contract_read`: contracts of the current partner; an open-ended end date (01.01.0001) is `null`. Key: contract_id. */
  read: namedOp<ContractReadInput | undefined, ContractRow[]>()(
    rowsOp({
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
  ),
};

const key = ['contract_id', 'service_type_id'] as const;

/** Input of `contractService.read` (PartnerAPI `contract_service_read`; every operand is optional; the whole input may be left out). */
export interface ContractServiceReadInput {
  /** Contract УИД; optional: `null` or left out sends nil. */
  contract_id?: string | null;
  /** Support line (service type) УИД; optional: `null` or left out sends nil. */
  service_type_id?: string | null;
  /** Start of the line under the contract: ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`; optional: `null` or left out sends nil. */
  contract_service_start_date?: string | Date | null;
  /** End of the line under the contract, in the same forms; optional: `null` or left out sends nil. */
  contract_service_end_date?: string | Date | null;
}

/** Input of `contractService.add` (PartnerAPI `contract_service_add`). */
export interface ContractServiceAddInput {
  /** Support line (service type) УИД. */
  service_type_id: string;
  /** Start of the line under the contract: ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`; optional: `null` or left out sends nil. */
  contract_service_start_date?: string | Date | null;
}

/** Input of `contractService.delete` (PartnerAPI `contract_service_delete`). */
export interface ContractServiceDeleteInput {
  /** Support line (service type) УИД. */
  service_type_id: string;
}

/** Support lines allowed by contract: contract_service_*. */
export const contractServiceOperations = {
  /** `contract_service_read`: service types the partner may provide, per contract. Key: contract_id, service_type_id. */
  read: namedOp<ContractServiceReadInput | undefined, ContractServiceRow[]>()(
    rowsOp({
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
  ),
  /**
   * `contract_service_add`: allows a support line in the existing contract from a date (today when
   * omitted). Returns every permission on that service type (one row per role). Key: contract_id, service_type_id.
   */
  add: namedOp<ContractServiceAddInput, ContractServiceRow[]>()(
    rowsOp({
      wire: 'contract_service_add',
      idempotent: false,
      verify: 'look for the service with contractService.read() before adding again',
      doc: 'Adds a support line to the partner’s contract.',
      params: { service_type_id: p.id(), contract_service_start_date: p.dateOpt() },
      columns: CONTRACT_SERVICE,
      key,
    }),
  ),
  /** `contract_service_delete`: removes a support line from the contract; success is an empty result. Key: contract_id, service_type_id. */
  delete: namedOp<ContractServiceDeleteInput, ContractServiceRow[]>()(
    rowsOp({
      wire: 'contract_service_delete',
      idempotent: false,
      verify: 'check with contractService.read() whether the service is still there',
      doc: 'Removes a support line from the partner’s contract; an empty result means success.',
      params: { service_type_id: p.id() },
      columns: CONTRACT_SERVICE,
      key,
      emptyOnSuccess: true,
    }),
  ),
};
