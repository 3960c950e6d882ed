import * as z from 'zod/mini';
import { DELETED_ITEM_TYPES } from './enums.js';
import { id, openEnum } from './fields.js';

/**
 * One entry of `To1c/DeletedItems`. `Id` is the external id, or the platform's temporary `--` id
 * when none was assigned. Acknowledge it with `To1c/Delete?guid=<Guid>`.
 */
export const DeletedItem = z.looseObject({
  /** The entry's id; pass it to `To1c/Delete` once handled. */
  Guid: id(),
  /** The deleted record's id (external, or temporary `--` when none was assigned). */
  Id: id(),
  /** The deleted record's type (`counter`, `account`, `news`, ...); see `DELETED_ITEM_TYPES`. */
  Type: openEnum(DELETED_ITEM_TYPES),
});
/** A deleted item as decoded. */
export type DeletedItem = z.output<typeof DeletedItem>;
