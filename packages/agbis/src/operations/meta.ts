import type { WireMethod } from '../wire.js';

/** Wire facts of one AGBIS command (the `meta` of its operation). */
export interface AgbisMeta {
  /** GET or POST, per the document. */
  method: WireMethod;
  /** Whether the command needs `SessionID`. */
  session: boolean;
  /** `binary` for commands answering with file bytes (ReceiptOnline). Default `json`. */
  result?: 'json' | 'binary';
  /** Keys of the params whose string values must not be URI-encoded in a POST body. */
  rawKeys?: readonly string[];
  /**
   * A date-range command (`StartDate`/`StopDate`): the server answers HTTP 504 when the range is
   * too wide, so the streams helpers split it into windows and the emulator enforces the limit.
   */
  range?: boolean;
}
