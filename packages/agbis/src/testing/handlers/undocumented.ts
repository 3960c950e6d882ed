import type { UndocumentedCommand } from '../../operations/index.js';
import { EmuError, dateParam, need, orderPhotos, str, tripRecord, type Handler } from './common.js';

/** A tiny JPEG (SOI … EOI) used by PhotoOnline. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);

/** Commands the document mentions without describing, by wire name (reachable through `client.call`). */
export const undocumentedHandlers: Record<UndocumentedCommand, Handler> = {
  Trips(ctx) {
    need(ctx.params, 'date');
    const date = new Date(dateParam(ctx.params, 'date')).toISOString().slice(0, 10);
    return {
      trips: [...ctx.state.trips.values()]
        .filter((t) => t.date === date)
        .map((t) => ({ ...tripRecord(ctx.state, t), mp_status: String(t.mp_status), dor_id: t.dor_id })),
    };
  },
  OrderImagesModern(ctx) {
    return { photos: orderPhotos(ctx).map(({ dos_id, photo_id }) => ({ dos_id, photo_id })) };
  },
  PhotoOnline(ctx) {
    need(ctx.params, 'photo_id');
    const photo = ctx.state.photos.find((p) => p.photo_id === str(ctx.params.photo_id));
    if (!photo) throw new EmuError(1, 'Фотография не найдена');
    const bin = atob(photo.img);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return { file: bytes.length > 0 ? bytes : JPEG, contentType: 'image/jpeg' };
  },
};
