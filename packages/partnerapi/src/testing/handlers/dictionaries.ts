import type { HandlersOf } from '@x/core/testing';
import type { dictionaryOperations } from '../../operations/dictionaries.js';
import { type Handler, rows } from '../context.js';

/** The document's fixed dictionaries. */
const CALL_STATUSES = [
  'Успех',
  'НеБылоДоступныхИлиСвободныхСпециалистов',
  'ПользовательНеВзялТрубку',
  'СпециалистНеВзялТрубку',
  'СпециалистОтменилВызов',
  'СпециалистОтклонилВызов',
  'ПользовательОтклонилВызов',
  'ПользовательОтменилВызов',
];

const PAY_METHODS = [
  'Пустое значение',
  'Оплата взимается сразу до конца действия договора ИТС',
  'Оплата взимается ежемесячно',
  'Оплата за 6 месяцев',
  'Оплата за 12 месяцев',
];

/** One handler per entry of `dictionaryOperations`, under the same key. */
export const dictionaryHandlers = {
  contactTypeRead: (_a, ctx) => rows(ctx.state.contactTypes.values()),
  roleRead: (_a, ctx) => rows([...ctx.state.roles].map(([role_id, role_name]) => ({ role_id, role_name }))),
  callStatusTypeRead: () =>
    rows(CALL_STATUSES.map((name, id) => ({ call_status_type_id: id, call_status_type_name: name }))),
  remoteStatusTypeRead: () =>
    rows(
      ['Не инициировано', 'TeamViewer', 'Основное средство'].map((name, id) => ({
        remote_status_type_id: id,
        remote_status_type_name: name,
      })),
    ),
  remoteAccessTypeRead: () =>
    rows([
      { remote_access_type_id: 1, remote_access_type_name: 'TeamViewer' },
      { remote_access_type_id: 2, remote_access_type_name: 'Основное средство' },
    ]),
  payMethodTypeRead: () =>
    rows(PAY_METHODS.map((name, id) => ({ pay_method_type_id: id, pay_method_type_name: name }))),
} satisfies HandlersOf<typeof dictionaryOperations, Handler>;
