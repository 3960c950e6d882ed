/**
 * State of the AGBIS emulator: plain records in JS types (numbers, ms timestamps), turned into the
 * vendor's encodings only when answered (see format.ts).
 */

/**
 * The default user: login `api`, password `secret`, id `1022`. Seeded when no `users` are given;
 * pass the same credentials to the client under test.
 */
export const DEFAULT_USER = { id: '1022', login: 'api', password: 'secret' } as const;

/** A program user who may log in (Агбис.Химчистка → Справочники → Пользователи). */
export interface EmuUser {
  /** User id, answered as Login's `User_ID` and ValidSessionID's `user_id`. */
  id: string;
  /** Login name, matched against Login's `User` (may be Cyrillic). */
  login: string;
  /** SHA-1 hex of the password. */
  pwdSha1: string;
}

/** A client (контрагент), as ContragForAll writes it and ContrInfoForAll/ContragInfoForAll read it. */
export interface EmuClient {
  /** Client id (`contr_id`), the key of `AgbisState.clients`. */
  contr_id: string;
  /** Short name, e.g. `Иванов И. И.`. */
  name: string;
  /** Full name; defaults to `name` when seeded without one. */
  fullname: string;
  /** Mobile phone with a leading `+`; ContragInfoForAll searches by it. */
  teleph_cell: string;
  /** Landline phone. */
  telephone: string;
  /** E-mail address. */
  email: string;
  /** Postal address. */
  address: string;
  /** Discount card number; AddBonusForAll can find the client by it. */
  barcode: string;
  /** Gender as the vendor codes it: 0 male, 1 female. */
  gender: number;
  /** The client's discount, in percent. */
  discount: number;
  /** ISO date or "". */
  birthday: string;
  /** Client group (a ContrTree `folder_id`); seeded clients default to `24` (Частные лица). */
  folder_id: string;
  /** Discount scheme (ДС) id from GetListsVdsDsForAll, or "". */
  scheme_id: string;
  /** Client type: 1 organisation, 2 private person (seed default), 3 organisation by contract. */
  contrag_type: number;
  /** Deposit balance. */
  deposit: number;
  /** Consent to service SMS (order ready). */
  agree_to_receive_sms: boolean;
  /** Consent to advertising SMS. */
  agree_to_receive_adv_sms: boolean;
  /** Creation time, ms since the epoch (emulator clock). */
  created: number;
  /** Last change time, ms since the epoch; ClientsByDateTimeForAll selects by it. */
  updated: number;
}

/**
 * A client card with every field empty, as ContragForAll creates it: an organisation without SMS
 * consent, created and updated at `at`. Seeding starts from it too, with its own defaults on top.
 */
export function blankClient(contr_id: string, at: number): EmuClient {
  return {
    contr_id,
    name: '',
    fullname: '',
    teleph_cell: '',
    telephone: '',
    email: '',
    address: '',
    barcode: '',
    gender: 0,
    discount: 0,
    birthday: '',
    folder_id: '24',
    scheme_id: '',
    contrag_type: 1,
    deposit: 0,
    agree_to_receive_sms: false,
    agree_to_receive_adv_sms: false,
    created: at,
    updated: at,
  };
}

/** A price-list line (PriceList). */
export interface EmuPriceItem {
  /** Service or goods id; orders refer to it as `tovar_id`. */
  id: string;
  /** Price group (PriceTree `folder_id`). */
  folder_id: string;
  /** 1 goods, 2 service (PriceList's `tovar_type` filter). */
  tovar_type: number;
  /** Article code (артикул). */
  code: string;
  /** Name of the service or goods. */
  name: string;
  /** Unit, e.g. `1 шт`. */
  unit: string;
  /** Price in roubles. */
  price: number;
  /** Name of the parent group. */
  group_p: string;
  /** Name of the top-level group. */
  top_parent: string;
  /** Addon pack (комплект доп. реквизитов, AddonPacks id) of the service, or "". */
  order_addon_pack_id: string;
  /** Price list id; `0` is the retail price list (розничный). */
  price_id: string;
}

