import { bytesToBase64, zBase64Bytes } from '@x/core';
import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { type AgbisAnswer, type VendorRecord, envelope, inId, oDate, oList, oNum, oText } from './common.js';
import { OrderInfoParams } from './orders.js';

/** SetOrderImagesForAll input: `img` as bytes (encoded by the SDK) or a base64 string of a JPEG. */
export interface SetOrderImagesParams {
  /** The order service the photo belongs to. */
  dos_id: string | number;
  /** The JPEG photo: bytes (the SDK encodes them as base64) or a base64 string. */
  img: string | Uint8Array<ArrayBuffer>;
}
const setOrderImagesParamsSchema = z.object({
  dos_id: inId(),
  img: z.pipe(
    z.union([z.instanceof(Uint8Array), z.string().check(z.minLength(1))]),
    z.transform((v) => (typeof v === 'string' ? v : bytesToBase64(v))),
  ),
});
/** Schema of {@link SetOrderImagesParams}: validates it and converts it to what the wire carries. */
export const SetOrderImagesParams = named<
  z.output<typeof setOrderImagesParamsSchema>,
  SetOrderImagesParams
>()(setOrderImagesParamsSchema);

/** A service line of a waybill. */
export interface DocInWayService extends VendorRecord {
  /** Id of the line in the waybill. */
  id?: string;
  /** Service id in the order. */
  dos_id?: string;
  /** Waybill id. */
  doc_in_way_id?: string;
  /** Service barcode. */
  barcode?: string;
  /** Service barcode, for reading. */
  barcode_read?: string;
  /** Order number. */
  doc_num?: string;
  /** Order date. */
  doc_date?: string | null;
  /** Order id. */
  dor_id?: string;
  /** Hand-out date of the order. */
  date_out?: string | null;
  /** Price-list id of the service. */
  tovar_id?: string;
  /** Name of the service. */
  tovar_name?: string;
  /** Quantity of the service. */
  qty_kredit?: number | null;
  /** Service status. */
  status_id?: number | null;
  /** Name of the service status. */
  status_name?: string;
  /** Date received. */
  date_in?: string | null;
  /** Time received. */
  time_in?: string;
  /** Id of the user who received it. */
  user_id_in?: string;
  /** Name of the user who received it. */
  user_in_name?: string;
  /** Description of the service. */
  ext_info?: string;
  /** Hand-out point of the order. */
  sclad_to?: string;
  /** Name of the hand-out point. */
  sclad_to_name?: string;
  /** Client id. */
  contr_id?: string;
  /** Client name (ФИО). */
  contr_name?: string;
  /** Point where the service was received from the waybill. */
  sclad_id_in?: string;
  /** Name of that point. */
  sclad_id_in_name?: string;
}
const docInWayServiceSchema = z.looseObject({
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
/** Schema of {@link DocInWayService}: decodes the wire answer into it. */
export const DocInWayService = named<DocInWayService>()(docInWayServiceSchema);

/** A waybill in transit (накладная в пути). `diw_status_id` 1 ready, 2 on the way, 3 accepted, 4 partly accepted. */
export interface DocInWay extends VendorRecord {
  /** Waybill id. */
  id?: string;
  /** Waybill date. */
  doc_date?: string | null;
  /** Waybill number. */
  doc_num?: string;
  /** Status: 1 ready to ship, 2 in transit, 3 received, 4 partly received. */
  diw_status_id?: number | null;
  /** Name of the status. */
  diw_status_name?: string;
  /** Point shipped from. */
  from_sclad_id?: string;
  /** Point shipped to. */
  to_sclad_id?: string;
  /** Mobile point it travels through. */
  by_way_of_sclad_id?: string;
  /** Name of the point shipped from. */
  from_sclad_name?: string;
  /** Name of the point shipped to. */
  to_sclad_name?: string;
  /** Name of the mobile point. */
  by_way_of_sclad_name?: string;
  /** User who shipped it. */
  from_user_id?: string;
  /** User who accompanies it (экспедитор). */
  accomp_id?: string;
  /** User who received it. */
  to_user_id?: string;
  /** Name of the user who shipped it. */
  from_user_name?: string;
  /** Name of the экспедитор. */
  accomp_name?: string;
  /** Name of the user who received it. */
  to_user_name?: string;
  /** Number of places (мест). */
  qty_places?: number | null;
  /** Waybill barcode. */
  barcode?: string;
  /** Group of points it is shipped to. */
  sclad_group_id?: string;
  /** Name of that group. */
  sclad_group_name?: string;
  /** Comment. */
  comments?: string;
  /** Service lines of the waybill. */
  docs_in_way_serv?: DocInWayService[];
}
const docInWaySchema = z.looseObject({
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
/** Schema of {@link DocInWay}: decodes the wire answer into it. */
export const DocInWay = named<DocInWay>()(docInWaySchema);

/** DocsInWayBetweenForAll answer. */
export interface DocsInWayResult extends AgbisAnswer {
  /** Waybills in the range. */
  docs_in_way?: DocInWay[];
}
const docsInWayResultSchema = z.looseObject({ ...envelope, docs_in_way: oList(DocInWay) });
/** Schema of {@link DocsInWayResult}: decodes the wire answer into it. */
export const DocsInWayResult = named<DocsInWayResult>()(docsInWayResultSchema);

/** GetOrderImagesForAll input: the order id, as OrderInfoForAll takes it. */
export type OrderImagesParams = OrderInfoParams;
/** Schema of {@link OrderImagesParams}: validates it and converts it to what the wire carries. */
export const OrderImagesParams = OrderInfoParams;

/** A photo of an order service (GetOrderImagesForAll). */
export interface OrderImage extends VendorRecord {
  /** Order service the photo belongs to. */
  dos_id?: string;
  /** Photo id. */
  photo_id?: string;
  /** The photo, decoded from base64. */
  img?: Uint8Array<ArrayBufferLike>;
}
const orderImageSchema = z.looseObject({
  dos_id: oText(),
  photo_id: oText(),
  img: z.optional(zBase64Bytes()),
});
/** Schema of {@link OrderImage}: decodes the wire answer into it. */
export const OrderImage = named<OrderImage>()(orderImageSchema);

/** GetOrderImagesForAll answer: `img` is decoded from base64 into bytes. */
export interface OrderImagesResult extends AgbisAnswer {
  /** Photos of the order services. */
  photos?: OrderImage[];
}
const orderImagesResultSchema = z.looseObject({ ...envelope, photos: oList(OrderImage) });
/** Schema of {@link OrderImagesResult}: decodes the wire answer into it. */
export const OrderImagesResult = named<OrderImagesResult>()(orderImagesResultSchema);
