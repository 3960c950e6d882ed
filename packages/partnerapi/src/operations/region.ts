import { REGION, type RegionRow } from '../schemas/catalog.js';
import { p } from '../schemas/params.js';
import { rowsOp, namedOp } from './define.js';

/** Input of `region.read` (PartnerAPI `region_read`; every operand is optional; the whole input may be left out). */
export interface RegionReadInput {
  /** Region УИД; optional: `null` or left out sends nil. */
  region_id?: string | null;
}

/** Regions. */
export const regionOperations = {
  /** `region_read`: the regions the current partner is present in (region_time_zone kept as text). Key: region_id. */
  read: namedOp<RegionReadInput | undefined, RegionRow[]>()(
    rowsOp({
      wire: 'region_read',
      idempotent: true,
      doc: 'Reads the regions of the current partner.',
      params: { region_id: p.idOpt() },
      columns: REGION,
      key: ['region_id'],
    }),
  ),
};