/** An addon type (доп. реквизит, AddonTypes). */
export interface EmuAddonType {
  /** Addon id, used as `addon_id` in service lines. */
  id: string;
  /** Addon group id. */
  group_id: number;
  /** Name, e.g. `Цвет`. */
  descr: string;
  /** Value type (0 integer, 1 string, 2 boolean, 3 date, 5 float, 6 label, 7 string with price and quantity, 8 string with coefficient, 9 figure). */
  value_type: number;
  /** Selectable strings (value types 1 and 7): id, text and number; answered as `addon_str_values`. */
  strValues?: Array<{ id: string; value_str: string; value_flt: number }>;
}

/** An addon value in a service. */
export interface EmuAddonValue {
  /** Id of this value in the service. */
  aos_id: string;
  /** Addon type id. */
  addon_id: string;
  /** The value as the client sent it, e.g. `4|2,3|4,5|` for a figure. */
  value: string;
}

/** A service of an order (an item of the vendor's `Srvices`). */
export interface EmuService {
  /** Service id in the order (`dos_id`); photos and waybills refer to it. */
  dos_id: string;
  /** `dos_id` of the main service of a set or repair child, or "". */
  parent_id: string;
  /** Price-list id of the service (`tovar_id` on input). */
  tov_id: string;
  /** Quantity. */
  qty: number;
  /** Unit price. */
  price: number;
  /** Coefficient (`kfx`) the price is multiplied by. */
  kfx: number;
  /** Manual discount, in percent. */
  discount: number;
  /** Service status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id: number;
  /** Description (`ext_info`). */
  ext_info: string;
  /** Service barcode (ШК услуги). */
  barcode: string;
  /** Addon values of the service. */
  addons: EmuAddonValue[];
}

/** A payment (positive) or refund (negative) of an order. */
export interface EmuPayment {
  /** Payment id. */
  id: string;
  /** When it was made, ms since the epoch. */
  at: number;
  /** PayForAll/ReturnPayForAll `type_doc`: 1 card, 2 cash desk, 3 bank, 4 bonuses, 5 deposit. */
  type_doc: number;
  /** Amount in roubles; negative for a refund. */
  amount: number;
  /** Whether it was to be fiscalised on the cash register (`is_fiscal`). */
  is_fiscal: boolean;
}

/** An order. */
export interface EmuOrder {
  /** Order id (`dor_id`), the key of `AgbisState.orders`. */
  dor_id: string;
  /** Order number as printed, a string with leading zeros (`000034`). */
  doc_num: string;
  /** Client id. */
  contr_id: string;
  /** ms of acceptance (doc_date + doc_time). */
  accepted: number;
  /** Planned hand-out time, ms, or null. */
  date_out: number | null;
  /** Actual hand-out time, ms, or null. */
  date_out_fact: number | null;
  /** Order status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id: number;
  /** Acceptance point (склад приёма). */
  sclad_id: string;
  /** Hand-out point (склад выдачи). */
  sclad_to: string;
  /** Point where the order is now. */
  current_sclad_id: string;
  /** Price list id; `0` is retail. */
  price_id: string;
  /** External discount scheme (ВДС) id, or "". */
  vds_id: string;
  /** Urgency id (срочность, GetListsOrderTNDForAll `order_times`). */
  fast_exec: string;
  /** Id of the user who accepted the order. */
  user_id: string;
  /** Client confirmation: 0 none needed, 1 awaited, 2 confirmed, 3 refused. */
  waiting_confirm: number;
  /** Services of the order. */
  services: EmuService[];
  /** Payments and refunds; their sum is what the order shows as paid. */
  payments: EmuPayment[];
  /** Order comments. */
  comments: string[];
  /** Last change time, ms; OrderByDateTimeForAll selects by it. */
  updated: number;
}

/**
 * A client to seed (`seed: { clients: [DEMO_CLIENT] }`): id `10013`, names, a cell phone, an e-mail,
 * a discount card and a 12.5 % discount. The SDK's own tests and benchmarks read this client back.
 */
export const DEMO_CLIENT: Partial<EmuClient> & { contr_id: string; name: string } = {
  contr_id: '10013',
  name: 'Агбис Т. Т.',
  fullname: 'Агбис Тест Тестович',
  teleph_cell: '+79990009900',
  email: 'test@test.com',
  barcode: '1600000100138',
  discount: 12.5,
};

