import { NoParams } from '../schemas/common.js';
import {
  ExecutedApiCountResult,
  LoginParams,
  LoginResult,
  RefreshSessionParams,
  RefreshSessionResult,
  ValidSessionResult,
} from '../schemas/session.js';
import { OkResult } from '../schemas/common.js';
import { command } from './define.js';

/** Session commands. The client runs Login/RefreshSession/Logout itself; these are for manual use. */
export const sessionOperations = {
  /** `Login`: user name and SHA-1 of the password → Session_id (10 minutes) and Refresh_id. */
  login: command({
    wire: 'Login',
    method: 'GET',
    session: false,
    idempotent: true,
    input: LoginParams,
    output: LoginResult,
    doc: 'Logs a program user in: Session_id (valid 10 minutes), Refresh_id and User_ID. Repeated logins can be refused with HTTP 429 for about two minutes.',
  }),
  /** `ValidSessionID`: whether the current session is valid, and whose it is. */
  validSessionId: command({
    wire: 'ValidSessionID',
    method: 'GET',
    session: true,
    idempotent: true,
    input: NoParams,
    output: ValidSessionResult,
    doc: 'Checks the current SessionID and returns the user it belongs to.',
  }),
  /** `RefreshSession`: a new session from the refresh id (sent as `Refresh_ID`). */
  refreshSession: command({
    wire: 'RefreshSession',
    method: 'GET',
    session: false,
    idempotent: false,
    verify:
      'call session.validSessionId() to see whether the session is still valid, or log in again (a refresh repeated with a stale refresh id is refused, not doubled)',
    input: RefreshSessionParams,
    output: RefreshSessionResult,
    doc: 'Renews a session without the password: takes Refresh_ID (Login returns it as Refresh_id), returns a new Session_id and Refresh_id.',
  }),
  /** `Logout`: ends the current session. */
  logout: command({
    wire: 'Logout',
    method: 'GET',
    session: true,
    idempotent: true,
    input: NoParams,
    output: OkResult,
    doc: 'Ends the current session.',
  }),
  /** `ExecutedApiCount`: billed write requests per day. */
  executedApiCount: command({
    wire: 'ExecutedApiCount',
    method: 'GET',
    session: false,
    idempotent: true,
    input: NoParams,
    output: ExecutedApiCountResult,
    doc: 'Counts of requests made through the billed (writing) commands, per day.',
  }),
};
