import type { HandlersOf } from '@x/core/testing';
import type { deprecatedOperations } from '../../operations/deprecated.js';
import { need, orderOf, type Handler } from './common.js';

/** Obsolete commands (устаревшие команды): one handler per entry of `deprecatedOperations`, under the same key. */
export const deprecatedHandlers = {
  getOrderImages(ctx) {
    need(ctx.params, 'dor_id');
    const order = orderOf(ctx.state, ctx.params.dor_id);
    return {
      photos: ctx.state.photos
        .filter((p) => order.services.some((s) => s.dos_id === p.dos_id))
        .map((p) => ({ dos_id: p.dos_id, photo_id: p.photo_id, img: p.img })),
    };
  },
} satisfies HandlersOf<typeof deprecatedOperations, Handler>;