/**
 * A new order as OrderSaveForAll creates it before its services: status 1 (new), no hand-out time,
 * no services, payments or comments, retail prices, acceptance and hand-out point `1`, accepted by
 * {@link DEFAULT_USER}, numbered with `dor_id` padded to six digits, last changed when accepted.
 * `fields` names the order and sets anything else; seeds build their orders from it.
 */
export function blankOrder(
  fields: Pick<EmuOrder, 'dor_id' | 'contr_id' | 'accepted'> & Partial<EmuOrder>,
): EmuOrder {
  return {
    doc_num: fields.dor_id.padStart(6, '0'),
    date_out: null,
    date_out_fact: null,
    status_id: 1,
    sclad_id: '1',
    sclad_to: '1',
    current_sclad_id: '1',
    price_id: '0',
    vds_id: '',
    fast_exec: '0',
    user_id: DEFAULT_USER.id,
    waiting_confirm: 0,
    services: [],
    payments: [],
    comments: [],
    updated: fields.accepted,
    ...fields,
  };
}

/**
 * A service line of one piece, coefficient 1, no discount, status 1 (new), no description, barcode
 * or addons, not part of a set. `fields` names the line, its item and price, and sets anything else;
 * seeds build their services from it.
 */
export function blankService(
  fields: Pick<EmuService, 'dos_id' | 'tov_id' | 'price'> & Partial<EmuService>,
): EmuService {
  return {
    parent_id: '',
    qty: 1,
    kfx: 1,
    discount: 0,
    status_id: 1,
    ext_info: '',
    barcode: '',
    addons: [],
    ...fields,
  };
}

/** A bonus accrual. */
export interface EmuBonus {
  /** Bonus id. */
  bonus_id: string;
  /** Client the bonus belongs to. */
  contr_id: string;
  /** Accrual time, ms. */
  at: number;
  /** Amount accrued. */
  amount: number;
  /** Part already spent on orders (PayForAll with `type_doc` 4). */
  spent: number;
  /** Date the bonus is valid until (`active_before`), as sent, or "". */
  active_before: string;
  /** Largest share of an order payable with this bonus, in percent, or null. */
  max_percent_in_zakaz: number | null;
  /** Bonus accrual type id, or "". */
  bonus_type_id: string;
  /** Comment. */
  comment: string;
}

/** A courier trip (выезд). */
export interface EmuTrip {
  /** Trip id (TripOrder's `TripID`). */
  id: string;
  /** Trip type as TripOrder takes it: 1 pick-up, 2 delivery. */
  tp: number;
  /** ISO date. */
  date: string;
  /** Start time, `HH:MM`. */
  hr: string;
  /** End time, `HH:MM`. */
  hr_to: string;
  /** Address of the trip. */
  address: string;
  /** Region id (Regions), or "". */
  region_id: string;
  /** Mobile point (мобильный склад) id. */
  car_id: string;
  /** Comment. */
  comment: string;
  /** Client's phone. */
  tel: string;
  /** Client's name (ФИО). */
  fio: string;
  /** Trip status: 0 new, 1 done, 2 cancelled, 3 accepted, 4 on the way, 5 arrived, 6 renegotiation. */
  mp_status: number;
  /** Client id, or "". */
  contr_id: string;
  /** Order the trip belongs to, or "". */
  dor_id: string;
}

/** A waybill in transit (seeded; the commercial API only reads them). */
export interface EmuDocInWay {
  /** Waybill id. */
  id: string;
  /** ISO date. */
  doc_date: string;
  /** Waybill number. */
  doc_num: string;
  /** Status: 1 ready to ship, 2 in transit, 3 received, 4 partly received. */
  diw_status_id: number;
  /** Point it is shipped from. */
  from_sclad_id: string;
  /** Point it is shipped to. */
  to_sclad_id: string;
  /** Order services (`dos_id`) it carries. */
  dos_ids: string[];
}

/** A photo of a service. */
export interface EmuPhoto {
  /** Photo id (PhotoOnline's `photo_id`). */
  photo_id: string;
  /** Service the photo shows. */
  dos_id: string;
  /** base64 JPEG. */
  img: string;
}

