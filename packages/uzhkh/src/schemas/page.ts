import * as z from 'zod/mini';
import { bool, num } from './fields.js';

/** The envelope every `Synchronization/Download*` page comes in: `{ Items, Page, NoResults }`. */
export const downloadPage = <S extends z.ZodMiniType>(item: S) =>
  z.looseObject({
    /** This page's items (about 200). Absent or `null` → `[]`. */
    Items: z.pipe(
      z.optional(z.nullable(z.array(item))),
      z.transform((v) => v ?? []),
    ),
    /** The page number the server says it served. */
    Page: num(),
    /** `true` once the requested page is past the last one (it then carries no items). */
    NoResults: bool(),
  });

/** One decoded download page. */
export interface DownloadPage<T> {
  Items: T[];
  Page: number;
  NoResults: boolean;
}
