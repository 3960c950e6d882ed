import type { HandlersOf } from '@x/core/testing';
import type { deprecatedOperations } from '../../operations/deprecated.js';
import { orderPhotos, type Handler } from './common.js';

/** Obsolete commands (устаревшие команды): one handler per entry of `deprecatedOperations`, under the same key. */
export const deprecatedHandlers = {
  getOrderImages(ctx) {
    return { photos: orderPhotos(ctx).map(({ dos_id, photo_id, img }) => ({ dos_id, photo_id, img })) };
  },
} satisfies HandlersOf<typeof deprecatedOperations, Handler>;