/** An entry of the order change log (LastChangeOrder, OrderByDateTimeForAll). */
export interface EmuChange {
  /** Sequence number of the change, from 1 (LastChangeOrder's `cur_id`). */
  cur_id: number;
  /** Change time, ms (answered as `dttm`). */
  at: number;
  /** Order that changed. */
  dor_id: string;
  /** Order status after the change. */
  status_id: number;
  /** Client of the order. */
  contr_id: string;
  /** Point where the order was at the change. */
  cur_sclad_id: string;
  /** Hand-out point. */
  sclad_to: string;
  /** Acceptance point. */
  sclad_kredit_id: string;
}

/** A live session. */
export interface EmuSession {
  /** Session id (`Session_id`, sent back as `SessionID`). */
  id: string;
  /** User the session belongs to. */
  userId: string;
  /** Refresh id that RefreshSession accepts once. */
  refreshId: string;
  /** Expiry, ms on the emulator clock; after it commands answer error 3. */
  expiresAt: number;
}

/** Data users can seed the emulator with; every list replaces the default one when given. */
export interface AgbisSeed {
  /** Users who may log in, with a password or its SHA-1; default: `DEFAULT_USER` (`api` / `secret`). */
  users?: Array<{ id?: string; login: string; password?: string; pwdSha1?: string }>;
  /** Clients; fields left out get empty or default values. */
  clients?: Array<Partial<EmuClient> & { contr_id: string; name: string }>;
  /** Price-list lines (PriceList). */
  priceList?: EmuPriceItem[];
  /** Price groups (PriceTree). */
  priceGroups?: Array<{ folder_id: string; parent: string; name: string; price_id: string }>;
  /** Client groups (ContrTree). */
  contrTree?: Array<{ folder_id: string; parent_id: string; name: string }>;
  /** Addon types (AddonTypes). */
  addonTypes?: EmuAddonType[];
  /** Addon packs (AddonPacks), each listing its addon type ids. */
  addonPacks?: Array<{ id: string; name: string; addon_types: number[] }>;
  /** Regions (Regions). */
  regions?: Array<{ id: string; name: string }>;
  /** Orders, deep-copied into the state. */
  orders?: EmuOrder[];
  /** Courier trips. */
  trips?: EmuTrip[];
  /** Waybills in transit (DocsInWayBetweenForAll). */
  docsInWay?: EmuDocInWay[];
}

/** Everything the emulator holds. */
export class AgbisState {
  /** Users who may log in. */
  users: EmuUser[] = [];
  /** Live sessions by session id. */
  sessions = new Map<string, EmuSession>();
  /** Session id by its unused refresh id. */
  refreshIds = new Map<string, string>();
  /** Clients by `contr_id`. */
  clients = new Map<string, EmuClient>();
  /** Price-list lines. */
  priceList: EmuPriceItem[] = [];
  /** Price groups (PriceTree). */
  priceGroups: Array<{ folder_id: string; parent: string; name: string; price_id: string }> = [];
  /** Client groups (ContrTree). */
  contrTree: Array<{ folder_id: string; parent_id: string; name: string }> = [];
  /** Addon types (AddonTypes). */
  addonTypes: EmuAddonType[] = [];
  /** Addon packs (AddonPacks). */
  addonPacks: Array<{ id: string; name: string; addon_types: number[] }> = [];
  /** Regions (Regions). */
  regions: Array<{ id: string; name: string }> = [];
  /** Orders by `dor_id`. */
  orders = new Map<string, EmuOrder>();
  /** Bonus accruals (AddBonusForAll). */
  bonuses: EmuBonus[] = [];
  /** Payments made with bonuses (PayForAll with `type_doc` 4), per bonus spent. */
  bonusPayments: Array<{ id: string; bonus_id: string; at: number; amount: number; dor_id: string }> = [];
  /** Courier trips by id. */
  trips = new Map<string, EmuTrip>();
  /** Waybills in transit. */
  docsInWay: EmuDocInWay[] = [];
  /** Service photos (SetOrderImagesForAll). */
  photos: EmuPhoto[] = [];
  /** Order change log, in `cur_id` order. */
  changes: EmuChange[] = [];
  /** Billed write requests per ISO date. */
  executed = new Map<string, number>();
  /** LastChangeOrder pointer per user. */
  feedPointer = new Map<string, number>();
  private seq = 100_000;

  /** A fresh numeric id. */
  nextId(): string {
    return String(++this.seq);
  }

