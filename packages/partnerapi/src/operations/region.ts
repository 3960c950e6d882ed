import { REGION } from '../schemas/catalog.js';
import { p } from '../schemas/params.js';
import { rowsOp } from './define.js';

/** Regions. */
export const regionOperations = {
  /** `region_read`: the regions the current partner is present in (region_time_zone kept as text). Key: region_id. */
  read: rowsOp({
    wire: 'region_read',
    idempotent: true,
    doc: 'Reads the regions of the current partner.',
    params: { region_id: p.idOpt() },
    columns: REGION,
    key: ['region_id'],
  }),
};
