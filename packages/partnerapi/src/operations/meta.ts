/** Operand types as the document writes them. */
export type ParamType = 'string' | 'boolean' | 'int' | 'date' | 'datetime';

/** One operand of an operation, in the document's order. */
export interface ParamSpec {
  /** Operand name as the document's signature spells it. */
  readonly name: string;
  /** Operand type as the document writes it; decides the wire layout and `xsi:type`. */
  readonly type: ParamType;
  /** Bold in the document; `=void` operands are optional and sent as `xsi:nil="true"` when absent. */
  readonly required: boolean;
}

/** Column types of result rows as the document writes them. */
export type ColumnType = 'string' | 'boolean' | 'integer' | 'date' | 'datetime';

/** Columns of a result, in the document's order. */
export type Columns = Readonly<Record<string, ColumnType>>;

/** What an operation returns. */
export type ResultSpec =
  | { readonly kind: 'rows'; readonly columns: Columns; readonly key: readonly string[] }
  | { readonly kind: 'flag' }
  | { readonly kind: 'bytes' };

/** PartnerAPI wire facts of one operation (the `meta` of its table entry). */
export interface PartnerOpMeta {
  /** Operands in the order of the document's signature; every one is sent, absent ones as nil. */
  readonly params: readonly ParamSpec[];
  /** Shape of the answer: rows with columns and key, a flag (Истина/Ложь) or base64Binary bytes. */
  readonly result: ResultSpec;
  /** The document says a successful call answers with an empty result (delete/stop operations). */
  readonly emptyOnSuccess?: boolean | undefined;
}
