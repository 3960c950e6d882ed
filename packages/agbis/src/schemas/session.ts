import { named } from '@x/core';
import * as z from 'zod/mini';
import { type AgbisEnvelope, envelope, oDate, oNum, oText } from './common.js';

/** Login input: `Pwd` is the SHA-1 hex of the password; `AsUser` is always "1" for the commercial API. */
export interface LoginParams {
  /** TODO */
  User: string;
  /** TODO */
  Pwd: string;
  /** TODO */
  AsUser?: "1";
}
const loginParamsSchema = z.object({
  User: z.string().check(z.minLength(1)),
  Pwd: z.string().check(z.regex(/^[0-9a-fA-F]{40}$/)),
  AsUser: z._default(z.literal('1'), '1'),
});
/** Schema of {@link LoginParams}: validates it and converts it to what the wire carries. */
export const LoginParams = named<z.output<typeof loginParamsSchema>, LoginParams>()(loginParamsSchema);

/** Login answer. Note the spelling: `Refresh_id` here, `Refresh_ID` in RefreshSession's input. */
export interface LoginResult extends AgbisEnvelope {
  /** TODO */
  Session_id: string;
  /** TODO */
  Refresh_id?: string;
  /** TODO */
  User_ID?: string;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
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
  /** TODO */
  Refresh_ID: string;
}
const refreshSessionParamsSchema = z.object({ Refresh_ID: z.string().check(z.minLength(1)) });
/** Schema of {@link RefreshSessionParams}: validates it and converts it to what the wire carries. */
export const RefreshSessionParams = named<z.output<typeof refreshSessionParamsSchema>, RefreshSessionParams>()(refreshSessionParamsSchema);

/** RefreshSession answer: a new session id and a new refresh id. */
export interface RefreshSessionResult extends AgbisEnvelope {
  /** TODO */
  Session_id: string;
  /** TODO */
  Refresh_id?: string;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const refreshSessionResultSchema = z.looseObject({
  ...envelope,
  Session_id: z.string(),
  Refresh_id: oText(),
});
/** Schema of {@link RefreshSessionResult}: decodes the wire answer into it. */
export const RefreshSessionResult = named<RefreshSessionResult>()(refreshSessionResultSchema);

/** ValidSessionID answer: the user the session belongs to. */
export interface ValidSessionResult extends AgbisEnvelope {
  /** Id of the user who accepted the order. */
  user_id?: string;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const validSessionResultSchema = z.looseObject({ ...envelope, user_id: oText() });
/** Schema of {@link ValidSessionResult}: decodes the wire answer into it. */
export const ValidSessionResult = named<ValidSessionResult>()(validSessionResultSchema);

/** One day of ExecutedApiCount. */
export interface ApiCountDay {
  /** TODO */
  date?: string | null;
  /** Quantity (sent with a decimal comma). */
  count?: number | null;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const apiCountDaySchema = z.looseObject({ date: oDate(), count: oNum() });
/** Schema of {@link ApiCountDay}: decodes the wire answer into it. */
export const ApiCountDay = named<ApiCountDay>()(apiCountDaySchema);

/** ExecutedApiCount answer: billed write requests per day. */
export interface ExecutedApiCountResult extends AgbisEnvelope {
  /** TODO */
  date_list?: ApiCountDay[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const executedApiCountResultSchema = z.looseObject({
  ...envelope,
  date_list: z.optional(z.array(ApiCountDay)),
});
/** Schema of {@link ExecutedApiCountResult}: decodes the wire answer into it. */
export const ExecutedApiCountResult = named<ExecutedApiCountResult>()(executedApiCountResultSchema);
