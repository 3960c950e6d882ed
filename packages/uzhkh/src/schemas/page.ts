import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { bool, num } from './fields.js';

/** The envelope every `Synchronization/Download*` page comes in: `{ Items, Page, NoResults }`. */
export const downloadPage = <S extends zc.$ZodType>(item: S) =>
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
  /** This page's items (about 200), `[]` when the server sent none. */
  Items: T[];
  /** The page number the server says it served; the iterators do not rely on it. */
  Page: number;
  /** `true` on the first page past the data: the download is complete. */
  NoResults: boolean;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
