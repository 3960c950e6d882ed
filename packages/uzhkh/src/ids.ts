/** Prefix of the platform's temporary ids (records created on the platform before the accounting system named them). */
export const TEMPORARY_ID_PREFIX = '--';

/**
 * True for a temporary platform id: one that starts with `--` (e.g. `--5`). The platform keeps
 * sending it until the accounting system assigns its own id (To1c/Delete with objectId, or SetId).
 */
export function isTemporaryId(id: string | number | null | undefined): boolean {
  return typeof id === 'string' && id.startsWith(TEMPORARY_ID_PREFIX);
}
