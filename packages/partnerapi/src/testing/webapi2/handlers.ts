import { toIsoLocal } from '@x/core';
import type { WebApi2OperationName } from '../../webapi2/operations.generated.js';
import type { WebApi2State } from './state.js';
import { type ColumnKind, PERSON_COLUMNS, RESULT_COLUMNS } from '../../webapi2/typed.js';
import type { EmuTable, EmuType } from './xml.js';

/** Arguments of one request: Params properties (typed by `xsi:type`) or the plain child elements. */
export type EmuArgs = Record<string, string | number | boolean | Uint8Array | null>;

/** What a handler answers. */
export type EmuResult =
  | { table: EmuTable }
  | { structure: Record<string, unknown> }
  | { nil: true }
  | { error: readonly [code: string, text: string] }
  | { file: Uint8Array; structure: Record<string, unknown> };

/** What every handler gets. */
export interface EmuCtx {
  /** The emulator's records. */
  state: WebApi2State;
  /** Epoch ms now. */
  now: number;
}

/** One emulated operation. */
export type EmuHandler = (args: EmuArgs, ctx: EmuCtx) => EmuResult;

/** Service wall-clock time (Moscow) of an epoch ms, second precision. */
export function moscow(ms: number): string {
  return toIsoLocal(new Date(Math.floor(ms / 1000) * 1000), 'Europe/Moscow').slice(0, 19);
}

const str = (a: EmuArgs, k: string): string | null => {
  const v = a[k];
  return v === null || v === undefined || v instanceof Uint8Array ? null : String(v);
};
const NIL: EmuResult = { nil: true };
const notFound = (what: string, id: string | null): EmuResult => ({
  error: ['NOT_FOUND', `${what} ${id ?? ''} не найден`],
});
const missing = (name: string): EmuResult => ({
  error: ['PARAM_REQUIRED', `Не указан обязательный параметр ${name}`],
});

/** Keeps a new record in `list` and answers with its id, as every add does. */
function keep<R, K extends keyof R & string>(list: R[], row: R, idKey: K): EmuResult {
  list.push(row);
  return { structure: { [idKey]: row[idKey] } };
}

function changedSince<T extends { changedAt: number }>(list: readonly T[], a: EmuArgs): T[] {
  const from = str(a, 'ChangedFrom');
  return from === null ? [...list] : list.filter((r) => moscow(r.changedAt) >= from.slice(0, 19));
}

function strip<T extends object>(r: T): Record<string, unknown> {
  const { changedAt: _c, ...rest } = r as T & { changedAt?: number };
  return rest;
}

/** The emulator sends a documented `number` column as xs:decimal, as the service does. */
function emuColumns<C extends Record<string, ColumnKind>>(columns: C): { [K in keyof C]: EmuType } {
  const out: Record<string, EmuType> = {};
  for (const [name, kind] of Object.entries(columns)) out[name] = kind === 'number' ? 'decimal' : kind;
  return out as { [K in keyof C]: EmuType };
}

const CLIENT_COLS = emuColumns(RESULT_COLUMNS.ClientRead);
const DEPT_COLS = emuColumns(RESULT_COLUMNS.DepartmentRead);
const PERSON_COLS = emuColumns(PERSON_COLUMNS);
const SPEC_COLS = emuColumns(RESULT_COLUMNS.SpecialistRead);
const USER_COLS = { ClientUserID: 'id', ClientID: 'id', ...PERSON_COLS, Deleted: 'boolean' } as const;

const PERSON_FIELDS = ['Name', 'Surname', 'SecondaryName', 'Post', 'Phone', 'DepartmentID'] as const;

function applyPerson(target: Record<string, unknown>, a: EmuArgs): void {
  for (const f of PERSON_FIELDS) if (a[f] !== undefined) target[f] = a[f];
  if (a.Birthday !== undefined)
    target.Birthday = a.Birthday === null ? null : `${String(a.Birthday).slice(0, 10)}T00:00:00`;
}

/**
 * A new specialist or client user: its own fields, the person fields blank, then those the request
 * gives (see {@link applyPerson}).
 */
