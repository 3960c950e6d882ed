import * as z from 'zod/mini';
import { envelope, oDate, oNum, oText } from './common.js';

/** Login input: `Pwd` is the SHA-1 hex of the password; `AsUser` is always "1" for the commercial API. */
export const LoginParams = z.object({
  User: z.string().check(z.minLength(1)),
  Pwd: z.string().check(z.regex(/^[0-9a-fA-F]{40}$/)),
  AsUser: z._default(z.literal('1'), '1'),
});

/** Login answer. Note the spelling: `Refresh_id` here, `Refresh_ID` in RefreshSession's input. */
export const LoginResult = z.looseObject({
  ...envelope,
  Session_id: z.string(),
  Refresh_id: oText(),
  User_ID: oText(),
});

/** RefreshSession input. */
export const RefreshSessionParams = z.object({ Refresh_ID: z.string().check(z.minLength(1)) });

/** RefreshSession answer: a new session id and a new refresh id. */
export const RefreshSessionResult = z.looseObject({
  ...envelope,
  Session_id: z.string(),
  Refresh_id: oText(),
});

/** ValidSessionID answer: the user the session belongs to. */
export const ValidSessionResult = z.looseObject({ ...envelope, user_id: oText() });

/** ExecutedApiCount answer: billed write requests per day. */
export const ExecutedApiCountResult = z.looseObject({
  ...envelope,
  date_list: z.optional(z.array(z.looseObject({ date: oDate(), count: oNum() }))),
});
