import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import type { DeletedItemType } from './enums.js';
import { DELETED_ITEM_TYPES } from './enums.js';
import { id, openEnum } from './fields.js';

const deletedItemSchema = z.looseObject({
  /** The entry's id; pass it to `To1c/Delete` once handled. */
  Guid: id(),
  /** The deleted record's id (external, or temporary `--` when none was assigned). */
  Id: id(),
  /** The deleted record's type (`counter`, `account`, `news`, ...); see `DELETED_ITEM_TYPES`. */
  Type: openEnum(DELETED_ITEM_TYPES),
});
/**
 * One entry of `To1c/DeletedItems`. `Id` is the external id, or the platform's temporary `--` id
 * when none was assigned. Acknowledge it with `To1c/Delete?guid=<Guid>`.
 */
export interface DeletedItem {
  /** The entry's id; pass it to `To1c/Delete` once handled. */
  Guid: string;
  /** The deleted record's id (external, or temporary `--` when none was assigned). */
  Id: string;
  /** The deleted record's type (`counter`, `account`, `news`, ...); see `DELETED_ITEM_TYPES`. */
  Type: DeletedItemType;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link DeletedItem}. */
export const DeletedItem = named<DeletedItem>()(deletedItemSchema);
