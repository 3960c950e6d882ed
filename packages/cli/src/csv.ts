/**
 * CSV as RFC 4180 says: fields with the delimiter, a quote, CR or LF (or spaces at either end)
 * are quoted and their quotes doubled; lines end with CRLF. Numbers keep JS's dot decimals (never
 * a locale's comma), dates are ISO-8601, bytes base64, nested values JSON.
 */
export function csvCell(value: unknown, delimiter: string): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (value instanceof Date) text = value.toISOString();
  else if (value instanceof Uint8Array) text = Buffer.from(value).toString('base64');
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  const needsQuotes =
    text.includes(delimiter) || /["\r\n]/.test(text) || (text.length > 0 && text.trim() !== text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows of objects as CSV; the header is the columns of the first batch. */
export class CsvWriter {
  private columns: string[] | undefined;
  private readonly ignored = new Set<string>();

  /**
   * @param write where text goes
   * @param delimiter field separator
   * @param warn told once per column that appears only after the header was written
   * @param header whether to write the header line (not when appending to an existing file)
   * @param existing the columns of the file appended to
   */
  constructor(
    private readonly write: (text: string) => void,
    private readonly delimiter: string,
    private readonly warn: (message: string) => void,
    private readonly header: boolean,
    existing?: string[],
  ) {
    this.columns = existing;
  }

  /** Writes a batch of rows. */
  rows(rows: readonly unknown[]): void {
    if (rows.length === 0) return;
    const records = rows.map((r) =>
      r !== null && typeof r === 'object' && !Array.isArray(r) ? r : { value: r },
    ) as Record<string, unknown>[];
    if (!this.columns) {
      const seen = new Set<string>();
      for (const r of records) for (const k of Object.keys(r)) seen.add(k);
      this.columns = [...seen];
      if (this.header)
        this.write(`${this.columns.map((c) => csvCell(c, this.delimiter)).join(this.delimiter)}\r\n`);
    }
    const cols = this.columns;
    let text = '';
    for (const r of records) {
      for (const k of Object.keys(r))
        if (!cols.includes(k) && !this.ignored.has(k)) {
          this.ignored.add(k);
          this.warn(
            `column "${k}" appeared after the CSV header was written and is left out; use --format jsonl to keep every field.`,
          );
        }
      text += `${cols.map((c) => csvCell(r[c], this.delimiter)).join(this.delimiter)}\r\n`;
    }
    this.write(text);
  }
}