  /** Records a change of an order in the log. */
  logChange(order: EmuOrder, at: number): void {
    order.updated = at;
    this.changes.push({
      cur_id: this.changes.length + 1,
      at,
      dor_id: order.dor_id,
      status_id: order.status_id,
      contr_id: order.contr_id,
      cur_sclad_id: order.current_sclad_id,
      sclad_to: order.sclad_to,
      sclad_kredit_id: order.sclad_id,
    });
  }

  /** Amount paid on an order (payments minus refunds). */
  paid(order: EmuOrder): number {
    return round2(order.payments.reduce((sum, p) => sum + p.amount, 0));
  }

  /** Amount due for an order. */
  total(order: EmuOrder): number {
    return round2(
      order.services.reduce((sum, s) => sum + s.price * s.qty * s.kfx * (1 - s.discount / 100), 0),
    );
  }

  /** Remaining bonus of a client. */
  bonusRest(contrId: string): number {
    return round2(
      this.bonuses.filter((b) => b.contr_id === contrId).reduce((sum, b) => sum + b.amount - b.spent, 0),
    );
  }
}

/** Rounds to cents without drifting (the emulator computes totals; the SDK never rounds). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Default reference data: enough for every command to answer something meaningful (price list with
 * services `10018`, `10027`, repair `10016` and goods `100300`, groups, addons `111`/`82`/`127`/`128`/`129`
 * in pack `60`, regions `1002`/`1003`). A seed list given to the emulator replaces the matching one.
 */
export const DEFAULT_SEED: Required<Omit<AgbisSeed, 'users' | 'clients' | 'orders' | 'trips' | 'docsInWay'>> =
  {
    priceList: [
      {
        id: '10018',
        folder_id: '10026',
        tovar_type: 2,
        code: '01.18',
        name: 'Бермуды',
        unit: '1 шт',
        price: 1000,
        group_p: 'Рубашки',
        top_parent: 'Текстиль',
        order_addon_pack_id: '60',
        price_id: '0',
      },
      {
        id: '10027',
        folder_id: '10026',
        tovar_type: 2,
        code: '01.27',
        name: 'Водолазка',
        unit: '1 шт',
        price: 1500,
        group_p: 'Рубашки',
        top_parent: 'Текстиль',
        order_addon_pack_id: '60',
        price_id: '0',
      },
      {
        id: '10016',
        folder_id: '10030',
        tovar_type: 2,
        code: '02.16',
        name: 'Ремонт: подшив',
        unit: '1 шт',
        price: 132.69,
        group_p: 'Ремонт',
        top_parent: 'Ремонт',
        order_addon_pack_id: '',
        price_id: '0',
      },
      {
        id: '100300',
        folder_id: '10040',
        tovar_type: 1,
        code: '0',
        name: 'Товар сопутствующий',
        unit: '1 шт',
        price: 5,
        group_p: 'Товары',
        top_parent: 'Товары',
        order_addon_pack_id: '',
        price_id: '0',
      },
    ],
    priceGroups: [
      { folder_id: '10024', parent: '', name: 'Текстиль', price_id: '0' },
      { folder_id: '10026', parent: '10024', name: '1. Рубашки (покраска)', price_id: '0' },
      { folder_id: '10030', parent: '', name: 'Ремонт', price_id: '0' },
    ],
    contrTree: [
      { folder_id: '21', parent_id: '', name: 'Клиенты' },
      { folder_id: '24', parent_id: '21', name: 'Частные лица' },
      { folder_id: '25', parent_id: '21', name: 'Организации' },
    ],
    addonTypes: [
      { id: '111', group_id: 1, descr: 'Цвет', value_type: 1 },
      { id: '82', group_id: 1, descr: 'Белесость', value_type: 2 },
      { id: '127', group_id: 1, descr: 'Площадь', value_type: 5 },
      {
        id: '128',
        group_id: 2,
        descr: 'Дефекты с ценой',
        value_type: 7,
        strValues: [{ id: '20', value_str: 'Пятно', value_flt: 3.3 }],
      },
      { id: '129', group_id: 1, descr: 'Фигура', value_type: 9 },
    ],
    addonPacks: [
      { id: '60', name: '16. Мелкий ремонт швейных изделий', addon_types: [111, 82, 127, 128, 129] },
    ],
    regions: [
      { id: '1002', name: 'Центральный' },
      { id: '1003', name: 'Заречный' },
    ],
  };
