import { bytesToBase64, zBase64Bytes } from '@x/core';
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
  /** Id of the line in the waybill. */
  id: oText(),
  /** Service id in the order. */
  dos_id: oText(),
  /** Waybill id. */
  doc_in_way_id: oText(),
  /** Service barcode. */
  barcode: oText(),
  /** Service barcode, for reading. */
  barcode_read: oText(),
  /** Order number. */
  doc_num: oText(),
  /** Order date. */
  doc_date: oDate(),
  /** Order id. */
  dor_id: oText(),
  /** Hand-out date of the order. */
  date_out: oDate(),
  /** Price-list id of the service. */
  tovar_id: oText(),
  /** Name of the service. */
  tovar_name: oText(),
  /** Quantity of the service. */
  qty_kredit: oNum(),
  /** Service status. */
  status_id: oNum(),
  /** Name of the service status. */
  status_name: oText(),
  /** Date received. */
  date_in: oDate(),
  /** Time received. */
  time_in: oText(),
  /** Id of the user who received it. */
  user_id_in: oText(),
  /** Name of the user who received it. */
  user_in_name: oText(),
  /** Description of the service. */
  ext_info: oText(),
  /** Hand-out point of the order. */
  sclad_to: oText(),
  /** Name of the hand-out point. */
  sclad_to_name: oText(),
  /** Client id. */
  contr_id: oText(),
  /** Client name (ФИО). */
  contr_name: oText(),
  /** Point where the service was received from the waybill. */
  sclad_id_in: oText(),
  /** Name of that point. */
  sclad_id_in_name: oText(),
});
/** A waybill in transit (накладная в пути). `diw_status_id` 1 ready, 2 on the way, 3 accepted, 4 partly accepted. */
export const DocInWay = z.looseObject({
  /** Waybill id. */
  id: oText(),
  /** Waybill date. */
  doc_date: oDate(),
  /** Waybill number. */
  doc_num: oText(),
  /** Status: 1 ready to ship, 2 in transit, 3 received, 4 partly received. */
  diw_status_id: oNum(),
  /** Name of the status. */
  diw_status_name: oText(),
  /** Point shipped from. */
  from_sclad_id: oText(),
  /** Point shipped to. */
  to_sclad_id: oText(),
  /** Mobile point it travels through. */
  by_way_of_sclad_id: oText(),
  /** Name of the point shipped from. */
  from_sclad_name: oText(),
  /** Name of the point shipped to. */
  to_sclad_name: oText(),
  /** Name of the mobile point. */
  by_way_of_sclad_name: oText(),
  /** User who shipped it. */
  from_user_id: oText(),
  /** User who accompanies it (экспедитор). */
  accomp_id: oText(),
  /** User who received it. */
  to_user_id: oText(),
  /** Name of the user who shipped it. */
  from_user_name: oText(),
  /** Name of the экспедитор. */
  accomp_name: oText(),
  /** Name of the user who received it. */
  to_user_name: oText(),
  /** Number of places (мест). */
  qty_places: oNum(),
  /** Waybill barcode. */
  barcode: oText(),
  /** Group of points it is shipped to. */
  sclad_group_id: oText(),
  /** Name of that group. */
  sclad_group_name: oText(),
  /** Comment. */
  comments: oText(),
  /** Service lines of the waybill. */
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
      img: z.optional(zBase64Bytes()),
    }),
  ),
});
