import { SERVICE, type ServiceRow } from '../schemas/catalog.js';
import { p } from '../schemas/params.js';
import { rowsOp, namedOp } from './define.js';

const key = ['service_id'] as const;

/** Input of `service.read` (PartnerAPI `service_read`; every operand is optional; the whole input may be left out). */
export interface ServiceReadInput {
  /** Service (support line connection) УИД; optional: `null` or left out sends nil. */
  service_id?: string | null;
  /** Partner who sold the service; optional: `null` or left out sends nil. */
  sale_partner_id?: string | null;
  /** Client УИД; optional: `null` or left out sends nil. */
  client_id?: string | null;
  /** Partner who provides the service; optional: `null` or left out sends nil. */
  service_partner_id?: string | null;
  /** Service start: ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`; optional: `null` or left out sends nil. */
  service_start_date?: string | Date | null;
  /** Service end, in the same forms; optional: `null` or left out sends nil. */
  service_end_date?: string | Date | null;
  /** Client agent УИД; optional: `null` or left out sends nil. */
  agent_user_id?: string | null;
  /** Support line (service type) УИД; optional: `null` or left out sends nil. */
  service_type_id?: string | null;
}

/** Input of `service.add` (PartnerAPI `service_add`). */
export interface ServiceAddInput {
  /** Client УИД. */
  client_id: string;
  /** Partner who provides the service. */
  service_partner_id: string;
  /** Client agent УИД. */
  agent_user_id: string;
  /** Support line (service type) УИД. */
  service_type_id: string;
  /** Service start: ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`; optional: `null` or left out sends nil. */
  service_start_date?: string | Date | null;
  /** Service end, in the same forms; optional: `null` or left out sends nil. */
  service_end_date?: string | Date | null;
}

/** Input of `service.stop` (PartnerAPI `service_stop`). */
export interface ServiceStopInput {
  /** Service (support line connection) УИД. */
  service_id: string;
}

/** Input of `service.edit` (PartnerAPI `service_edit`). */
export interface ServiceEditInput {
  /** Service (support line connection) УИД. */
  service_id: string;
  /** Partner who provides the service; optional: `null` or left out sends nil. */
  service_partner_id?: string | null;
  /** Service start: ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`; optional: `null` or left out sends nil. */
  service_start_date?: string | Date | null;
  /** Service end, in the same forms; optional: `null` or left out sends nil. */
  service_end_date?: string | Date | null;
}

/** Services (абонементы) sold to clients: service_*. */
export const serviceOperations = {
  /** `service_read`: active services (current or future), filtered by any column. Key: service_id. */
  read: namedOp<ServiceReadInput | undefined, ServiceRow[]>()(
    rowsOp({
      wire: 'service_read',
      idempotent: true,
      doc: 'Reads the active services (subscriptions) matching the filters.',
      params: {
        service_id: p.idOpt(),
        sale_partner_id: p.idOpt(),
        client_id: p.idOpt(),
        service_partner_id: p.idOpt(),
        service_start_date: p.dateOpt(),
        service_end_date: p.dateOpt(),
        agent_user_id: p.idOpt(),
        service_type_id: p.idOpt(),
      },
      columns: SERVICE,
      key,
    }),
  ),
  /**
   * `service_add`: sells (activates) a service for a client's agent. Start defaults to today; no end
   * date means open-ended (returned as `null`). Not retried automatically. Key: service_id.
   */
  add: namedOp<ServiceAddInput, ServiceRow[]>()(
    rowsOp({
      wire: 'service_add',
      idempotent: false,
      verify: 'look for the subscription with service.read() before adding again',
      doc: 'Activates a service (subscription) for a client agent.',
      params: {
        client_id: p.id(),
        service_partner_id: p.id(),
        service_start_date: p.dateOpt(),
        service_end_date: p.dateOpt(),
        agent_user_id: p.id(),
        service_type_id: p.id(),
      },
      columns: SERVICE,
      key,
    }),
  ),
  /** `service_stop`: cancels a service; success is an empty result (documented). Key: service_id. */
  stop: namedOp<ServiceStopInput, ServiceRow[]>()(
    rowsOp({
      wire: 'service_stop',
      idempotent: false,
      verify: "check the subscription's state with service.read()",
      doc: 'Cancels a service; an empty result means success.',
      params: { service_id: p.id() },
      columns: SERVICE,
      key,
      emptyOnSuccess: true,
    }),
  ),
  /** `service_edit`: changes the service partner or the dates of a service; omitted values stay. Key: service_id. */
  edit: namedOp<ServiceEditInput, ServiceRow[]>()(
    rowsOp({
      wire: 'service_edit',
      idempotent: false,
      verify: 'read the subscription back with service.read() and compare it with the change',
      doc: 'Changes the service partner or dates of a service.',
      params: {
        service_id: p.id(),
        service_partner_id: p.idOpt(),
        service_start_date: p.dateOpt(),
        service_end_date: p.dateOpt(),
      },
      columns: SERVICE,
      key,
    }),
  ),
};
