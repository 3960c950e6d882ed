import { bytesToBase64 } from '@x/core';
import * as z from 'zod/mini';
import { envelope, inId, oDate, oList, oNum, oText } from './common.js';

/** SetOrderImagesForAll input: `img` as bytes (encoded by the SDK) or a base64 string of a JPEG. */
export const SetOrderImagesParams = z.object({
  dos_id: inId(),
  img: z.pipe(
    z.union([z.instanceof(Uint8Array), z.string().check(z.minLength(1))]),
    z.transform((v) => (typeof v === 'string' ? v : bytesToBase64(v))),
  ),
});

/** A service line of a waybill. */
export const DocInWayService = z.looseObject({
  id: oText(),
  dos_id: oText(),
  doc_in_way_id: oText(),
  barcode: oText(),
  barcode_read: oText(),
  doc_num: oText(),
  doc_date: oDate(),
  dor_id: oText(),
  date_out: oDate(),
  tovar_id: oText(),
  tovar_name: oText(),
  qty_kredit: oNum(),
  status_id: oNum(),
  status_name: oText(),
  date_in: oDate(),
  time_in: oText(),
  user_id_in: oText(),
  user_in_name: oText(),
  ext_info: oText(),
  sclad_to: oText(),
  sclad_to_name: oText(),
  contr_id: oText(),
  contr_name: oText(),
  sclad_id_in: oText(),
  sclad_id_in_name: oText(),
});
/** A waybill in transit (накладная в пути). `diw_status_id` 1 ready, 2 on the way, 3 accepted, 4 partly accepted. */
export const DocInWay = z.looseObject({
  id: oText(),
  doc_date: oDate(),
  doc_num: oText(),
  diw_status_id: oNum(),
  diw_status_name: oText(),
  from_sclad_id: oText(),
  to_sclad_id: oText(),
  by_way_of_sclad_id: oText(),
  from_sclad_name: oText(),
  to_sclad_name: oText(),
  by_way_of_sclad_name: oText(),
  from_user_id: oText(),
  accomp_id: oText(),
  to_user_id: oText(),
  from_user_name: oText(),
  accomp_name: oText(),
  to_user_name: oText(),
  qty_places: oNum(),
  barcode: oText(),
  sclad_group_id: oText(),
  sclad_group_name: oText(),
  comments: oText(),
  docs_in_way_serv: oList(DocInWayService),
});
/** DocsInWayBetweenForAll answer. */
export const DocsInWayResult = z.looseObject({ ...envelope, docs_in_way: oList(DocInWay) });

/** GetOrderImagesForAll input. */
export const OrderImagesParams = z.object({ dor_id: inId() });
/** GetOrderImagesForAll answer: `img` is decoded from base64 into bytes. */
export const OrderImagesResult = z.looseObject({
  ...envelope,
  photos: oList(
    z.looseObject({
      dos_id: oText(),
      photo_id: oText(),
      img: z.optional(
        z.pipe(
          z.string(),
          z.transform((v: string, ctx) => {
            try {
              const binary = atob(v.replace(/\s+/g, ''));
              const out = new Uint8Array(binary.length);
              for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
              return out;
            } catch {
              ctx.issues.push({ code: 'custom', message: 'img is not base64', input: v });
              return z.NEVER;
            }
          }),
        ),
      ),
    }),
  ),
});
