import type { HandlersOf } from '@x/core/testing';
import type { registrationOperations } from '../../operations/registrations.js';
import type { EntityKind } from '../entities.js';
import { type Handler, json } from './common.js';

const handle =
  (kind: EntityKind): Handler =>
  ({ q, operation, emulator }) => {
    if (!q.id) return json('noData', 404);
    if (!emulator.state.find(kind, q.id)) return json('notFound', 404);
    emulator.handled.push({ operation, id: q.id, params: { ...q } });
    return json('success');
  };

/** Handling residents' requests: one handler per entry of `registrationOperations`, under the same key. */
export const registrationHandlers = {
  handleRequestToRegister: handle('requesttoregister'),
  handleRequestToObjectAdding: handle('requesttoobjectadding'),
} satisfies HandlersOf<typeof registrationOperations, Handler>;
