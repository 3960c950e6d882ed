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
  /** Client id. */
  contr_id: oText(),
  /** Client name. */
  name: oText(),
  /** Short name. */
  short_name: oText(),
  /** Landline phone. */
  fone: oText(),
  /** Mobile phone. */
  fone_cell: oText(),
  /** E-mail address. */
  email: oText(),
  /** Client group id (ContrTree). */
  folder_id: oText(),
  /** Consents to SMS about ready orders. */
  agree_to_receive_sms: oFlag(),
  /** Consents to advertising and greeting SMS. */
  agree_to_receive_adv_sms: oFlag(),
  /** Address. */
  address: oText(),
  /** Client card number. */
  barcode: oText(),
  /** The client's discount, in percent. */
  discount: oNum(),
  /** Discount scheme (ДС) id. */
  scheme_id: oText(),
  /** Name of the discount scheme. */
  discount_scheme_name: oText(),
  /** Family discount (семейная скидка). */
  is_family: oFlag(),
  /** Gender: 0 male, 1 female. */
  gender: oNum(),
  /** Client type: 1 organisation, 2 private person. */
  sp: oNum(),
  /** Free text (source of the client). */
  source: oText(),
  /** Last discount applied. */
  last_discount: oNum(),
  /** Region (район) id. */
  region_id: oText(),
  /** Total cost of all orders. */
  full_orders_cost: oNum(),
  /** Number of unpaid orders. */
  order_not_pay: oNum(),
  /** Number of orders. */
  order_count: oNum(),
  /** Deposit balance. */
  deposit: oNum(),
  /** Bonus balance. */
  bonus: oNum(),
  /** The client's debt. */
  dolg: oNum(),
  /** Promo code in use. */
  promo_code: oText(),
  /** Language. */
  lng: oText(),
  /** Whether the client must confirm the contract (offer). */
  need_confirm_contract: oFlag(),
  /** Version of the contract confirmed. */
  version_contract: oText(),
  /** Birthday. */
  birth_day: oDate(),
  /** Consents to saving the payment card. */
  agree_save_card_pay: oFlag(),
  /** Date the last discount scheme (ДС) was assigned. */
  date_last_ds: oDate(),
  /** Addresses of the client, passed through as sent. */
  addresses: z.optional(z.array(z.unknown())),
});

/** ContragInfoForAll input: a cell phone starting with `+`. */
export const ContragInfoParams = z.object({ teleph_cell: phone() });
/** ContragInfoForAll answer. */
export const ContragInfoResult = z.looseObject({
  ...envelope,
  /** Client id. */
  contr_id: oText(),
  /** Full name. */
  fullname: oText(),
  /** Short name. */
  name: oText(),
  /** Mobile phone. */
  teleph_cell: oText(),
  /** E-mail address. */
  email: oText(),
  /** Client group id (ContrTree). */
  folder_id: oText(),
  /** Address. */
  address: oText(),
  /** Discount card number. */
  barcode: oText(),
  /** Discount, in percent. */
  discount: oNum(),
  /** Gender: 0 male, 1 female. */
  gender: oNum(),
  /** Birthday. */
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
  /** Bonus id. */
  bonus_id: oText(),
  /** Parent bonus id, linked with `bonus_id`. */
  parent_bonus_id: oText(),
  /** Accrual date. */
  doc_date: oDate(),
  /** Accrual time. */
  doc_time: oText(),
  /** Amount accrued. */
  kredit: oNum(),
  /** Amount already spent. */
  already_payed: oNum(),
  /** Amount left. */
  bonus_rest: oNum(),
  /** Date the bonus is valid until. */
  active_before: oDate(),
  /** Largest share of an order payable with bonuses, in percent. */
  max_percent_in_zakaz: oNum(),
  /** Single use only. */
  one_time: oFlag(),
  /** Comment. */
  comment: oText(),
  /** Bonus accrual type id. */
  bonus_type_id: oText(),
  /** Bonus accrual type name. */
  bonus_type_name: oText(),
});
/** A payment made with bonuses. */
export const BonusPayment = z.looseObject({
  /** Id of the payment with bonuses. */
  id: oText(),
  /** Bonus paid with. */
  bonus_id: oText(),
  /** Payment date. */
  doc_date: oDate(),
  /** Payment time. */
  doc_time: oText(),
  /** Amount paid with bonuses. */
  debet: oNum(),
  /** Order id. */
  dor_id: oText(),
  /** Order number. */
  doc_num: oText(),
});
/** BonusesBetweenForAll answer. */
export const BonusesBetweenResult = z.looseObject({
  ...envelope,
  bonuses: oList(Bonus),
  bonus_payments: oList(BonusPayment),
});
