/**
 * State of the AGBIS emulator: plain records in JS types (numbers, ms timestamps), turned into the
 * vendor's encodings only when answered (see format.ts).
 */

/** A program user who may log in. */
export interface EmuUser {
  id: string;
  login: string;
  /** SHA-1 hex of the password. */
  pwdSha1: string;
}

/** A client (контрагент). */
export interface EmuClient {
  contr_id: string;
  name: string;
  fullname: string;
  teleph_cell: string;
  telephone: string;
  email: string;
  address: string;
  barcode: string;
  gender: number;
  discount: number;
  /** ISO date or "". */
  birthday: string;
  folder_id: string;
  scheme_id: string;
  contrag_type: number;
  deposit: number;
  agree_to_receive_sms: boolean;
  agree_to_receive_adv_sms: boolean;
  created: number;
  updated: number;
}

/** A price-list line. */
export interface EmuPriceItem {
  id: string;
  folder_id: string;
  tovar_type: number;
  code: string;
  name: string;
  unit: string;
  price: number;
  group_p: string;
  top_parent: string;
  order_addon_pack_id: string;
  price_id: string;
}

/** An addon type. */
export interface EmuAddonType {
  id: string;
  group_id: number;
  descr: string;
  value_type: number;
  strValues?: Array<{ id: string; value_str: string; value_flt: number }>;
}

/** An addon value in a service. */
export interface EmuAddonValue {
  aos_id: string;
  addon_id: string;
  value: string;
}

/** A service of an order. */
export interface EmuService {
  dos_id: string;
  parent_id: string;
  tov_id: string;
  qty: number;
  price: number;
  kfx: number;
  discount: number;
  status_id: number;
  ext_info: string;
  barcode: string;
  addons: EmuAddonValue[];
}

/** A payment (positive) or refund (negative) of an order. */
export interface EmuPayment {
  id: string;
  at: number;
  type_doc: number;
  amount: number;
  is_fiscal: boolean;
}

/** An order. */
export interface EmuOrder {
  dor_id: string;
  doc_num: string;
  contr_id: string;
  /** ms of acceptance (doc_date + doc_time). */
  accepted: number;
  date_out: number | null;
  date_out_fact: number | null;
  status_id: number;
  sclad_id: string;
  sclad_to: string;
  current_sclad_id: string;
  price_id: string;
  vds_id: string;
  fast_exec: string;
  user_id: string;
  waiting_confirm: number;
  services: EmuService[];
  payments: EmuPayment[];
  comments: string[];
  updated: number;
}

/** A bonus accrual. */
export interface EmuBonus {
  bonus_id: string;
  contr_id: string;
  at: number;
  amount: number;
  spent: number;
  active_before: string;
  max_percent_in_zakaz: number | null;
  bonus_type_id: string;
  comment: string;
}

/** A courier trip. */
export interface EmuTrip {
  id: string;
  tp: number;
  /** ISO date. */
  date: string;
  hr: string;
  hr_to: string;
  address: string;
  region_id: string;
  car_id: string;
  comment: string;
  tel: string;
  fio: string;
  mp_status: number;
  contr_id: string;
  dor_id: string;
}

/** A waybill in transit (seeded; the commercial API only reads them). */
export interface EmuDocInWay {
  id: string;
  /** ISO date. */
  doc_date: string;
  doc_num: string;
  diw_status_id: number;
  from_sclad_id: string;
  to_sclad_id: string;
  dos_ids: string[];
}

/** A photo of a service. */
export interface EmuPhoto {
  photo_id: string;
  dos_id: string;
  /** base64 JPEG. */
  img: string;
}

/** An entry of the order change log (LastChangeOrder, OrderByDateTimeForAll). */
export interface EmuChange {
  cur_id: number;
  at: number;
  dor_id: string;
  status_id: number;
  contr_id: string;
  cur_sclad_id: string;
  sclad_to: string;
  sclad_kredit_id: string;
}

/** A live session. */
export interface EmuSession {
  id: string;
  userId: string;
  refreshId: string;
  expiresAt: number;
}

/** Data users can seed the emulator with; every list replaces the default one when given. */
export interface AgbisSeed {
  users?: Array<{ id?: string; login: string; password?: string; pwdSha1?: string }>;
  clients?: Array<Partial<EmuClient> & { contr_id: string; name: string }>;
  priceList?: EmuPriceItem[];
  priceGroups?: Array<{ folder_id: string; parent: string; name: string; price_id: string }>;
  contrTree?: Array<{ folder_id: string; parent_id: string; name: string }>;
  addonTypes?: EmuAddonType[];
  addonPacks?: Array<{ id: string; name: string; addon_types: number[] }>;
  regions?: Array<{ id: string; name: string }>;
  orders?: EmuOrder[];
  trips?: EmuTrip[];
  docsInWay?: EmuDocInWay[];
}

/** Everything the emulator holds. */
export class AgbisState {
  users: EmuUser[] = [];
  sessions = new Map<string, EmuSession>();
  refreshIds = new Map<string, string>();
  clients = new Map<string, EmuClient>();
  priceList: EmuPriceItem[] = [];
  priceGroups: Array<{ folder_id: string; parent: string; name: string; price_id: string }> = [];
  contrTree: Array<{ folder_id: string; parent_id: string; name: string }> = [];
  addonTypes: EmuAddonType[] = [];
  addonPacks: Array<{ id: string; name: string; addon_types: number[] }> = [];
  regions: Array<{ id: string; name: string }> = [];
  orders = new Map<string, EmuOrder>();
  bonuses: EmuBonus[] = [];
  bonusPayments: Array<{ id: string; bonus_id: string; at: number; amount: number; dor_id: string }> = [];
  trips = new Map<string, EmuTrip>();
  docsInWay: EmuDocInWay[] = [];
  photos: EmuPhoto[] = [];
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

/** Default reference data: enough for every command to answer something meaningful. */
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
