// The shape of the generated WEBAPI2_OPERATIONS entries, written by hand: the generator
// (scripts/gen-webapi2-ops.mjs) writes only the data and imports these.

/** How an operation's request carries its arguments. */
export type WebApi2RequestLayout =
  /** One `Params` element holding a 1C Structure of `<Property name><Value xsi:type>` items. */
  | 'params'
  /** Plain child elements of the operation element, in this order, with their XML Schema types. */
  | readonly (readonly [name: string, type: 'string' | 'base64Binary'])[];

/** Published hourly budget of an operation (operations per hour); `null` where nothing was published. */
export interface WebApi2Limits {
  /** Daytime budget per hour. */
  readonly day: number | null;
  /** Night-time budget per hour. */
  readonly night: number | null;
  /** Largest number of objects in one call ('Максимум объектов в пакете'). */
  readonly maxBatch: number | null;
}

/** One PartnerWebAPI2 operation as the WSDL and the gathered facts describe it. */
export interface WebApi2OperationInfo {
  /** What the operation does. */
  readonly doc: string;
  /** True when the purpose was inferred from the name only (no vendor page found). */
  readonly inferred: boolean;
  /** Whether repeating it is harmless (reads and downloads); writes are never retried. */
  readonly idempotent: boolean;
  /** Request layout. */
  readonly request: WebApi2RequestLayout;
  /** The answer carries a `fileData` (base64Binary) part next to `return`. */
  readonly fileData: boolean;
  /** Published hourly limits, when known. */
  readonly limits: WebApi2Limits | undefined;
}
