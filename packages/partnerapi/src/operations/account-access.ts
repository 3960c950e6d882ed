import { p } from '../schemas/params.js';
import { flagOp, namedOp } from './define.js';

/** Input of `accountAccess.emailNotify` (PartnerAPI `account_access_email_notify`). */
export interface AccountAccessEmailNotifyInput {
  /** Client user УИД. */
  client_user_id: string;
  /** Sender address of the e-mail. */
  sender_email_address: string;
  /** SMTP login. */
  email_login: string;
  /** SMTP password (a secret: never logged). */
  email_password: string;
  /** SMTP server host. */
  smtp_server: string;
  /** SMTP port. */
  smtp_port: number;
  /** Use SSL. */
  ssl_encryption: boolean;
}

/** Account access notifications. */
export const accountAccessOperations = {
  /**
   * `account_access_email_notify`: e-mails a client user that 1С-Коннект access was granted, through
   * your SMTP server. Returns whether the letter was sent. The SMTP password is a secret: it is never logged.
   */
  emailNotify: namedOp<AccountAccessEmailNotifyInput, boolean>()(
    flagOp({
      wire: 'account_access_email_notify',
      idempotent: false,
      verify: 'ask the user whether the e-mail arrived: a repeat sends it again',
      doc: 'Sends the "access granted" e-mail to a client user through the given SMTP server.',
      params: {
        client_user_id: p.id(),
        sender_email_address: p.text(),
        email_login: p.text(),
        email_password: p.text(),
        smtp_server: p.text(),
        smtp_port: p.int('smtp_port'),
        ssl_encryption: p.bool(),
      },
    }),
  ),
};