function newPerson<T extends object>(a: EmuArgs, own: T) {
  const row = {
    Name: '',
    Surname: '',
    SecondaryName: '',
    Birthday: null as string | null,
    Post: '',
    DepartmentID: null as string | null,
    Phone: '',
    ...own,
  };
  applyPerson(row, a);
  return row;
}

/**
 * Edit and delete of one kind of record found by `idKey` (specialists, client users, departments):
 * an edit sets the person fields given and EMail; a delete keeps the row, marked `Deleted`, so
 * reads filtered by ChangedFrom show it. An unknown id is the vendor's not-found.
 */
function editAndDelete<
  K extends string,
  R extends { Deleted: boolean; changedAt: number } & Record<K, string>,
>(rows: (state: WebApi2State) => R[], idKey: K, what: string): { edit: EmuHandler; delete: EmuHandler } {
  const find = (a: EmuArgs, state: WebApi2State) => {
    const id = str(a, idKey);
    return { id, row: rows(state).find((x) => x[idKey] === id) };
  };
  return {
    edit: (a, { state, now }) => {
      const { id, row } = find(a, state);
      if (!row) return notFound(what, id);
      applyPerson(row as unknown as Record<string, unknown>, a);
      if (a.EMail !== undefined) (row as unknown as { EMail: string }).EMail = String(a.EMail);
      row.changedAt = now;
      return NIL;
    },
    delete: (a, { state, now }) => {
      const { id, row } = find(a, state);
      if (!row) return notFound(what, id);
      row.Deleted = true;
      row.changedAt = now;
      return NIL;
    },
  };
}
const SPECIALIST = editAndDelete((s) => s.specialists, 'SpecialistID', 'Специалист');
const CLIENT_USER = editAndDelete((s) => s.clientUsers, 'ClientUserID', 'Пользователь');
const DEPARTMENT = editAndDelete((s) => s.departments, 'DepartmentID', 'Подразделение');

/** Period maxima the service enforces in the daytime (days). */
const PERIOD_DAYS: Record<string, number> = { GetHistoryOfServiceCalls: 7 };

/**
 * The WSDL operations the emulator does not emulate (their answer shapes are not known): each
 * answers `ResultCode` `NOT_EMULATED`. Emulating one means moving it from this list to
 * {@link WEBAPI2_HANDLERS}; the compiler then asks for its handler.
 */
export const WEBAPI2_NOT_EMULATED = [
  'ClientAdditionalParameterAdd',
  'ClientAdditionalParameterDelete',
  'ClientAdditionalParameterEdit',
  'ClientAdditionalParameterRead',
  'ClientAdditionalParameterValueEdit',
  'ClientAdditionalParameterValueRead',
  'ClientDepartmentAdd',
  'ClientDepartmentDelete',
  'ClientDepartmentEdit',
  'ClientDepartmentRead',
  'ClientITSStatus',
  'ClientSetClientManager',
  'ClientSetServiceManager',
  'ClientUserSendWelcomeEmail',
  'CompetenceDelete',
  'CompetenceEdit',
  'CompetenceRead',
  'GetClientUsageStatistics',
  'GetHistoryOfAgentSessions',
  'GetHistoryOfColleaguesChat',
  'GetHistoryOfSIPCalls',
  'GetHistoryOfServiceCallsComments',
  'GetHistoryOfServiceChat',
  'GetHistoryOfServiceFileTransfer',
  'GetHistoryOfServiceRASessions',
  'GetHistoryOfServiceRASessionsComments',
  'GetHistoryOfServiceTreatments',
  'GetHistoryOfServiceTreatmentsComments',
  'PartnerNotificationAdd',
  'ServiceKindAdd',
  'ServiceKindEdit',
  'ServiceKindRead',
  'ServiceLineKindAdd',
  'ServiceLineKindDelete',
  'ServiceLineKindEdit',
  'ServiceLineKindRead',
  'ServiceRequestChannelRead',
  'ServiceRequestEdit',
  'ServiceRequestHistory',
  'ServiceRequestStatusRead',
  'ServiceRequestTypeAdd',
  'ServiceRequestTypeEdit',
  'ServiceRequestTypeRead',
  'SpecialistSendWelcomeEmail',
  'StartPictureClicksHistoryRead',
  'StartPictureRead',
  'StorefrontProductBuyRequestAccept',
  'StorefrontProductBuyRequestRefuse',
  'StorefrontProductBuyRequestsGet',
  'StorefrontProductClicksHistoryRead',
  'StorefrontProductsRead',
  'UserServiceLineAdd',
  'UserServiceLineDelete',
  'UserServiceLineEdit',
] as const satisfies readonly WebApi2OperationName[];

