import type { HandlersOf } from '@x/core/testing';
import type { sessionOperations } from '../../operations/session.js';
import { guid } from '../format.js';
import { EmuError, need, str, type Handler, type HandlerContext } from './common.js';

function newSession(ctx: HandlerContext, userId: string) {
  const session = { id: guid(), userId, refreshId: guid(), expiresAt: ctx.now + ctx.options.sessionTtlMs };
  ctx.state.sessions.set(session.id, session);
  ctx.state.refreshIds.set(session.refreshId, session.id);
  return session;
}

/** Session commands (работа с сессией): one handler per entry of `sessionOperations`, under the same key. */
export const sessionHandlers = {
  login(ctx) {
    need(ctx.params, 'User', 'Pwd');
    if (str(ctx.params.AsUser) !== '1') throw new EmuError(1, 'Не указан признак AsUser');
    const login = str(ctx.params.User);
    if (/%[0-9A-F]{2}/i.test(login)) throw new EmuError(1, 'Ошибка выполнения команды');
    const user = ctx.state.users.find(
      (u) => u.login === login && u.pwdSha1.toLowerCase() === str(ctx.params.Pwd).toLowerCase(),
    );
    if (!user) throw new EmuError(2, 'Неверный логин или пароль');
    const s = newSession(ctx, user.id);
    return { Session_id: s.id, Refresh_id: s.refreshId, User_ID: user.id };
  },
  validSessionId(ctx) {
    return { user_id: ctx.user!.id };
  },
  refreshSession(ctx) {
    need(ctx.params, 'Refresh_ID');
    const old = ctx.state.refreshIds.get(str(ctx.params.Refresh_ID));
    const session = old === undefined ? undefined : ctx.state.sessions.get(old);
    if (!session) throw new EmuError(1, 'Ключ обновления сессии недействителен');
    ctx.state.sessions.delete(session.id);
    ctx.state.refreshIds.delete(session.refreshId);
    const s = newSession(ctx, session.userId);
    return { Session_id: s.id, Refresh_id: s.refreshId };
  },
  logout(ctx) {
    const s = ctx.state.sessions.get(ctx.sessionId!);
    if (s) {
      ctx.state.sessions.delete(s.id);
      ctx.state.refreshIds.delete(s.refreshId);
    }
    return {};
  },
  executedApiCount(ctx) {
    return { date_list: [...ctx.state.executed].map(([date, count]) => ({ date, count: String(count) })) };
  },
} satisfies HandlersOf<typeof sessionOperations, Handler>;
