export {
  type AuthStrategy,
  type AuthTarget,
  type TokenSource,
  basicAuth,
  bearerAuth,
  headerAuth,
  noAuth,
  queryAuth,
} from './strategies.js';
export {
  SessionManager,
  type SessionGrant,
  type SessionManagerOptions,
  type SessionStats,
} from './session.js';
export type { SharedSessionOptions } from './shared-session.js';