/** Wire name of an operation the emulator answers `NOT_EMULATED` for. */
export type NotEmulatedOperation = (typeof WEBAPI2_NOT_EMULATED)[number];

/** Wire name of an operation the emulator emulates: every WSDL operation not listed as not emulated. */
export type EmulatedOperation = Exclude<WebApi2OperationName, NotEmulatedOperation>;

/**
 * The handler map's type, derived from the generated operation list: exactly one handler per
 * emulated operation. A missing handler, one for a not-emulated operation, or one for a name the
 * WSDL does not have is a type error.
 */
export type WebApi2Handlers = { [K in EmulatedOperation]: EmuHandler };

const handlers = {
  RegionRead: (_a, { state }) => ({
    table: { columns: emuColumns(RESULT_COLUMNS.RegionRead), rows: state.regions },
  }),

  ClientRead: (a, { state }) => ({
    table: { columns: CLIENT_COLS, rows: changedSince(state.clients, a).map(strip) },
  }),
  ClientAdd: (a, { state, now }) => {
    const name = str(a, 'Name');
    if (!name) return missing('Name');
    const client = {
      ClientID: state.nextId(),
      Name: name,
      FullName: str(a, 'FullName') ?? name,
      changedAt: now,
    };
    return keep(state.clients, client, 'ClientID');
  },
  ClientEdit: (a, { state, now }) => {
    const c = state.clients.find((x) => x.ClientID === str(a, 'ClientID'));
    if (!c) return notFound('Клиент', str(a, 'ClientID'));
    if (a.Name !== undefined) c.Name = String(a.Name);
    if (a.FullName !== undefined) c.FullName = String(a.FullName);
    c.changedAt = now;
    return NIL;
  },
  ClientDelete: (a, { state }) => {
    const i = state.clients.findIndex((x) => x.ClientID === str(a, 'ClientID'));
    if (i === -1) return notFound('Клиент', str(a, 'ClientID'));
    state.clients.splice(i, 1);
    return NIL;
  },

  DepartmentRead: (a, { state }) => ({
    table: { columns: DEPT_COLS, rows: changedSince(state.departments, a).map(strip) },
  }),
  DepartmentAdd: (a, { state, now }) => {
    const name = str(a, 'Name');
    if (!name) return missing('Name');
    const d = { DepartmentID: state.nextId(), Name: name, Deleted: false, changedAt: now };
    return keep(state.departments, d, 'DepartmentID');
  },
  DepartmentEdit: (a, { state, now }) => {
    const d = state.departments.find((x) => x.DepartmentID === str(a, 'DepartmentID'));
    if (!d) return notFound('Подразделение', str(a, 'DepartmentID'));
    if (a.Name !== undefined) d.Name = String(a.Name);
    d.changedAt = now;
    return NIL;
  },
  DepartmentDelete: DEPARTMENT.delete,

  SpecialistRead: (a, { state }) => ({
    table: { columns: SPEC_COLS, rows: changedSince(state.specialists, a).map(strip) },
  }),
  SpecialistAdd: (a, { state, now }) => {
    if (!str(a, 'Name')) return missing('Name');
    if (!str(a, 'email')) return missing('email');
    const s = newPerson(a, {
      SpecialistID: state.nextId(),
      CreatedAt: moscow(now),
      Deleted: false,
      Login: 1000000 + state.specialists.length + 1,
      EMail: String(a.email),
      changedAt: now,
    });
    return keep(state.specialists, s, 'SpecialistID');
  },
  SpecialistEdit: SPECIALIST.edit,
  SpecialistDelete: SPECIALIST.delete,

  ClientUserRead: (a, { state }) => {
    const client = str(a, 'ClientID');
    const rows = changedSince(state.clientUsers, a).filter((u) => client === null || u.ClientID === client);
    return { table: { columns: USER_COLS, rows: rows.map(strip) } };
  },
  ClientUserAdd: (a, { state, now }) => {
    const client = str(a, 'ClientID');
    if (!client) return missing('ClientID');
    if (!state.clients.some((c) => c.ClientID === client)) return notFound('Клиент', client);
    if (!str(a, 'Name')) return missing('Name');
    const u = newPerson(a, {
      ClientUserID: state.nextId(),
      ClientID: client,
      EMail: str(a, 'EMail') ?? '',
      Deleted: false,
      changedAt: now,
    });
    return keep(state.clientUsers, u, 'ClientUserID');
  },
  ClientUserEdit: CLIENT_USER.edit,
  ClientUserDelete: CLIENT_USER.delete,

  UserServiceLineRead: (a, { state }) => ({
    table: {
      columns: emuColumns(RESULT_COLUMNS.UserServiceLineRead),
      rows: changedSince(state.userServiceLines, a).map(strip),
    },
  }),
  GetOpenedServiceTreatments: (a, { state }) => {
    if (a.OpenedFrom === undefined || a.OpenedFrom === null) return missing('OpenedFrom');
    const from = String(a.OpenedFrom).slice(0, 19);
    return {
      table: {
        columns: emuColumns(RESULT_COLUMNS.GetOpenedServiceTreatments),
        rows: state.openedTreatments.filter((t) => String(t.Initialized ?? '') >= from),
      },
    };
  },
  GetHistoryOfServiceCalls: (a, { state }) => {
    const from = str(a, 'PeriodFrom');
    const to = str(a, 'PeriodTo');
    if (!from || !to) return missing('PeriodFrom/PeriodTo');
    const days = (Date.parse(`${to}Z`) - Date.parse(`${from}Z`)) / 86_400_000;
    if (days > (PERIOD_DAYS.GetHistoryOfServiceCalls ?? 7))
      return { error: ['PERIOD_TOO_LONG', 'Период запроса превышает 7 дней'] };
    const rows = state.serviceCalls.filter((c) => c.Started >= from && c.Started < to);
    return {
      table: { columns: { CallID: 'id', ClientID: 'id', ServiceID: 'id', Started: 'datetime' }, rows },
    };
  },
  CompetenceAdd: (a) =>
    str(a, 'SpecialistID') && str(a, 'ServiceID') ? NIL : missing('SpecialistID/ServiceID'),
  ServiceKindDelete: (a, { state }) => {
    const i = state.serviceKinds.indexOf(str(a, 'ServiceKindID') ?? '');
    if (i === -1) return notFound('Вид услуги', str(a, 'ServiceKindID'));
    state.serviceKinds.splice(i, 1);
    return NIL;
  },
  ServiceRequestTypeDelete: (a, { state }) => {
    const i = state.serviceRequestTypes.indexOf(str(a, 'ServiceRequestTypeID') ?? '');
    if (i === -1) return notFound('Вид работ', str(a, 'ServiceRequestTypeID'));
    state.serviceRequestTypes.splice(i, 1);
    return NIL;
  },

  ServiceRequestAdd: (a, { state, now }) => {
    const r = {
      ServiceRequestID: state.nextId(),
      Summary: str(a, 'Summary') ?? '',
      Description: str(a, 'Description') ?? '',
      UserID: str(a, 'UserID'),
      Priority: str(a, 'Priority') ?? 'STANDARD',
      Created: moscow(now),
      messages: [],
      files: [],
    };
    return keep(state.serviceRequests, r, 'ServiceRequestID');
  },
  ServiceRequestRead: (_a, { state }) => ({
    table: {
      columns: {
        ServiceRequestID: 'id',
        Summary: 'string',
        Description: 'string',
        UserID: 'id',
        Priority: 'string',
        Created: 'datetime',
      },
      rows: state.serviceRequests.map(({ messages: _m, files: _f, ...r }) => r),
    },
  }),
  ServiceRequestMessages: (a, { state }) => {
    const r = state.serviceRequests.find((x) => x.ServiceRequestID === str(a, 'ServiceRequestID'));
    if (!r) return notFound('Заявка', str(a, 'ServiceRequestID'));
    return {
      table: {
        columns: { MessageID: 'id', AuthorID: 'id', Message: 'string', Created: 'datetime' },
        rows: r.messages,
      },
    };
  },
  ServiceRequestSendTextMessage: (a, { state, now }) => {
    const r = state.serviceRequests.find((x) => x.ServiceRequestID === str(a, 'ServiceRequestID'));
    if (!r) return notFound('Заявка', str(a, 'ServiceRequestID'));
    const m = {
      MessageID: state.nextId(),
      AuthorID: str(a, 'AuthorID') ?? '',
      Message: str(a, 'Message') ?? '',
      Created: moscow(now),
    };
    return keep(r.messages, m, 'MessageID');
  },
  ServiceRequestEditTextMessage: (a, { state }) => {
    const r = state.serviceRequests.find((x) => x.ServiceRequestID === str(a, 'ServiceRequestID'));
    const m = r?.messages.find((x) => x.MessageID === str(a, 'MessageID'));
    if (!m) return notFound('Сообщение', str(a, 'MessageID'));
    m.Message = str(a, 'Message') ?? '';
    return NIL;
  },
  ServiceRequestDeleteTextMessage: (a, { state }) => {
    const r = state.serviceRequests.find((x) => x.ServiceRequestID === str(a, 'ServiceRequestID'));
    const i = r ? r.messages.findIndex((x) => x.MessageID === str(a, 'MessageID')) : -1;
    if (!r || i === -1) return notFound('Сообщение', str(a, 'MessageID'));
    r.messages.splice(i, 1);
    return NIL;
  },
  ServiceRequestFiles: (a, { state }) => {
    const r = state.serviceRequests.find((x) => x.ServiceRequestID === str(a, 'ServiceRequestID'));
    if (!r) return notFound('Заявка', str(a, 'ServiceRequestID'));
    return {
      table: {
        columns: { FileID: 'id', AuthorID: 'id', Name: 'string', Hash: 'string', Size: 'decimal' },
        rows: r.files.map((f) => ({
          FileID: f.FileID,
          AuthorID: f.AuthorID,
          Name: f.Name,
          Hash: f.Hash,
          Size: f.data.length,
        })),
      },
    };
  },
  ServiceRequestAttachFile: (a, { state }) => {
    const r = state.serviceRequests.find((x) => x.ServiceRequestID === str(a, 'ServiceRequestID'));
    if (!r) return notFound('Заявка', str(a, 'ServiceRequestID'));
    const data = a.Data instanceof Uint8Array ? a.Data : new Uint8Array(0);
    const f = {
      FileID: state.nextId(),
      AuthorID: str(a, 'AuthorID') ?? '',
      Name: str(a, 'Name') ?? '',
      Hash: str(a, 'Hash') ?? '',
      data,
    };
    return keep(r.files, f, 'FileID');
  },
  ServiceRequestDeleteFile: (a, { state }) => {
    for (const r of state.serviceRequests) {
      const i = r.files.findIndex((f) => f.FileID === str(a, 'FileID'));
      if (i !== -1) {
        r.files.splice(i, 1);
        return NIL;
      }
    }
    return notFound('Файл', str(a, 'FileID'));
  },
  ServiceRequestDownloadFile: (a, { state }) => {
    for (const r of state.serviceRequests) {
      const f = r.files.find((x) => x.FileID === str(a, 'FileID'));
      if (f) return { file: f.data, structure: { Name: f.Name, Hash: f.Hash } };
    }
    return notFound('Файл', str(a, 'FileID'));
  },
} satisfies WebApi2Handlers;

/** The emulated operations, keyed by wire name; every other WSDL operation answers `NOT_EMULATED`. */
export const WEBAPI2_HANDLERS: WebApi2Handlers = handlers;
