import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { type AgbisAnswer, type VendorRecord, envelope, oDate, oNum, oText } from './common.js';

/** Login input: `Pwd` is the SHA-1 hex of the password; `AsUser` is always "1" for the commercial API. */
export interface LoginParams {
  /** Program user name. */
  User: string;
  /** SHA-1 of the password as 40 hex digits (see `sha1Hex`); never the password itself. */
  Pwd: string;
  /** Always `"1"` for the commercial API (the default). */
  AsUser?: '1';
}
const loginParamsSchema = z.object({
  User: z.string().check(z.minLength(1)),
  Pwd: z.string().check(z.regex(/^[0-9a-fA-F]{40}$/)),
  AsUser: z._default(z.literal('1'), '1'),
});
/** Schema of {@link LoginParams}: validates it and converts it to what the wire carries. */
export const LoginParams = named<z.output<typeof loginParamsSchema>, LoginParams>()(loginParamsSchema);

/** Login answer. Note the spelling: `Refresh_id` here, `Refresh_ID` in RefreshSession's input. */
export interface LoginResult extends AgbisAnswer {
  /** Session id for the next calls; valid 10 minutes. */
  Session_id: string;
  /** Refresh id for RefreshSession (there spelled `Refresh_ID`). */
  Refresh_id?: string;
  /** Id of the logged-in user. */
  User_ID?: string;
}
const loginResultSchema = z.looseObject({
  ...envelope,
  Session_id: z.string(),
  Refresh_id: oText(),
  User_ID: oText(),
});
/** Schema of {@link LoginResult}: decodes the wire answer into it. */
export const LoginResult = named<LoginResult>()(loginResultSchema);

/** RefreshSession input. */
export interface RefreshSessionParams {
  /** Refresh id from Login or the last RefreshSession (they spell it `Refresh_id`). */
  Refresh_ID: string;
}
const refreshSessionParamsSchema = z.object({ Refresh_ID: z.string().check(z.minLength(1)) });
/** Schema of {@link RefreshSessionParams}: validates it and converts it to what the wire carries. */
export const RefreshSessionParams = named<
  z.output<typeof refreshSessionParamsSchema>,
  RefreshSessionParams
>()(refreshSessionParamsSchema);

/** RefreshSession answer: a new session id and a new refresh id. */
export interface RefreshSessionResult extends AgbisAnswer {
  /** The new session id. */
  Session_id: string;
  /** The new refresh id; the old one is spent. */
  Refresh_id?: string;
}
const refreshSessionResultSchema = z.looseObject({
  ...envelope,
  Session_id: z.string(),
  Refresh_id: oText(),
});
/** Schema of {@link RefreshSessionResult}: decodes the wire answer into it. */
export const RefreshSessionResult = named<RefreshSessionResult>()(refreshSessionResultSchema);

/** ValidSessionID answer: the user the session belongs to. */
export interface ValidSessionResult extends AgbisAnswer {
  /** Id of the user the session belongs to. */
  user_id?: string;
}
const validSessionResultSchema = z.looseObject({ ...envelope, user_id: oText() });
/** Schema of {@link ValidSessionResult}: decodes the wire answer into it. */
export const ValidSessionResult = named<ValidSessionResult>()(validSessionResultSchema);

/** One day of ExecutedApiCount. */
export interface ApiCountDay extends VendorRecord {
  /** The day (ISO date). */
  date?: string | null;
  /** Billed write requests made that day. */
  count?: number | null;
}
const apiCountDaySchema = z.looseObject({ date: oDate(), count: oNum() });
/** Schema of {@link ApiCountDay}: decodes the wire answer into it. */
export const ApiCountDay = named<ApiCountDay>()(apiCountDaySchema);

/** ExecutedApiCount answer: billed write requests per day. */
export interface ExecutedApiCountResult extends AgbisAnswer {
  /** Counts per day. */
  date_list?: ApiCountDay[];
}
const executedApiCountResultSchema = z.looseObject({
  ...envelope,
  date_list: z.optional(z.array(ApiCountDay)),
});
/** Schema of {@link ExecutedApiCountResult}: decodes the wire answer into it. */
export const ExecutedApiCountResult = named<ExecutedApiCountResult>()(executedApiCountResultSchema);
