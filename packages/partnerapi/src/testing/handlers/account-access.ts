import type { HandlersOf } from '@x/core/testing';
import type { accountAccessOperations } from '../../operations/account-access.js';
import { type Handler, required, text } from '../context.js';
import { clientUserOf } from './common.js';

/** One handler per entry of `accountAccessOperations`, under the same key. */
export const accountAccessHandlers = {
  emailNotify: (a, ctx) => {
    const user = clientUserOf(ctx, required(a, 'client_user_id'));
    const port = Number(a.smtp_port);
    const ok = !user.client_user_del && (text(a, 'smtp_server') ?? '') !== '' && Number.isInteger(port);
    if (ok) {
      ctx.state.outbox.push({
        client_user_id: user.client_user_id,
        sender_email_address: text(a, 'sender_email_address') ?? '',
        smtp_server: text(a, 'smtp_server') ?? '',
        smtp_port: port,
      });
    }
    return { flag: ok };
  },
} satisfies HandlersOf<typeof accountAccessOperations, Handler>;
