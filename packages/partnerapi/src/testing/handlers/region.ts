import type { HandlersOf } from '@x/core/testing';
import type { regionOperations } from '../../operations/region.js';
import { type Handler, ref, rows } from '../context.js';

/** One handler per entry of `regionOperations`, under the same key. */
export const regionHandlers = {
  read: (a, ctx) => {
    const id = ref(a, 'region_id');
    return rows(
      [...ctx.state.regions.values()].filter(
        (r) => ctx.state.partnerRegions.has(r.region_id) && (id === null || r.region_id === id),
      ),
    );
  },
} satisfies HandlersOf<typeof regionOperations, Handler>;
