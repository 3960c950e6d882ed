import type { HandlersOf } from '@x/core/testing';
import type { serviceOperations } from '../../operations/services.js';
import { dayTime, isoToDay } from '../format.js';
import { EmuError, countWrite, dayRange, inRange, need, str, type Handler } from './common.js';

/** Services (работа с услугами): one handler per entry of `serviceOperations`, under the same key. */
export const serviceHandlers = {
  setImages(ctx) {
    need(ctx.params, 'dos_id', 'img');
    const dosId = str(ctx.params.dos_id);
    const known = [...ctx.state.orders.values()].some((o) => o.services.some((s) => s.dos_id === dosId));
    if (!known) throw new EmuError(1, 'Услуга не найдена');
    const img = str(ctx.params.img);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(img)) throw new EmuError(105, 'Изображение должно быть в base64');
    countWrite(ctx);
    ctx.state.photos.push({ photo_id: ctx.state.nextId(), dos_id: dosId, img });
    return {};
  },
  docsInWayBetween(ctx) {
    const [from, to] = dayRange(ctx);
    return {
      docs_in_way: ctx.state.docsInWay
        .filter((d) => inRange(Date.parse(`${d.doc_date}T00:00:00Z`), from, to))
        .map((d) => ({
          id: d.id,
          doc_date: isoToDay(d.doc_date),
          doc_num: d.doc_num,
          diw_status_id: String(d.diw_status_id),
          diw_status_name:
            ['', 'Готова к отгрузке', 'В пути', 'Принята', 'Принята не полностью'][d.diw_status_id] ?? '',
          from_sclad_id: d.from_sclad_id,
          to_sclad_id: d.to_sclad_id,
          by_way_of_sclad_id: '',
          qty_places: '',
          barcode: `25${d.id}`,
          comments: '',
          docs_in_way_serv: d.dos_ids.map((dosId, i) => {
            const order = [...ctx.state.orders.values()].find((o) =>
              o.services.some((s) => s.dos_id === dosId),
            );
            return {
              id: `${d.id}${i}`,
              dos_id: dosId,
              doc_in_way_id: d.id,
              dor_id: order?.dor_id ?? '',
              doc_num: order?.doc_num ?? '',
              date_out: dayTime(order?.date_out ?? null),
              qty_kredit: '1',
            };
          }),
        })),
    };
  },
} satisfies HandlersOf<typeof serviceOperations, Handler>;
