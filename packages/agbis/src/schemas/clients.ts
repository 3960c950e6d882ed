import * as z from 'zod/mini';
import {
  envelope,
  inDate,
  inDecimal,
  inFlag,
  inId,
  inInt,
  oDate,
  oFlag,
  oList,
  oNum,
  oText,
} from './common.js';

/** A cell phone must start with `+` (the SDK sends it as `%2B`). */
const phone = () =>
  z.string().check(z.regex(/^\+[\d\s()-]{5,24}$/, 'a phone starting with +, e.g. +79990009900'));

/** ContragForAll input: creates a client, or changes the one named by `contr_id`. */
export const ContragParams = z.object({
  contr_id: z.optional(inId()),
  name: z.string().check(z.minLength(1)),
  fullname: z.string().check(z.minLength(1)),
  /** 1 organisation, 2 private person, 3 organisation under contract. */
  contrag_type: z.optional(inInt()),
  teleph_cell: z.optional(phone()),
  telephone: z.optional(z.string()),
  barcode: z.optional(z.string()),
  /** 0 male, 1 female. */
  gender: z.optional(inInt()),
  address: z.optional(z.string()),
  email: z.optional(z.string()),
  discount: z.optional(inDecimal(',')),
  birthday: z.optional(inDate()),
  agree_to_receive_sms: z.optional(inFlag()),
  agree_to_receive_adv_sms: z.optional(inFlag()),
  agree_to_receive_adv_email: z.optional(inFlag()),
  scheme_id: z.optional(inId()),
});
/** ContragForAll answer. */
export const ContragResult = z.looseObject({ ...envelope, contr_id: z.string(), WasNew: oFlag() });

/** ContrInfoForAll input. */
export const ContrInfoParams = z.object({ contr_id: inId() });
/** A client card (ContrInfoForAll). */
export const ContrInfoResult = z.looseObject({
  ...envelope,
  contr_id: oText(),
  name: oText(),
  short_name: oText(),
  fone: oText(),
  fone_cell: oText(),
  email: oText(),
  folder_id: oText(),
  agree_to_receive_sms: oFlag(),
  agree_to_receive_adv_sms: oFlag(),
  address: oText(),
  barcode: oText(),
  discount: oNum(),
  scheme_id: oText(),
  discount_scheme_name: oText(),
  is_family: oFlag(),
  gender: oNum(),
  sp: oNum(),
  source: oText(),
  last_discount: oNum(),
  region_id: oText(),
  full_orders_cost: oNum(),
  order_not_pay: oNum(),
  order_count: oNum(),
  deposit: oNum(),
  bonus: oNum(),
  dolg: oNum(),
  promo_code: oText(),
  lng: oText(),
  need_confirm_contract: oFlag(),
  version_contract: oText(),
  birth_day: oDate(),
  agree_save_card_pay: oFlag(),
  date_last_ds: oDate(),
  addresses: z.optional(z.array(z.unknown())),
});

/** ContragInfoForAll input: a cell phone starting with `+`. */
export const ContragInfoParams = z.object({ teleph_cell: phone() });
/** ContragInfoForAll answer. */
export const ContragInfoResult = z.looseObject({
  ...envelope,
  contr_id: oText(),
  fullname: oText(),
  name: oText(),
  teleph_cell: oText(),
  email: oText(),
  folder_id: oText(),
  address: oText(),
  barcode: oText(),
  discount: oNum(),
  gender: oNum(),
  birthday: oDate(),
});

/** AddBonusForAll input: `contr_id` or `barcode` names the client. */
export const AddBonusParams = z
  .object({
    contr_id: z.optional(inId()),
    barcode: z.optional(z.string()),
    amount: inDecimal('.'),
    active_before: z.optional(inDate()),
    max_percent_in_zakaz: z.optional(inDecimal('.')),
    bonus_type_id: z.optional(inId()),
    comment: z.optional(z.string()),
  })
  .check(
    z.refine((v) => v.contr_id !== undefined || v.barcode !== undefined, {
      message: 'contr_id or barcode is required',
      path: ['contr_id'],
    }),
  );

/** BonusesBetweenForAll input (dates inclusive). */
export const BonusesBetweenParams = z.object({
  contr_id: z.optional(inId()),
  StartDate: inDate(),
  StopDate: inDate(),
});
/** A bonus accrual. */
export const Bonus = z.looseObject({
  bonus_id: oText(),
  parent_bonus_id: oText(),
  doc_date: oDate(),
  doc_time: oText(),
  kredit: oNum(),
  already_payed: oNum(),
  bonus_rest: oNum(),
  active_before: oDate(),
  max_percent_in_zakaz: oNum(),
  one_time: oFlag(),
  comment: oText(),
  bonus_type_id: oText(),
  bonus_type_name: oText(),
});
/** A payment made with bonuses. */
export const BonusPayment = z.looseObject({
  id: oText(),
  bonus_id: oText(),
  doc_date: oDate(),
  doc_time: oText(),
  debet: oNum(),
  dor_id: oText(),
  doc_num: oText(),
});
/** BonusesBetweenForAll answer. */
export const BonusesBetweenResult = z.looseObject({
  ...envelope,
  bonuses: oList(Bonus),
  bonus_payments: oList(BonusPayment),
});
