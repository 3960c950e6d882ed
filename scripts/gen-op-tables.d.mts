/** One operation as the generator reads it: the fields of a core `Operation` it renders. */
export interface TableOperation {
  wire: string;
  idempotent: boolean;
  verify?: string | undefined;
  deprecated?: string | undefined;
  meta?: unknown;
}
/** Renders one Markdown table from `group → method → operation`, with one extra column. */
export declare function renderTable(
  groups: Record<string, Record<string, TableOperation>>,
  extra: readonly [title: string, cell: (op: TableOperation) => string],
): string;
/** Replaces the body of every `ops:begin <name>` block of `text`. */
export declare function fillBlocks(
  text: string,
  tables: Record<string, string>,
  file?: string,
): { text: string; found: string[] };
/** Paths (relative to the repository) whose operation tables differ from the code's. */
export declare function driftedFiles(): Promise<string[]>;
