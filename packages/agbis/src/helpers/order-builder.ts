import { type DateInput, formatDecimal, formatVendorDate } from '@x/core';
import type * as z from 'zod/mini';
import type { SaveOrderParams, ServiceInput } from '../schemas/orders.js';

/** What SaveOrderForAll accepts. */
export type SaveOrderInput = z.input<typeof SaveOrderParams>;
/** One service line as SaveOrderForAll accepts it. */
export type ServiceLine = z.input<typeof ServiceInput>;
/** An addon value ready for a service line. */
export interface AddonEntry {
  /** Addon type id (AddonTypes `id`), e.g. `111` for a colour. */
  addon_id: string;
  /** The value, formatted for the addon's `value_type` (see `addonValue`); plain text, the SDK encodes it. */
  values: string;
}

const dec = (n: number | string, sep: ',' | '.') => (typeof n === 'number' ? formatDecimal(n, sep) : n);

/**
 * Addon values formatted per `value_type` (AddonTypes), as the document's examples show.
 * The SDK URI-encodes them on the wire; pass plain text.
 */
export const addonValue = {
  /** value_type 0: an integer. */
  integer: (n: number): string => String(Math.trunc(n)),
  /** value_type 1: a string. */
  string: (text: string): string => text,
  /** value_type 2: a boolean, `1`/`0`. */
  boolean: (b: boolean): string => (b ? '1' : '0'),
  /**
   * value_type 3: a date, `dd.mm.yyyy`. A `Date` is read in `timeZone` (pass the client's
   * `agbis.timeZone` when you changed it); default `Europe/Moscow`, the client's default.
   */
  date: (d: DateInput, timeZone = 'Europe/Moscow'): string => formatVendorDate(d, 'dd.mm.yyyy', timeZone),
  /** value_type 5: a float with a decimal comma (`12,3`). */
  float: (n: number): string => formatDecimal(n, ','),
  /** value_type 7: a selectable string with price and quantity, `<id>,<price>,<qty>` (price with a dot, e.g. `20,3.3,2`). */
  priceQuantity: (valueId: string | number, price: number, quantity: number): string =>
    `${valueId},${formatDecimal(price, '.')},${formatDecimal(quantity, '.')}`,
  /** value_type 8: a string with a coefficient. */
  coefficient: (text: string): string => text,
  /**
   * value_type 9: a figure `type|dim|dim|` — 1 square (side), 2 rectangle (length, width),
   * 3 circle, 4 oval. Dimensions use a decimal comma by default (`4|2,3|4,5|`); the document's
   * examples mix commas and dots.
   */
  figure: (shape: 1 | 2 | 3 | 4, dimensions: Array<number | string>, separator: ',' | '.' = ','): string =>
    `${shape}|${dimensions.map((d) => dec(d, separator)).join('|')}|`,
  /** An empty value: resets the addon on UpdateOrderForAll. */
  reset: (): string => '',
};

/** An addon entry for a service line: `addon(111, addonValue.string('Бежевый'))`. */
export function addon(addonId: string | number, values: string): AddonEntry {
  return { addon_id: String(addonId), values };
}

/** A main service added to an {@link OrderBuilder}, to attach children to. */
export interface ServiceRef {
  /** The ordinal `dos_id` (1, 2, …) given to the main service; children get it as `parent_id`. */
  readonly dos_id: string;
}

/**
 * Builds a SaveOrderForAll input, numbering main services (`dos_id` 1, 2, …) and linking child
 * (set or repair) services to them with `parent_id`, as the document describes.
 */
export class OrderBuilder {
  private readonly services: ServiceLine[] = [];
  private readonly comments: string[] = [];
  private next = 1;

  constructor(private readonly order: SaveOrderInput['Order']) {}

  /** Adds a main service; keep the returned reference to attach children. */
  service(line: Omit<ServiceLine, 'dos_id' | 'parent_id'>): ServiceRef {
    const dos_id = String(this.next++);
    this.services.push({ ...line, dos_id });
    return { dos_id };
  }

  /** Adds a child service (set item, repair) of `parent`. */
  child(parent: ServiceRef, line: Omit<ServiceLine, 'dos_id' | 'parent_id'>): this {
    this.services.push({ ...line, parent_id: parent.dos_id });
    return this;
  }

  /** Adds an order comment. */
  comment(text: string): this {
    this.comments.push(text);
    return this;
  }

  /** The SaveOrderForAll input. */
  build(): SaveOrderInput {
    return { Order: this.order, Services: [...this.services], Comments: [...this.comments] };
  }
}
