import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { type DateRangeParams, dateRange } from './orders.js';
import {
  type AgbisAnswer,
  type VendorRecord,
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
export interface ContragParams {
  /** Short name of the client (required). */
  name: string;
  /** Full name (ФИО or organisation name; required). */
  fullname: string;
  /** Client to change; leave it out to create a new client. */
  contr_id?: string | number;
  /** Client type: 1 organisation, 2 private person, 3 organisation under contract. */
  contrag_type?: string | number;
  /** Mobile phone starting with `+` (e.g. `+79990009900`); the SDK sends the `+` as `%2B`. */
  teleph_cell?: string;
  /** Landline phone. */
  telephone?: string;
  /** Client card number. */
  barcode?: string;
  /** Gender: 0 male, 1 female. */
  gender?: string | number;
  /** Address. */
  address?: string;
  /** E-mail address. */
  email?: string;
  /** Discount, in percent: a number (sent with a decimal comma) or a decimal string. */
  discount?: string | number;
  /** Birthday: ISO date, `Date` or `dd.mm.yyyy`, sent as `dd.mm.yyyy`. */
  birthday?: string | Date;
  /** Consents to SMS about ready orders: `true`/`false`, `1`/`0` or `"1"`/`"0"`. */
  agree_to_receive_sms?: 0 | 1 | '1' | '0' | boolean;
  /** Consents to advertising and greeting SMS: `true`/`false`, `1`/`0` or `"1"`/`"0"`. */
  agree_to_receive_adv_sms?: 0 | 1 | '1' | '0' | boolean;
  /** Consents to advertising e-mails: `true`/`false`, `1`/`0` or `"1"`/`"0"`, sent as `"1"`/`"0"`. */
  agree_to_receive_adv_email?: 0 | 1 | '1' | '0' | boolean;
  /** Discount scheme (ДС) id. */
  scheme_id?: string | number;
}
const contragParamsSchema = z.object({
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
/** Schema of {@link ContragParams}: validates it and converts it to what the wire carries. */
export const ContragParams = named<z.output<typeof contragParamsSchema>, ContragParams>()(
  contragParamsSchema,
);

/** ContragForAll answer. */
export interface ContragResult extends AgbisAnswer {
  /** Client id. */
  contr_id: string;
  /** Whether a new client was created (`true`) or the one named by `contr_id` was changed. */
  WasNew?: boolean | null;
}
const contragResultSchema = z.looseObject({ ...envelope, contr_id: z.string(), WasNew: oFlag() });
/** Schema of {@link ContragResult}: decodes the wire answer into it. */
export const ContragResult = named<ContragResult>()(contragResultSchema);

/** ContrInfoForAll input. */
export interface ContrInfoParams {
  /** The client (a string or a number). */
  contr_id: string | number;
}
const contrInfoParamsSchema = z.object({ contr_id: inId() });
/** Schema of {@link ContrInfoParams}: validates it and converts it to what the wire carries. */
export const ContrInfoParams = named<z.output<typeof contrInfoParamsSchema>, ContrInfoParams>()(
  contrInfoParamsSchema,
);

/** A client card (ContrInfoForAll). */
export interface ContrInfoResult extends AgbisAnswer {
  /** Client id. */
  contr_id?: string;
  /** Client name. */
  name?: string;
  /** Short name. */
  short_name?: string;
  /** Landline phone. */
  fone?: string;
  /** Mobile phone. */
  fone_cell?: string;
  /** E-mail address. */
  email?: string;
  /** Client group id (ContrTree). */
  folder_id?: string;
  /** Consents to SMS about ready orders. */
  agree_to_receive_sms?: boolean | null;
  /** Consents to advertising and greeting SMS. */
  agree_to_receive_adv_sms?: boolean | null;
  /** Address. */
  address?: string;
  /** Client card number. */
  barcode?: string;
  /** The client's discount, in percent. */
  discount?: number | null;
  /** Discount scheme (ДС) id. */
  scheme_id?: string;
  /** Name of the discount scheme. */
  discount_scheme_name?: string;
  /** Family discount (семейная скидка). */
  is_family?: boolean | null;
  /** Gender: 0 male, 1 female. */
  gender?: number | null;
  /** Client type: 1 organisation, 2 private person. */
  sp?: number | null;
  /** Free text (source of the client). */
  source?: string;
  /** Last discount applied. */
  last_discount?: number | null;
  /** Region (район) id. */
  region_id?: string;
  /** Total cost of all orders. */
  full_orders_cost?: number | null;
  /** Number of unpaid orders. */
  order_not_pay?: number | null;
  /** Number of orders. */
  order_count?: number | null;
  /** Deposit balance. */
  deposit?: number | null;
  /** Bonus balance. */
  bonus?: number | null;
  /** The client's debt. */
  dolg?: number | null;
  /** Promo code in use. */
  promo_code?: string;
  /** Language. */
  lng?: string;
  /** Whether the client must confirm the contract (offer). */
  need_confirm_contract?: boolean | null;
  /** Version of the contract confirmed. */
  version_contract?: string;
  /** Birthday. */
  birth_day?: string | null;
  /** Consents to saving the payment card. */
  agree_save_card_pay?: boolean | null;
  /** Date the last discount scheme (ДС) was assigned. */
  date_last_ds?: string | null;
  /** Addresses of the client, passed through as sent. */
  addresses?: unknown[];
}
const contrInfoResultSchema = z.looseObject({
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
/** Schema of {@link ContrInfoResult}: decodes the wire answer into it. */
export const ContrInfoResult = named<ContrInfoResult>()(contrInfoResultSchema);

/** ContragInfoForAll input: a cell phone starting with `+`. */
export interface ContragInfoParams {
  /** Mobile phone starting with `+` (e.g. `+79990009900`). */
  teleph_cell: string;
}
const contragInfoParamsSchema = z.object({ teleph_cell: phone() });
/** Schema of {@link ContragInfoParams}: validates it and converts it to what the wire carries. */
export const ContragInfoParams = named<z.output<typeof contragInfoParamsSchema>, ContragInfoParams>()(
  contragInfoParamsSchema,
);

/** ContragInfoForAll answer. */
export interface ContragInfoResult extends AgbisAnswer {
  /** Client id. */
  contr_id?: string;
  /** Full name. */
  fullname?: string;
  /** Short name. */
  name?: string;
  /** Mobile phone. */
  teleph_cell?: string;
  /** E-mail address. */
  email?: string;
  /** Client group id (ContrTree). */
  folder_id?: string;
  /** Address. */
  address?: string;
  /** Discount card number. */
  barcode?: string;
  /** Discount, in percent. */
  discount?: number | null;
  /** Gender: 0 male, 1 female. */
  gender?: number | null;
  /** Birthday. */
  birthday?: string | null;
}
const contragInfoResultSchema = z.looseObject({
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
/** Schema of {@link ContragInfoResult}: decodes the wire answer into it. */
export const ContragInfoResult = named<ContragInfoResult>()(contragInfoResultSchema);

/** AddBonusForAll input: `contr_id` or `barcode` names the client. */
export interface AddBonusParams {
  /** Bonus amount, in roubles: a number (sent with a dot) or a decimal string sent as given. */
  amount: string | number;
  /** The client by id; give it or `barcode`. */
  contr_id?: string | number;
  /** The client by card number; give it or `contr_id`. */
  barcode?: string;
  /** Last day the bonus is valid: ISO date, `Date` or `dd.mm.yyyy`. */
  active_before?: string | Date;
  /** Largest share of an order payable with these bonuses, in percent. */
  max_percent_in_zakaz?: string | number;
  /** Bonus accrual type id. */
  bonus_type_id?: string | number;
  /** Comment stored with the accrual (addBonusOnce uses it to find the accrual again). */
  comment?: string;
}
const addBonusParamsSchema = z
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
/** Schema of {@link AddBonusParams}: validates it and converts it to what the wire carries. */
export const AddBonusParams = named<z.output<typeof addBonusParamsSchema>, AddBonusParams>()(
  addBonusParamsSchema,
);

/** BonusesBetweenForAll input (dates inclusive). */
export interface BonusesBetweenParams extends DateRangeParams {
  /** Only this client; all clients when left out. */
  contr_id?: string | number;
}
const bonusesBetweenParamsSchema = z.object({
  contr_id: z.optional(inId()),
  ...dateRange,
});
/** Schema of {@link BonusesBetweenParams}: validates it and converts it to what the wire carries. */
export const BonusesBetweenParams = named<
  z.output<typeof bonusesBetweenParamsSchema>,
  BonusesBetweenParams
>()(bonusesBetweenParamsSchema);

/** A bonus accrual. */
export interface Bonus extends VendorRecord {
  /** Bonus id. */
  bonus_id?: string;
  /** Parent bonus id, linked with `bonus_id`. */
  parent_bonus_id?: string;
  /** Accrual date. */
  doc_date?: string | null;
  /** Accrual time. */
  doc_time?: string;
  /** Amount accrued. */
  kredit?: number | null;
  /** Amount already spent. */
  already_payed?: number | null;
  /** Amount left. */
  bonus_rest?: number | null;
  /** Date the bonus is valid until. */
  active_before?: string | null;
  /** Largest share of an order payable with bonuses, in percent. */
  max_percent_in_zakaz?: number | null;
  /** Single use only. */
  one_time?: boolean | null;
  /** Comment. */
  comment?: string;
  /** Bonus accrual type id. */
  bonus_type_id?: string;
  /** Bonus accrual type name. */
  bonus_type_name?: string;
}
const bonusSchema = z.looseObject({
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
/** Schema of {@link Bonus}: decodes the wire answer into it. */
export const Bonus = named<Bonus>()(bonusSchema);

/** A payment made with bonuses. */
export interface BonusPayment extends VendorRecord {
  /** Id of the payment with bonuses. */
  id?: string;
  /** Bonus paid with. */
  bonus_id?: string;
  /** Payment date. */
  doc_date?: string | null;
  /** Payment time. */
  doc_time?: string;
  /** Amount paid with bonuses. */
  debet?: number | null;
  /** Order id. */
  dor_id?: string;
  /** Order number. */
  doc_num?: string;
}
const bonusPaymentSchema = z.looseObject({
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
/** Schema of {@link BonusPayment}: decodes the wire answer into it. */
export const BonusPayment = named<BonusPayment>()(bonusPaymentSchema);

/** BonusesBetweenForAll answer. */
export interface BonusesBetweenResult extends AgbisAnswer {
  /** Bonus accruals in the range. */
  bonuses?: Bonus[];
  /** Payments made with bonuses in the range. */
  bonus_payments?: BonusPayment[];
}
const bonusesBetweenResultSchema = z.looseObject({
  ...envelope,
  bonuses: oList(Bonus),
  bonus_payments: oList(BonusPayment),
});
/** Schema of {@link BonusesBetweenResult}: decodes the wire answer into it. */
export const BonusesBetweenResult = named<BonusesBetweenResult>()(bonusesBetweenResultSchema);
