import * as z from 'zod/mini';

/** One message of an `OperationResult` (an error, a warning or a note), as the SDK reads it. */
export const ResultMessage = z.object({
  /** The text, as the server wrote it. */
  text: z.string(),
  /** The server's code for it, when it gave one. */
  code: z.optional(z.union([z.string(), z.number()])),
  /** `error` for entries of an errors list or of a failed result; otherwise what the server said, or `info`. */
  severity: z.union([z.literal('error'), z.literal('warning'), z.literal('info')]),
});

/** A message of an `OperationResult`. */
export type ResultMessage = z.output<typeof ResultMessage>;

/** Fields every SDK result carries besides its data: the server's messages and the raw answer. */
export const resultMetaShape = {
  /** Messages the server sent with a successful result (warnings, notes). */
  messages: z._default(z.array(ResultMessage), []),
  /** The undecoded `OperationResult` object (or whatever JSON the server sent). */
  raw: z.unknown(),
};

/** Result of a command (Receive, Pay, CashDesk): success is implied (failures throw). */
export const CommandResult = z.object({
  ...resultMetaShape,
  /** The `data` part of the `OperationResult`, undecoded (the document does not describe it). */
  data: z.unknown(),
});

/** What `receive`, `pay` and `cashDesks.register` resolve to. */
export type CommandResult = z.output<typeof CommandResult>;
