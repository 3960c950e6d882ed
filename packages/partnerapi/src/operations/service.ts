import { SERVICE } from '../schemas/catalog.js';
import { p } from '../schemas/params.js';
import { rowsOp } from './define.js';

const key = ['service_id'] as const;

/** Services (абонементы) sold to clients: service_*. */
export const serviceOperations = {
  /** `service_read`: active services (current or future), filtered by any column. Key: service_id. */
  read: rowsOp({
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
  /**
   * `service_add`: sells (activates) a service for a client's agent. Start defaults to today; no end
   * date means open-ended (returned as `null`). Not retried automatically. Key: service_id.
   */
  add: rowsOp({
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
  /** `service_stop`: cancels a service; success is an empty result (documented). Key: service_id. */
  stop: rowsOp({
    wire: 'service_stop',
    idempotent: false,
    verify: "check the subscription's state with service.read()",
    doc: 'Cancels a service; an empty result means success.',
    params: { service_id: p.id() },
    columns: SERVICE,
    key,
    emptyOnSuccess: true,
  }),
  /** `service_edit`: changes the service partner or the dates of a service; omitted values stay. Key: service_id. */
  edit: rowsOp({
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
};
