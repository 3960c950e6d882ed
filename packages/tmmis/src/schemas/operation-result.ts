import { named } from '@x/core/internal';
import * as z from 'zod/mini';

/** One message of an `OperationResult` (an error, a warning or a note), as the SDK reads it. */
const resultMessageSchema = z.object({
  /** The text, as the server wrote it. */
  text: z.string(),
  /** The server's code for it, when it gave one. */
  code: z.optional(z.union([z.string(), z.number()])),
  /** `error` for entries of an errors list or of a failed result; otherwise what the server said, or `info`. */
  severity: z.union([z.literal('error'), z.literal('warning'), z.literal('info')]),
});

/** A message of an `OperationResult` (an error, a warning or a note), as the SDK reads it. */
export interface ResultMessage {
  /** The text, as the server wrote it. */
  text: string;
  /** The server's code for it, when it gave one. */
  code?: string | number | undefined;
  /** `error` for entries of an errors list or of a failed result; otherwise what the server said, or `info`. */
  severity: 'error' | 'warning' | 'info';
}
/** Schema of {@link ResultMessage}. */
export const ResultMessage = named<ResultMessage>()(resultMessageSchema);

/** Fields every SDK result carries besides its data: the server's messages and the raw answer. */
export const resultMetaShape = {
  /** Messages the server sent with a successful result (warnings, notes). */
  messages: z._default(z.array(resultMessageSchema), []),
  /** The undecoded `OperationResult` object (or whatever JSON the server sent). */
  raw: z.unknown(),
};

/** Result of a command (Receive, Pay, CashDesk): success is implied (failures throw). */
const commandResultSchema = z.object({
  ...resultMetaShape,
  /** The `data` part of the `OperationResult`, undecoded (the document does not describe it). */
  data: z.unknown(),
});

/** Fields every SDK result carries besides its data. */
export interface ResultMeta {
  /** Messages the server sent with a successful result (warnings, notes); empty when none. */
  messages: ResultMessage[];
  /** The undecoded `OperationResult` object (or whatever JSON the server sent). */
  raw: unknown;
}

/**
 * What `invoices.receive`, `invoices.pay` and `cashDesks.register` resolve to: success is implied
 * (a failed `OperationResult` throws).
 */
export interface CommandResult extends ResultMeta {
  /** The `data` part of the `OperationResult`, undecoded (the document does not describe it). */
  data: unknown;
}
/** Schema of {@link CommandResult}. */
export const CommandResult = named<CommandResult>()(commandResultSchema);
